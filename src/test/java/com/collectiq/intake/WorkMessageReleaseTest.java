package com.collectiq.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ElasticMqStandIn;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * On ElasticMQ: a task holds a batch of work messages, has finished (deleted) one of them, and
 * stops. The release makes the others visible again at once, and touches neither the finished
 * one nor what the same client holds of another queue (the dead letters an operator is reading).
 * A long poll the stop cut off is waited out first: ElasticMQ hands a message made visible to a
 * poll still open at its side, where nobody reads it.
 */
class WorkMessageReleaseTest {

    private SqsClient sqs;
    private HeldWorkMessages held;
    private String workQueue;
    private String otherQueue;

    @BeforeEach
    void queues() {
        ElasticMqStandIn.get();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (SqsClient admin = SqsClient.create()) {
            workQueue = admin.createQueue(b -> b.queueName("release-work-" + suffix)).queueUrl();
            otherQueue = admin.createQueue(b -> b.queueName("release-other-" + suffix)).queueUrl();
        }
        held = new HeldWorkMessages(workQueue);
        sqs = SqsClient.builder().overrideConfiguration(config -> config.addExecutionInterceptor(held)).build();
    }

    @AfterEach
    void close() {
        sqs.close();
    }

    @Test
    void heldMessagesGoBackToTheQueueAtOnceAndFinishedOnesDoNot() {
        for (String body : List.of("run-1", "run-2", "run-3", "run-4")) {
            sqs.sendMessage(b -> b.queueUrl(workQueue).messageBody(body));
        }
        sqs.sendMessage(b -> b.queueUrl(otherQueue).messageBody("a dead letter"));
        List<Message> batch = receiveAll(workQueue, 4);
        assertThat(receiveAll(otherQueue, 1)).hasSize(1);
        Message finished = batch.get(0);
        sqs.deleteMessage(b -> b.queueUrl(workQueue).receiptHandle(finished.receiptHandle()));
        assertThat(receive(workQueue)).as("held messages are invisible").isEmpty();

        int released = new WorkMessageRelease(sqs, workQueue, held).releaseHeld();

        assertThat(released).isEqualTo(3);
        List<String> back = receiveAll(workQueue, 3).stream().map(Message::body).toList();
        assertThat(back).containsExactlyInAnyOrderElementsOf(batch.subList(1, 4).stream().map(Message::body).toList())
                .doesNotContain(finished.body());
        assertThat(receive(otherQueue)).as("another queue's message stays where its reader put it").isEmpty();
    }

    @Test
    void returnedMessagesWaitOutAPollTheStopCutOffSoItCannotSwallowThem() throws Exception {
        for (String body : List.of("run-1", "run-2")) {
            sqs.sendMessage(b -> b.queueUrl(workQueue).messageBody(body));
        }
        receiveAll(workQueue, 2);
        // a consumer's long poll, cut off by the stop: its client goes away while the queue still waits
        SqsClient consumerClient = SqsClient.builder().overrideConfiguration(config -> config.addExecutionInterceptor(held))
                .build();
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        try {
            Future<ReceiveMessageResponse> poll = consumer.submit(() -> consumerClient.receiveMessage(b -> b
                    .queueUrl(workQueue).maxNumberOfMessages(10).visibilityTimeout(120).waitTimeSeconds(4)));
            Thread.sleep(1_000);
            consumerClient.close();
            assertThatThrownBy(() -> poll.get(10, TimeUnit.SECONDS)).as("the cut-off poll").isInstanceOf(ExecutionException.class);
        } finally {
            consumer.shutdownNow();
        }
        assertThat(held.pollsEnd()).as("the cut-off poll is remembered").isAfter(Instant.now());

        assertThat(new WorkMessageRelease(sqs, workQueue, held).releaseHeld()).isEqualTo(2);
        assertThat(receiveAll(workQueue, 2)).as("both back for the next task").hasSize(2);
    }

    private List<Message> receiveAll(String queue, int count) {
        List<Message> received = new ArrayList<>();
        for (int round = 0; round < 20 && received.size() < count; round++) {
            received.addAll(receive(queue));
        }
        assertThat(received).hasSize(count);
        return received;
    }

    private List<Message> receive(String queue) {
        return sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).visibilityTimeout(120)
                .waitTimeSeconds(0)).messages();
    }
}

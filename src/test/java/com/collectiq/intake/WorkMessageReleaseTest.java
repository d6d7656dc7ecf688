package com.collectiq.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ElasticMqStandIn;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * On ElasticMQ: a task holds a batch of work messages, has finished (deleted) one of them, and
 * stops. The release makes the others visible again at once, and touches neither the finished
 * one nor what the same client holds of another queue (the dead letters an operator is reading).
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

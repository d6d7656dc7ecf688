package com.collectiq.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sqs.model.DeleteMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * The work-queue messages this task holds: received and not yet deleted. The SQS client reports
 * every call through this interceptor, so it sees what Camel's consumer cannot tell: beside the
 * message each consumer is working on, the rest of its batch not started yet, which the consumer
 * leaves invisible until the visibility timeout when it stops. {@link WorkMessageRelease} hands
 * them back to the queue on a stop. Handles older than SQS's longest visibility timeout are
 * forgotten: such a message is visible again anyway (a failed run's message, waiting for its retry).
 * <p>
 * It also follows the long polls on the work queue, for the release to wait them out: a poll still
 * running when Camel has stopped (Camel's SQS consumer sends its receives from a pool of its own,
 * which a forced stop does not wait for) takes messages after the release; and a poll whose call
 * failed on this side may still be open at the queue, which hands it what is made visible (ElasticMQ
 * does so). Either way the message would stay invisible until its visibility timeout.
 */
public class HeldWorkMessages implements ExecutionInterceptor {

    private static final Duration LONGEST_VISIBILITY = Duration.ofHours(12);
    /** How much later than this side the queue may start and end a poll (the request on its way, its timer). */
    private static final Duration QUEUE_SIDE_MARGIN = Duration.ofSeconds(1);
    private static final ExecutionAttribute<Object> POLL = new ExecutionAttribute<>("CollectIqWorkPoll");

    private final String queueUrl;
    private final Map<String, Instant> receivedAt = new ConcurrentHashMap<>();
    /** Each running poll, with the instant the queue answers it at the latest. */
    private final Map<Object, Instant> pollsRunning = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> failedPollsEnd = new AtomicReference<>(Instant.EPOCH);

    public HeldWorkMessages(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof ReceiveMessageRequest receive && Objects.equals(queueUrl, receive.queueUrl())) {
            Object poll = new Object();
            attributes.putAttribute(POLL, poll);
            pollsRunning.put(poll, Instant.now().plusSeconds(Objects.requireNonNullElse(receive.waitTimeSeconds(), 0))
                    .plus(QUEUE_SIDE_MARGIN));
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Object poll = attributes.getAttribute(POLL);
        if (poll != null) {
            Instant end = pollsRunning.remove(poll);
            if (end != null) {
                failedPollsEnd.accumulateAndGet(end, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof ReceiveMessageRequest receive && Objects.equals(queueUrl, receive.queueUrl())
                && context.response() instanceof ReceiveMessageResponse received) {
            Instant now = Instant.now();
            receivedAt.values().removeIf(at -> at.isBefore(now.minus(LONGEST_VISIBILITY)));
            received.messages().forEach(message -> receivedAt.put(message.receiptHandle(), now));
            pollsRunning.remove(attributes.getAttribute(POLL));
        } else if (context.request() instanceof DeleteMessageRequest delete && Objects.equals(queueUrl, delete.queueUrl())) {
            receivedAt.remove(delete.receiptHandle());
        }
    }

    /** The receipt handles of the messages held now. */
    List<String> receiptHandles() {
        return List.copyOf(receivedAt.keySet());
    }

    /**
     * The instant after which no poll on the work queue can take a message any more: polls still
     * running end by then (or sooner, their messages then held here), and polls that failed on
     * this side are closed at the queue. In the past when there are none.
     */
    Instant pollsEnd() {
        Instant end = failedPollsEnd.get();
        for (Instant running : pollsRunning.values()) {
            end = running.isAfter(end) ? running : end;
        }
        return end;
    }

    void forget(String receiptHandle) {
        receivedAt.remove(receiptHandle);
    }
}

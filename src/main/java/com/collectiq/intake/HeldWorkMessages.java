package com.collectiq.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.core.interceptor.Context;
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
 */
public class HeldWorkMessages implements ExecutionInterceptor {

    private static final Duration LONGEST_VISIBILITY = Duration.ofHours(12);

    private final String queueUrl;
    private final Map<String, Instant> receivedAt = new ConcurrentHashMap<>();

    public HeldWorkMessages(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof ReceiveMessageRequest receive && Objects.equals(queueUrl, receive.queueUrl())
                && context.response() instanceof ReceiveMessageResponse received) {
            Instant now = Instant.now();
            receivedAt.values().removeIf(at -> at.isBefore(now.minus(LONGEST_VISIBILITY)));
            received.messages().forEach(message -> receivedAt.put(message.receiptHandle(), now));
        } else if (context.request() instanceof DeleteMessageRequest delete && Objects.equals(queueUrl, delete.queueUrl())) {
            receivedAt.remove(delete.receiptHandle());
        }
    }

    /** The receipt handles of the messages held now. */
    List<String> receiptHandles() {
        return List.copyOf(receivedAt.keySet());
    }

    void forget(String receiptHandle) {
        receivedAt.remove(receiptHandle);
    }
}

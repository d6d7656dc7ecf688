package com.collectiq.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchResponse;

/**
 * On a stop ({@code aws} mode), once Camel has stopped its routes (the drain finished or its
 * timeout forced the rest), the work-queue messages still held ({@link HeldWorkMessages}: runs
 * cut off, batches not started) are made visible again ({@code ChangeMessageVisibility} 0) as soon
 * as no poll of the work queue can take them (see {@link HeldWorkMessages}; up to 21 s),
 * so another task takes them now rather than after their visibility timeout. A run cut off
 * mid-way keeps its lease on the card: the other task's claim waits for it to expire, as after a
 * kill, and the recovery sweep covers a message that does not come back. As far as the stop allows:
 * a SIGKILL releases nothing, and a failed call leaves the rest to their timeout.
 */
public class WorkMessageRelease extends EventNotifierSupport {

    private static final Logger log = LoggerFactory.getLogger(WorkMessageRelease.class);
    private static final int BATCH = 10;

    private final SqsClient sqs;
    private final String queueUrl;
    private final HeldWorkMessages held;

    public WorkMessageRelease(SqsClient sqs, String queueUrl, HeldWorkMessages held) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.held = held;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.CamelContextStoppedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        releaseHeld();
    }

    /** Returns how many held messages were made visible again. */
    public int releaseHeld() {
        awaitPolls();
        List<String> handles = held.receiptHandles();
        int released = 0;
        try {
            for (int from = 0; from < handles.size(); from += BATCH) {
                released += release(handles.subList(from, Math.min(handles.size(), from + BATCH)));
            }
        } catch (SdkException e) {
            log.warn("could not return work messages to the queue; they come back after their visibility timeout: {}",
                    e.getMessage());
        }
        if (!handles.isEmpty()) {
            log.info("returned {} of {} unfinished work messages to the queue", released, handles.size());
        }
        return released;
    }

    /**
     * Waits (at most 21 s: SQS's longest poll and a margin) until no poll on the work queue can take a message:
     * one that did would hold it invisible, unread, until its visibility timeout.
     */
    private void awaitPolls() {
        Instant end = held.pollsEnd();
        if (!Instant.now().isBefore(end)) {
            return;
        }
        log.info("waiting up to {} ms for the work queue's polls to end before returning work messages",
                Duration.between(Instant.now(), end).toMillis());
        try {
            // a running poll comes back before its end (its messages are then held); a failed one is waited out
            while (Instant.now().isBefore(end) && Instant.now().isBefore(held.pollsEnd())) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int release(List<String> handles) {
        List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < handles.size(); i++) {
            entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                    .receiptHandle(handles.get(i)).visibilityTimeout(0).build());
        }
        ChangeMessageVisibilityBatchResponse answer = sqs.changeMessageVisibilityBatch(b -> b.queueUrl(queueUrl)
                .entries(entries));
        for (BatchResultErrorEntry failed : answer.failed()) {
            // an old handle of a message received again since, or one deleted meanwhile
            log.debug("work message not returned: {} {}", failed.code(), failed.message());
        }
        answer.successful().forEach(done -> held.forget(handles.get(Integer.parseInt(done.id()))));
        return answer.successful().size();
    }
}

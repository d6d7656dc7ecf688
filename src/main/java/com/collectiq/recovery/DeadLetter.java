package com.collectiq.recovery;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What failed for good, kept for an operator: the card and run it was about (absent for a message
 * nobody could read), the stage, a reason a person can read, the cause (exception type and message,
 * never a stack trace), the original message, and how often it was received when the queue's own
 * redrive policy put it here.
 *
 * @param handle what the store needs to remove this letter (an SQS receipt handle); never shown
 */
public record DeadLetter(String id, String cardId, String owner, String runId, String stage, String reason,
        String cause, String message, Integer receiveCount, Instant failedAt, @JsonIgnore String handle) {

    /** Stages of letters the service did not write itself. */
    public static final String QUEUE_REDRIVE_POLICY = "queue-redrive-policy";

    public boolean aboutACard() {
        return cardId != null && owner != null;
    }

    public DeadLetter withHandle(String newHandle) {
        return new DeadLetter(id, cardId, owner, runId, stage, reason, cause, message, receiveCount, failedAt, newHandle);
    }
}

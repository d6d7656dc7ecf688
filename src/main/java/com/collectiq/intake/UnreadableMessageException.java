package com.collectiq.intake;

/** A work-queue message none of the known shapes fits: poison, never worth a retry. */
public class UnreadableMessageException extends RuntimeException {

    public UnreadableMessageException(String message) {
        super(message);
    }
}

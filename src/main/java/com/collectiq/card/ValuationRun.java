package com.collectiq.card;

import java.time.Instant;

/**
 * The card's unfinished valuation run, if any. {@code leaseUntil} is when it is considered
 * abandoned: for a QUEUED run the time it must have been picked up by, for a RUNNING run the end
 * of the worker's lease. The recovery sweep finds runs past it and re-queues or fails them.
 */
public record ValuationRun(String runId, State state, int attempts, String worker, Instant requestedAt,
        Instant leaseUntil) {

    public enum State {
        QUEUED, RUNNING
    }
}

package com.collectiq.card;

import java.time.Instant;

/**
 * The card's unfinished valuation run, if any. {@code leaseUntil} is when it is considered
 * abandoned: for a QUEUED run the time it must have been picked up by, for a RUNNING run the end
 * of the worker's lease. The recovery sweep finds runs past it and re-queues or fails them.
 * {@code outcome} is set once the run has ended and is writing that out: from then on the run ends
 * with that outcome, whoever finishes it.
 */
public record ValuationRun(String runId, State state, int attempts, String worker, Instant requestedAt,
        Instant leaseUntil, RunOutcome outcome) {

    public enum State {
        QUEUED, RUNNING
    }

    /** A run that has no outcome yet. */
    public ValuationRun(String runId, State state, int attempts, String worker, Instant requestedAt,
            Instant leaseUntil) {
        this(runId, state, attempts, worker, requestedAt, leaseUntil, null);
    }

    /** This run, held by {@code worker} until {@code leaseUntil}; an outcome it recorded stays. */
    public ValuationRun claimedBy(String newWorker, Instant newLeaseUntil) {
        return new ValuationRun(runId, State.RUNNING, attempts + 1, newWorker, requestedAt, newLeaseUntil, outcome);
    }

    public ValuationRun withOutcome(RunOutcome newOutcome) {
        return new ValuationRun(runId, state, attempts, worker, requestedAt, leaseUntil, newOutcome);
    }
}

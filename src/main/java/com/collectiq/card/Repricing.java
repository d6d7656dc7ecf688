package com.collectiq.card;

import java.time.Duration;
import java.time.Instant;

/**
 * When a valued card is next repriced, and what a reprice needs that only its photo gave: the
 * condition estimate (on the raw scale) of the valuation run that read it. A reprice reruns only
 * pricing on the stored identity.
 * <p>
 * While a reprice is claimed, {@code due} is the end of the claim and {@code runId} the reprice's run
 * id: a second delivery of the message finds the claim taken and stops; a crash leaves the card due
 * again when the claim ends, and the next claim keeps the run id, so the retry's history entry and
 * events are the ones the first attempt may already have written, not new ones.
 */
public record Repricing(Instant due, String conditionEstimate, String runId) {

    /** The schedule after a valuation or a reprice at {@code at}. */
    public static Repricing after(Instant at, Duration every, String conditionEstimate) {
        return new Repricing(at.plus(every), conditionEstimate, null);
    }

    /** This card claimed for a reprice until {@code until}; an unfinished earlier claim's run id stays. */
    public Repricing claimed(Instant until, String newRunId) {
        return new Repricing(until, conditionEstimate, runId != null ? runId : newRunId);
    }

    /** Whether a reprice is due at {@code now}. */
    public boolean dueAt(Instant now) {
        return !due.isAfter(now);
    }

    /** The schedule after this claim's reprice finished at {@code at}. */
    public Repricing done(Instant at, Duration every) {
        return after(at, every, conditionEstimate);
    }
}

package com.collectiq.card;

import java.time.Instant;

/**
 * How a valuation run ended, recorded on the card's run before the card, its price history and its
 * events are written from it: a crash part-way leaves the outcome on the card for whoever finishes
 * the run, so the card, the history and the events tell one outcome. Either the result
 * ({@code identity}, {@code valuation}, {@code authenticity} and the etag of the photo read) or a
 * {@code failure}. {@code conditionEstimate} is the photo's condition on the raw scale pricing used,
 * kept for the card's later reprices (null when the photo gave none).
 */
public record RunOutcome(Identity identity, Valuation valuation, Authenticity authenticity, String photoEtag,
        Failure failure, Instant at, String conditionEstimate) {

    public static RunOutcome valued(Identity identity, Valuation valuation, Authenticity authenticity,
            String photoEtag, Instant at, String conditionEstimate) {
        return new RunOutcome(identity, valuation, authenticity, photoEtag, null, at, conditionEstimate);
    }

    public static RunOutcome failed(Failure failure) {
        return new RunOutcome(null, null, null, null, failure, failure.at(), null);
    }
}

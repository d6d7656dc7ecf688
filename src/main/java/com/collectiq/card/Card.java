package com.collectiq.card;

import java.time.Instant;

/**
 * A user's card: the photo it came from, what we know of it and where its valuation stands.
 * Immutable; changes go through {@link CardStore#update} with optimistic locking on
 * {@code version}. {@code identity}, {@code valuation}, {@code authenticity}, {@code failure} and
 * {@code run} are null until they exist; {@code photoEtag} is the etag of the photo the last run
 * started from, so a repeated "object created" event for the same object starts no second run.
 */
public record Card(
        String id,
        String owner,
        String key,
        String backKey,
        CardStatus status,
        Hints hints,
        Identity identity,
        Valuation valuation,
        Authenticity authenticity,
        Failure failure,
        ValuationRun run,
        String photoEtag,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public Card withStatus(CardStatus newStatus) {
        return new Card(id, owner, key, backKey, newStatus, hints, identity, valuation, authenticity, failure, run,
                photoEtag, version, createdAt, updatedAt);
    }

    public Card withHints(Hints newHints) {
        return new Card(id, owner, key, backKey, status, newHints, identity, valuation, authenticity, failure, run,
                photoEtag, version, createdAt, updatedAt);
    }

    public Card withRun(ValuationRun newRun) {
        return new Card(id, owner, key, backKey, status, hints, identity, valuation, authenticity, failure, newRun,
                photoEtag, version, createdAt, updatedAt);
    }

    public Card withFailure(Failure newFailure) {
        return new Card(id, owner, key, backKey, status, hints, identity, valuation, authenticity, newFailure, run,
                photoEtag, version, createdAt, updatedAt);
    }

    public Card withPhotoEtag(String newPhotoEtag) {
        return new Card(id, owner, key, backKey, status, hints, identity, valuation, authenticity, failure, run,
                newPhotoEtag, version, createdAt, updatedAt);
    }

    public Card withResult(Identity newIdentity, Valuation newValuation, Authenticity newAuthenticity) {
        return new Card(id, owner, key, backKey, status, hints, newIdentity, newValuation, newAuthenticity, failure,
                run, photoEtag, version, createdAt, updatedAt);
    }
}

package com.collectiq.card;

import java.time.Instant;

/**
 * A user's card: the photo it came from, what we know of it and where its valuation stands.
 * Immutable; changes go through {@link CardStore#update} with optimistic locking on
 * {@code version}. {@code identity}, {@code valuation}, {@code authenticity}, {@code failure} and
 * {@code run} are null until they exist; {@code photoEtag} is the etag of the photo the last run
 * started from, so a repeated "object created" event for the same object starts no second run.
 * {@code repricing} is set once the card is first valued: when it is next repriced, and with what.
 * {@code slot} is set when the photo shows several cards: which of them this one is (null: the whole photo).
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
        Instant updatedAt,
        Repricing repricing,
        PhotoSlot slot) {

    /** A card not yet scheduled for repricing. */
    public Card(String id, String owner, String key, String backKey, CardStatus status, Hints hints, Identity identity,
            Valuation valuation, Authenticity authenticity, Failure failure, ValuationRun run, String photoEtag,
            long version, Instant createdAt, Instant updatedAt) {
        this(id, owner, key, backKey, status, hints, identity, valuation, authenticity, failure, run, photoEtag, version,
                createdAt, updatedAt, null, null);
    }

    /** The key of the image this card's runs read: its crop when the photo shows several cards, else the photo. */
    public String imageKey() {
        return slot == null ? key : slot.cropKey();
    }

    public Card withStatus(CardStatus newStatus) {
        return new Card(id, owner, key, backKey, newStatus, hints, identity, valuation, authenticity, failure, run,
                photoEtag, version, createdAt, updatedAt, repricing, slot);
    }

    public Card withHints(Hints newHints) {
        return new Card(id, owner, key, backKey, status, newHints, identity, valuation, authenticity, failure, run,
                photoEtag, version, createdAt, updatedAt, repricing, slot);
    }

    public Card withRun(ValuationRun newRun) {
        return new Card(id, owner, key, backKey, status, hints, identity, valuation, authenticity, failure, newRun,
                photoEtag, version, createdAt, updatedAt, repricing, slot);
    }

    public Card withFailure(Failure newFailure) {
        return new Card(id, owner, key, backKey, status, hints, identity, valuation, authenticity, newFailure, run,
                photoEtag, version, createdAt, updatedAt, repricing, slot);
    }

    public Card withPhotoEtag(String newPhotoEtag) {
        return new Card(id, owner, key, backKey, status, hints, identity, valuation, authenticity, failure, run,
                newPhotoEtag, version, createdAt, updatedAt, repricing, slot);
    }

    public Card withResult(Identity newIdentity, Valuation newValuation, Authenticity newAuthenticity) {
        return new Card(id, owner, key, backKey, status, hints, newIdentity, newValuation, newAuthenticity, failure,
                run, photoEtag, version, createdAt, updatedAt, repricing, slot);
    }

    public Card withRepricing(Repricing newRepricing) {
        return new Card(id, owner, key, backKey, status, hints, identity, valuation, authenticity, failure, run,
                photoEtag, version, createdAt, updatedAt, newRepricing, slot);
    }

    public Card withSlot(PhotoSlot newSlot) {
        return new Card(id, owner, key, backKey, status, hints, identity, valuation, authenticity, failure, run,
                photoEtag, version, createdAt, updatedAt, repricing, newSlot);
    }
}

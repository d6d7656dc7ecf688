package com.collectiq.card;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The card store port: the source of truth for cards, their valuation runs and price history.
 * {@code local} mode keeps it in an embedded database on disk, {@code aws} mode in DynamoDB; both
 * are held to one contract suite. Every operation is scoped by owner except the ones the pipeline
 * and the recovery sweep need across owners ({@link #findByKey}, {@link #findExpiredRuns}).
 */
public interface CardStore {

    /** The outcome of {@link #create}: the card for the key, and whether this call made it. */
    record Created(Card card, boolean created) {
    }

    /** A page of an owner's cards, newest first; {@code nextCursor} is null on the last page. */
    record CardPage(List<Card> items, String nextCursor) {
    }

    /**
     * Creates the card for a photo key, or returns the one that exists: the same key always yields
     * the same card, whichever of several concurrent callers wins. Status PENDING, version 1.
     * A key whose card is another owner's is refused with {@link IllegalArgumentException}.
     */
    Created create(String owner, String key, String backKey, Hints hints);

    /**
     * Creates the card for one slot of a photo that shows several cards, or returns the one that
     * exists: idempotent on (key, slot index), as {@link #create} is on the key. The whole photo's
     * card ({@link #create}) holds slot 0; it becomes the first found card by an {@link #update}.
     */
    Created createInSlot(String owner, String key, PhotoSlot slot, String photoEtag);

    Optional<Card> get(String owner, String id);

    /**
     * A card made from a photo key, whoever owns it: the lowest slot's when the photo shows several
     * cards. Empty only when no card of the photo is left.
     */
    Optional<Card> findByKey(String key);

    /**
     * The owner's cards made from one photo, in slot order (a photo of one card has one); the cursor
     * is opaque and signed as {@link #list}'s. Another owner's photo has none.
     */
    CardPage listByPhoto(String owner, String key, int limit, String cursor);

    /**
     * An owner's cards, newest first, optionally only those with a status. The cursor is opaque and
     * signed: forged, tampered or another owner's cursors are refused with
     * {@link InvalidCursorException}; it stays correct while cards are added or deleted between
     * pages and is accepted by any instance sharing the store. {@code limit} is 1 to 1000.
     */
    CardPage list(String owner, CardStatus status, int limit, String cursor);

    /**
     * Writes the card if the stored version still equals {@code card.version()}, and returns it with
     * the version incremented and {@code updatedAt} set; a stale write throws
     * {@link StaleCardException} and changes nothing; a missing card throws
     * {@link CardNotFoundException}.
     */
    Card update(Card card);

    /**
     * Claims the card's queued (or abandoned) run {@code runId} for one worker: succeeds only when
     * the card's run has that id and is QUEUED or past its {@code leaseUntil}. The claimed run is
     * RUNNING, held by {@code worker} until {@code now + lease}, with its attempt count incremented;
     * the card is PROCESSING. Empty when another worker holds it or the run is not the card's.
     */
    Optional<Card> claim(String owner, String id, String runId, String worker, Instant now, Duration lease);

    /** Cards whose unfinished run is past its {@code leaseUntil}, across owners, without a scan. */
    List<Card> findExpiredRuns(Instant now, int limit);

    /**
     * Cards whose reprice is due at {@code now} ({@link Repricing#due}), across owners, soonest first,
     * through an index (never a scan); several instances may read the same cards, and the claim
     * (an optimistic {@link #update}) decides which one reprices each.
     */
    List<Card> findDueForRepricing(Instant now, int limit);

    /**
     * Valued cards with no repricing schedule (valued before scheduling existed), a page at a time,
     * for the one-time backfill; {@code cursor} is the previous page's {@code nextCursor} (null first).
     * The only read that may scan: it runs once per store, not per request.
     */
    CardPage findUnscheduled(String cursor, int limit);

    /**
     * Appends one history entry; false (and nothing written) when the run id is already there.
     * {@link CardNotFoundException} when the owner has no such card.
     */
    boolean appendHistory(String owner, String cardId, PriceHistoryEntry entry);

    /** The card's history, oldest first ({@code recordedAt}, then run id); empty when it is not the owner's. */
    List<PriceHistoryEntry> history(String owner, String cardId);

    /** Deletes the card with its history; false when there was none. */
    boolean delete(String owner, String id);

    /** Deletes every card and history entry of the owner; returns how many cards went. */
    int deleteOwner(String owner);

    /** Throws when the store cannot be reached; readiness and {@code /healthz} follow it. */
    void checkReachable();
}

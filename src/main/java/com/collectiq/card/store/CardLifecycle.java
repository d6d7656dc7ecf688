package com.collectiq.card.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;

import com.collectiq.card.Card;
import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardStatus;
import com.collectiq.card.Hints;
import com.collectiq.card.PhotoSlot;
import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.card.StaleCardException;
import com.collectiq.card.ValuationRun;
import com.collectiq.platform.ids.Ids;

/**
 * The rules of a card's life that do not depend on the store: what a new card looks like, what a
 * write does to the version, and when a run may be claimed. Both stores apply them, so they agree.
 */
final class CardLifecycle {

    /** History comes out oldest first; the run id breaks ties so the order is total. */
    static final Comparator<PriceHistoryEntry> OLDEST_FIRST =
            Comparator.comparing(PriceHistoryEntry::recordedAt).thenComparing(PriceHistoryEntry::runId);

    /**
     * A claim re-reads and retries when an unrelated write (a hint correction, say) changed the
     * version in between; this many lost races in a row means something is hammering the card.
     */
    private static final int CLAIM_ATTEMPTS = 5;

    /** A store's write that succeeds only while the stored version is still {@code expectedVersion}. */
    interface ConditionalWrite {
        boolean replace(Card next, long expectedVersion);
    }

    private CardLifecycle() {
    }

    static Card newCard(String owner, String key, String backKey, Hints hints, Clock clock) {
        Instant now = clock.instant();
        return new Card(Ids.newId(clock), owner, key, backKey, CardStatus.PENDING, hints == null ? Hints.NONE : hints,
                null, null, null, null, null, null, 1, now, now);
    }

    /** A new card for one slot of a photo of several: no hints or back of its own, the photo's etag already seen. */
    static Card newCardInSlot(String owner, String key, PhotoSlot slot, String photoEtag, Clock clock) {
        return newCard(owner, key, null, Hints.NONE, clock).withPhotoEtag(photoEtag).withSlot(slot);
    }

    /** The card as written over {@code card}: the next version, changed at {@code now}. */
    static Card nextVersion(Card card, Instant now) {
        return new Card(card.id(), card.owner(), card.key(), card.backKey(), card.status(), card.hints(),
                card.identity(), card.valuation(), card.authenticity(), card.failure(), card.run(),
                card.photoEtag(), card.version() + 1, card.createdAt(), now, card.repricing(), card.slot());
    }

    /**
     * The optimistic update both stores share: write the next version if the stored one is still
     * {@code card.version()}; otherwise tell a missing card from a stale write.
     */
    static Card update(Card card, Instant now, ConditionalWrite store, Supplier<Optional<Card>> current) {
        Card next = nextVersion(card, now);
        if (store.replace(next, card.version())) {
            return next;
        }
        if (current.get().isEmpty()) {
            throw new CardNotFoundException("no card " + card.id());
        }
        throw new StaleCardException("card " + card.id() + " is no longer at version " + card.version());
    }

    /** Whether the run's lease ended before {@code now}; a run without a lease end never expires. */
    static boolean isExpired(ValuationRun run, Instant now) {
        return run != null && run.leaseUntil() != null && run.leaseUntil().isBefore(now);
    }

    static Optional<Card> claim(Supplier<Optional<Card>> current, ConditionalWrite store, String runId, String worker,
            Instant now, Duration lease) {
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Optional<Card> card = current.get();
            if (card.isEmpty() || !isClaimable(card.get().run(), runId, now)) {
                return Optional.empty();
            }
            Card before = card.get();
            ValuationRun claimed = before.run().claimedBy(worker, now.plus(lease));
            Card next = nextVersion(before.withRun(claimed).withStatus(CardStatus.PROCESSING), now);
            if (store.replace(next, before.version())) {
                return Optional.of(next);
            }
        }
        throw new StaleCardException("card changed " + CLAIM_ATTEMPTS + " times while being claimed");
    }

    private static boolean isClaimable(ValuationRun run, String runId, Instant now) {
        return run != null && run.runId().equals(runId)
                && (run.state() == ValuationRun.State.QUEUED || isExpired(run, now));
    }

    /** A photo key belongs to one owner; anything else is a caller's bug that must not leak a card. */
    static void requireOwner(Card card, String owner) {
        if (!card.owner().equals(owner)) {
            throw new IllegalArgumentException("the photo key belongs to another owner");
        }
    }
}

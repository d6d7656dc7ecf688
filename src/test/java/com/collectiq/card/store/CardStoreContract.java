package com.collectiq.card.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.card.Card;
import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.CardStore.CardPage;
import com.collectiq.card.CardStore.Created;
import com.collectiq.card.Hints;
import com.collectiq.card.InvalidCursorException;
import com.collectiq.card.PhotoSlot;
import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.card.Repricing;
import com.collectiq.card.StaleCardException;
import com.collectiq.card.ValuationRun;
import com.collectiq.card.Valuation;
import com.collectiq.platform.ids.Ids;
import com.collectiq.platform.keys.ServiceSecrets;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.testsupport.TickingClock;

/**
 * The {@link CardStore} contract, run against every implementation. Each test gets a fresh, empty
 * store; {@link #newStore} called again gives a second instance on the same data, as a second task
 * or a restarted service would have.
 */
abstract class CardStoreContract {

    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    final TickingClock clock = new TickingClock(START);
    final ServiceSecrets secrets = secret("contract-cursor-secret-0123456789abcdef");
    final String alice = "alice-" + UUID.randomUUID();
    final String bob = "bob-" + UUID.randomUUID();

    CardStore store;

    /** Prepares an empty backend for one test. */
    abstract void openBackend();

    /** A store instance on the backend, signing cursors with {@code secrets}. */
    abstract CardStore newStore(ServiceSecrets secrets);

    abstract void closeBackend();

    @BeforeEach
    void openStore() {
        openBackend();
        store = newStore(secrets);
    }

    @AfterEach
    void closeStore() {
        closeBackend();
    }

    // --- create, get, findByKey

    @Test
    void createMakesAPendingCardAtVersionOne() {
        Hints hints = new Hints("Charizard", "Base", "4", "NM", null, null);
        Created created = store.create(alice, key(alice, "a"), key(alice, "a-back"), hints);

        Card card = created.card();
        assertThat(created.created()).isTrue();
        assertThat(Ids.isWellFormed(card.id())).isTrue();
        assertThat(card.owner()).isEqualTo(alice);
        assertThat(card.key()).isEqualTo(key(alice, "a"));
        assertThat(card.backKey()).isEqualTo(key(alice, "a-back"));
        assertThat(card.status()).isEqualTo(CardStatus.PENDING);
        assertThat(card.hints()).isEqualTo(hints);
        assertThat(card.version()).isEqualTo(1);
        assertThat(card.createdAt()).isAfterOrEqualTo(START).isEqualTo(card.updatedAt());
        assertThat(store.get(alice, card.id())).contains(card);
    }

    @Test
    void createWithoutHintsStoresNoHints() {
        Card card = store.create(alice, key(alice, "a"), null, null).card();
        assertThat(store.get(alice, card.id()).orElseThrow().hints()).isEqualTo(Hints.NONE);
    }

    @Test
    void theSameKeyYieldsTheSameCard() {
        Card first = store.create(alice, key(alice, "a"), null, Hints.NONE).card();

        Created again = store.create(alice, key(alice, "a"), null, new Hints("other", null, null, null, null, null));

        assertThat(again.created()).isFalse();
        assertThat(again.card()).isEqualTo(first);
    }

    @Test
    void aKeyOfAnotherOwnerIsRefusedAndLeaksNothing() {
        store.create(alice, key(alice, "a"), null, Hints.NONE);

        assertThatThrownBy(() -> store.create(bob, key(alice, "a"), null, Hints.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(alice);
        assertThat(store.list(bob, null, 10, null).items()).isEmpty();
    }

    @Test
    void twentyThreadsCreatingTheSameKeyMakeOneCard() throws Exception {
        String key = key(alice, "contended");
        List<Created> results = concurrently(20, () -> store.create(alice, key, null, Hints.NONE));

        assertThat(results).extracting(r -> r.card().id()).containsOnly(results.get(0).card().id());
        assertThat(results).filteredOn(Created::created).hasSize(1);
        assertThat(store.list(alice, null, 50, null).items()).hasSize(1);
        assertThat(store.findByKey(key)).map(Card::id).contains(results.get(0).card().id());
    }

    @Test
    void getIsScopedToTheOwner() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();

        assertThat(store.get(bob, card.id())).isEmpty();
        assertThat(store.get(alice, Ids.newId(clock))).isEmpty();
    }

    @Test
    void findByKeyFindsTheCardWhoeverOwnsIt() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();

        assertThat(store.findByKey(key(alice, "a"))).contains(card);
        assertThat(store.findByKey(key(alice, "unknown"))).isEmpty();
    }

    // --- photos of several cards: one card per (photo key, slot)

    @Test
    void eachSlotOfAPhotoHasOneCardAndTheWholePhotosCardIsSlotZero() {
        String photo = key(alice, "page");
        Card whole = store.create(alice, photo, null, Hints.NONE).card();
        Created second = store.createInSlot(alice, photo, slot(photo, 1), "\"etag-1\"");
        Created secondAgain = store.createInSlot(alice, photo, slot(photo, 1), "\"etag-1\"");

        assertThat(second.created()).isTrue();
        assertThat(secondAgain.created()).isFalse();
        assertThat(secondAgain.card()).isEqualTo(second.card());
        assertThat(second.card().id()).isNotEqualTo(whole.id());
        assertThat(second.card().slot()).isEqualTo(slot(photo, 1));
        assertThat(second.card().photoEtag()).isEqualTo("\"etag-1\"");
        assertThat(second.card().imageKey()).isEqualTo(slot(photo, 1).cropKey());
        assertThat(store.create(alice, photo, null, Hints.NONE).card()).isEqualTo(whole);
        assertThat(store.findByKey(photo)).contains(whole);
        assertThat(store.get(alice, second.card().id())).contains(second.card());
    }

    @Test
    void concurrentCreatesOfOneSlotMakeOneCard() throws Exception {
        String photo = key(alice, "contended-page");
        List<Created> results = concurrently(12, () -> store.createInSlot(alice, photo, slot(photo, 4), null));

        assertThat(results).extracting(r -> r.card().id()).containsOnly(results.get(0).card().id());
        assertThat(results).filteredOn(Created::created).hasSize(1);
    }

    @Test
    void aPhotosCardsAreListedInSlotOrderPageByPageAndOnlyToTheOwner() {
        String photo = key(alice, "page");
        Card first = store.create(alice, photo, null, Hints.NONE).card();
        List<String> ids = new ArrayList<>(List.of(first.id()));
        for (int index : new int[] {1, 2, 3, 4, 5, 6, 7, 8}) {
            ids.add(store.createInSlot(alice, photo, slot(photo, index), null).card().id());
        }
        store.create(alice, key(alice, "other"), null, Hints.NONE);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            CardPage page = store.listByPhoto(alice, photo, 4, cursor);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            page.items().forEach(card -> seen.add(card.id()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(store.listByPhoto(bob, photo, 20, null).items()).isEmpty();
        assertThat(store.listByPhoto(alice, key(alice, "never"), 20, null).items()).isEmpty();
        String aliceCursor = store.listByPhoto(alice, photo, 2, null).nextCursor();
        assertThatThrownBy(() -> store.listByPhoto(alice, key(alice, "other"), 2, aliceCursor))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> store.list(alice, null, 2, aliceCursor)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void deletingOneSlotsCardKeepsTheOthersAndFindByKeyFindsTheLowestLeft() {
        String photo = key(alice, "page");
        Card whole = store.create(alice, photo, null, Hints.NONE).card();
        Card second = store.createInSlot(alice, photo, slot(photo, 1), null).card();
        Card third = store.createInSlot(alice, photo, slot(photo, 2), null).card();

        assertThat(store.delete(alice, whole.id())).isTrue();
        assertThat(store.findByKey(photo)).contains(second);
        assertThat(store.delete(alice, second.id())).isTrue();

        assertThat(store.listByPhoto(alice, photo, 20, null).items()).containsExactly(third);
        assertThat(store.findByKey(photo)).contains(third);
        assertThat(store.delete(alice, third.id())).isTrue();
        assertThat(store.findByKey(photo)).isEmpty();
    }

    @Test
    void aSlotOfAnotherOwnersPhotoIsRefused() {
        String photo = key(alice, "page");
        store.createInSlot(alice, photo, slot(photo, 1), null);

        assertThatThrownBy(() -> store.createInSlot(bob, photo, slot(photo, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- list and cursors

    @Test
    void listIsNewestFirstAndOnlyTheOwners() {
        List<Card> created = createCards(alice, 5);
        createCards(bob, 3);

        CardPage page = store.list(alice, null, 10, null);

        assertThat(page.items()).containsExactlyElementsOf(reversed(created));
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void paging45CardsBy20ReturnsEachOnceNewestFirst() {
        List<Card> created = createCards(alice, 45);

        List<Card> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            CardPage page = store.list(alice, null, 20, cursor);
            pageSizes.add(page.items().size());
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(pageSizes).containsExactly(20, 20, 5);
        assertThat(seen).containsExactlyElementsOf(reversed(created));
    }

    @Test
    void aFullLastPageHasNoCursor() {
        createCards(alice, 20);

        CardPage page = store.list(alice, null, 20, null);

        assertThat(page.items()).hasSize(20);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void listFiltersByStatusAndPagesWithinTheFilter() {
        List<Card> created = createCards(alice, 12);
        List<Card> valued = new ArrayList<>();
        for (int i = 0; i < created.size(); i += 2) {
            valued.add(store.update(created.get(i).withStatus(CardStatus.VALUED)));
        }

        CardPage first = store.list(alice, CardStatus.VALUED, 4, null);
        CardPage second = store.list(alice, CardStatus.VALUED, 4, first.nextCursor());

        assertThat(first.items()).containsExactlyElementsOf(reversed(valued).subList(0, 4));
        assertThat(second.items()).containsExactlyElementsOf(reversed(valued).subList(4, 6));
        assertThat(second.nextCursor()).isNull();
        assertThat(store.list(alice, CardStatus.FAILED, 10, null).items()).isEmpty();
        assertThat(store.list(alice, CardStatus.PENDING, 10, null).items()).hasSize(6)
                .allMatch(card -> card.status() == CardStatus.PENDING);
    }

    @Test
    void pagingWhileOthersInsertAndDeleteShowsEveryLastingCardOnce() throws Exception {
        List<Card> lasting = new ArrayList<>();
        List<Card> doomed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Card card = store.create(alice, key(alice, "pre-" + i), null, Hints.NONE).card();
            (i % 4 == 0 ? doomed : lasting).add(card);
        }
        AtomicBoolean paging = new AtomicBoolean(true);
        ExecutorService churn = Executors.newSingleThreadExecutor();
        Future<Integer> churned = churn.submit(() -> {
            int changes = 0;
            while (paging.get() || changes < doomed.size()) {
                store.create(alice, key(alice, "new-" + changes), null, Hints.NONE);
                if (changes < doomed.size()) {
                    store.delete(alice, doomed.get(changes).id());
                }
                changes++;
            }
            return changes;
        });
        List<String> seen = new ArrayList<>();
        try {
            String cursor = null;
            do {
                CardPage page = store.list(alice, null, 7, cursor);
                page.items().forEach(card -> seen.add(card.id()));
                cursor = page.nextCursor();
            } while (cursor != null);
        } finally {
            paging.set(false);
            churn.shutdown();
        }
        assertThat(churned.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(doomed.size());

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(lasting.stream().map(Card::id).toList());
    }

    @Test
    void aCursorFromOneInstanceWorksOnAnother() {
        List<Card> created = createCards(alice, 5);
        CardPage first = store.list(alice, null, 2, null);

        CardStore other = newStore(secrets);
        CardPage second = other.list(alice, null, 2, first.nextCursor());

        assertThat(second.items()).containsExactlyElementsOf(reversed(created).subList(2, 4));
    }

    @Test
    void aCursorIsCompactUrlSafeText() {
        createCards(alice, 3);

        String cursor = store.list(alice, CardStatus.PENDING, 1, null).nextCursor();

        assertThat(cursor).matches("[A-Za-z0-9_-]+").hasSizeLessThan(80).doesNotContain(alice);
    }

    @Test
    void aTamperedOrForeignCursorIsRefused() {
        createCards(alice, 3);
        createCards(bob, 3);
        String cursor = store.list(alice, null, 1, null).nextCursor();
        String bobsCursor = store.list(bob, null, 1, null).nextCursor();
        String otherSecretsCursor = newStore(secret("another-deployment-secret-0123456789"))
                .list(alice, null, 1, null).nextCursor();

        for (String bad : List.of(flipOneCharacter(cursor), cursor.substring(1), cursor + "A", "garbage!",
                "AAAA", bobsCursor, otherSecretsCursor, "x".repeat(5000))) {
            assertThatThrownBy(() -> store.list(alice, null, 1, bad)).as(bad).isInstanceOf(InvalidCursorException.class);
        }
        assertThatThrownBy(() -> store.list(alice, CardStatus.PENDING, 1, cursor))
                .as("a cursor of the unfiltered list used with a filter").isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aLimitOutOfRangeIsRefused() {
        assertThatThrownBy(() -> store.list(alice, null, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.list(alice, null, CardListing.MAX_LIMIT + 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- update

    @Test
    void updateWritesTheNextVersion() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();
        Hints corrected = new Hints("Blastoise", "Base", "2", null, "PSA", "9");

        Card updated = store.update(card.withHints(corrected).withStatus(CardStatus.VALUED));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedAt()).isAfter(card.updatedAt());
        assertThat(updated.createdAt()).isEqualTo(card.createdAt());
        assertThat(updated.hints()).isEqualTo(corrected);
        assertThat(store.get(alice, card.id())).contains(updated);
    }

    @Test
    void aRichCardRoundTrips() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();
        Valuation valuation = new Valuation(new BigDecimal("310.00"), new BigDecimal("395.5"), new BigDecimal("520"),
                "USD", 0.71, START, "summary", List.of(new Valuation.Source("sample", "ok", null, true, 3L)),
                List.of(new Valuation.Comparable("sample", "PSA 9", new BigDecimal("400"), "USD", false, "graded",
                        new BigDecimal("370.37"), "EUR", new BigDecimal("1.08"), BigDecimal.ONE, 1.0,
                        LocalDate.parse("2026-02-27"))), "bedrock test-model");
        ValuationRun run = new ValuationRun("run-1", ValuationRun.State.QUEUED, 0, null, START, START.plus(LEASE));

        Card updated = store.update(card.withResult(null, valuation, null).withRun(run));

        assertThat(store.get(alice, card.id())).contains(updated);
    }

    @Test
    void aStaleUpdateIsRejectedAndChangesNothing() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();
        Card winner = store.update(card.withStatus(CardStatus.VALUED));

        assertThatThrownBy(() -> store.update(card.withStatus(CardStatus.FAILED)))
                .isInstanceOf(StaleCardException.class);
        assertThat(store.get(alice, card.id())).contains(winner);
    }

    @Test
    void updatingAMissingOrForeignCardIsNotFound() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();
        Card asBob = new Card(card.id(), bob, card.key(), null, CardStatus.VALUED, Hints.NONE, null, null, null,
                null, null, null, card.version(), card.createdAt(), card.updatedAt());

        assertThatThrownBy(() -> store.update(asBob)).isInstanceOf(CardNotFoundException.class);
        store.delete(alice, card.id());
        assertThatThrownBy(() -> store.update(card)).isInstanceOf(CardNotFoundException.class);
    }

    // --- claim and the recovery sweep

    @Test
    void claimTakesTheQueuedRunForOneWorker() {
        Card queued = queue(store.create(alice, key(alice, "a"), null, Hints.NONE).card(), "run-1", START.plus(LEASE));
        Instant now = START.plusSeconds(10);

        Card claimed = store.claim(alice, queued.id(), "run-1", "worker-a", now, LEASE).orElseThrow();

        assertThat(claimed.status()).isEqualTo(CardStatus.PROCESSING);
        assertThat(claimed.version()).isEqualTo(queued.version() + 1);
        assertThat(claimed.run()).isEqualTo(new ValuationRun("run-1", ValuationRun.State.RUNNING, 1, "worker-a",
                queued.run().requestedAt(), now.plus(LEASE)));
        assertThat(store.get(alice, queued.id())).contains(claimed);
    }

    @Test
    void twoWorkersClaimingTheSameCardOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Card queued = queue(store.create(alice, key(alice, "r" + round), null, Hints.NONE).card(), "run-" + round,
                    START.plus(LEASE));
            String runId = "run-" + round;
            List<Boolean> wins = concurrently(2, () -> store.claim(alice, queued.id(), runId,
                    "worker-" + Thread.currentThread().getId(), START, LEASE).isPresent());

            assertThat(wins).containsExactlyInAnyOrder(true, false);
            assertThat(store.get(alice, queued.id()).orElseThrow().run().attempts()).isEqualTo(1);
        }
    }

    @Test
    void aHeldRunIsClaimableOnlyAfterItsLease() {
        Card queued = queue(store.create(alice, key(alice, "a"), null, Hints.NONE).card(), "run-1", START.plus(LEASE));
        Card held = store.claim(alice, queued.id(), "run-1", "worker-a", START, LEASE).orElseThrow();
        Instant leaseEnd = held.run().leaseUntil();

        assertThat(store.claim(alice, queued.id(), "run-1", "worker-b", leaseEnd, LEASE)).isEmpty();
        Card retaken = store.claim(alice, queued.id(), "run-1", "worker-b", leaseEnd.plusMillis(1), LEASE).orElseThrow();

        assertThat(retaken.run().worker()).isEqualTo("worker-b");
        assertThat(retaken.run().attempts()).isEqualTo(2);
    }

    @Test
    void claimRefusesAnotherRunAForeignOwnerAndACardWithoutRun() {
        Card bare = store.create(alice, key(alice, "bare"), null, Hints.NONE).card();
        Card queued = queue(store.create(alice, key(alice, "a"), null, Hints.NONE).card(), "run-1", START.plus(LEASE));

        assertThat(store.claim(alice, queued.id(), "run-2", "w", START, LEASE)).isEmpty();
        assertThat(store.claim(bob, queued.id(), "run-1", "w", START, LEASE)).isEmpty();
        assertThat(store.claim(alice, bare.id(), "run-1", "w", START, LEASE)).isEmpty();
        assertThat(store.get(alice, queued.id())).contains(queued);
    }

    @Test
    void findExpiredRunsFindsOnlyUnfinishedRunsPastTheirLeaseAcrossOwners() {
        Instant now = START.plus(Duration.ofHours(1));
        store.create(alice, key(alice, "no-run"), null, Hints.NONE);
        queue(store.create(alice, key(alice, "future"), null, Hints.NONE).card(), "r1", now.plusSeconds(1));
        queue(store.create(alice, key(alice, "exactly-now"), null, Hints.NONE).card(), "r2", now);
        Card queuedLate = queue(store.create(bob, key(bob, "queued-late"), null, Hints.NONE).card(), "r3",
                now.minusSeconds(30));
        Card running = queue(store.create(alice, key(alice, "running"), null, Hints.NONE).card(), "r4", START);
        Card abandoned = store.claim(alice, running.id(), "r4", "w", START, Duration.ofMinutes(1)).orElseThrow();
        Card finished = queue(store.create(alice, key(alice, "finished"), null, Hints.NONE).card(), "r5", START);
        store.update(finished.withRun(null).withStatus(CardStatus.VALUED));

        assertThat(store.findExpiredRuns(now, 10)).containsExactly(abandoned, queuedLate);
        assertThat(store.findExpiredRuns(now, 1)).containsExactly(abandoned);
        assertThat(store.findExpiredRuns(START, 10)).isEmpty();
    }

    @Test
    void findExpiredRunsCoversManyCards() {
        Instant now = START.plus(Duration.ofHours(1));
        List<Card> expired = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Card card = store.create(alice, key(alice, "c" + i), null, Hints.NONE).card();
            expired.add(queue(card, "run-" + i, START.plusSeconds(i)));
        }

        assertThat(store.findExpiredRuns(now, 100)).containsExactlyElementsOf(expired);
        assertThat(store.findExpiredRuns(now, 5)).containsExactlyElementsOf(expired.subList(0, 5));
    }

    // --- repricing

    @Test
    void findDueForRepricingFindsValuedCardsDueAcrossOwnersSoonestFirst() {
        Instant now = START.plus(Duration.ofDays(2));
        Card dueAlice = valued(alice, "due-a", now.minusSeconds(60));
        Card dueBob = valued(bob, "due-b", now.minusSeconds(3600));
        Card exactlyNow = valued(alice, "exactly-now", now);
        valued(alice, "later", now.plusSeconds(1));
        store.create(alice, key(alice, "pending"), null, Hints.NONE);
        Card unscheduled = store.create(alice, key(alice, "unscheduled"), null, Hints.NONE).card();
        store.update(unscheduled.withStatus(CardStatus.VALUED));
        // a card being valued again is priced by that run: it leaves the due list meanwhile
        store.update(valued(alice, "again", now.minusSeconds(10)).withStatus(CardStatus.PROCESSING));

        assertThat(store.findDueForRepricing(now, 10)).containsExactly(dueBob, dueAlice, exactlyNow);
        assertThat(store.findDueForRepricing(now, 2)).containsExactly(dueBob, dueAlice);
        assertThat(store.findDueForRepricing(START, 10)).isEmpty();
    }

    @Test
    void aClaimedCardLeavesTheDueListUntilItsClaimEnds() {
        Instant now = START.plus(Duration.ofDays(2));
        Card due = valued(alice, "due", now.minusSeconds(60));
        Card claimed = store.update(due.withRepricing(due.repricing().claimed(now.plus(Duration.ofMinutes(15)), "r1")));

        assertThat(store.findDueForRepricing(now, 10)).isEmpty();
        assertThat(store.findDueForRepricing(now.plus(Duration.ofMinutes(15)), 10)).containsExactly(claimed);
        assertThat(claimed.repricing().runId()).isEqualTo("r1");
    }

    @Test
    void findUnscheduledPagesThroughValuedCardsWithoutASchedule() {
        Set<String> unscheduled = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            Card card = store.create(i % 2 == 0 ? alice : bob, key(i % 2 == 0 ? alice : bob, "old-" + i), null,
                    Hints.NONE).card();
            unscheduled.add(store.update(card.withStatus(CardStatus.VALUED)).id());
        }
        valued(alice, "scheduled", START.plus(Duration.ofDays(1)));
        store.create(alice, key(alice, "pending"), null, Hints.NONE);

        Set<String> found = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            CardPage page = store.findUnscheduled(cursor, 5);
            page.items().forEach(card -> assertThat(found.add(card.id())).as("each card once").isTrue());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(found).isEqualTo(unscheduled);
    }

    // --- history

    @Test
    void historyIsOneEntryPerRunOldestFirst() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();
        PriceHistoryEntry second = entry("run-b", START.plusSeconds(60), "400");
        PriceHistoryEntry first = entry("run-z", START, "395");
        PriceHistoryEntry third = entry("run-a", START.plusSeconds(120), "410");

        assertThat(store.appendHistory(alice, card.id(), second)).isTrue();
        assertThat(store.appendHistory(alice, card.id(), first)).isTrue();
        assertThat(store.appendHistory(alice, card.id(), third)).isTrue();
        assertThat(store.appendHistory(alice, card.id(), entry("run-b", START.plusSeconds(999), "1"))).isFalse();

        assertThat(store.history(alice, card.id())).containsExactly(first, second, third);
    }

    @Test
    void historyIsScopedToTheOwnersCard() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();
        store.appendHistory(alice, card.id(), entry("run-1", START, "1"));

        assertThat(store.history(bob, card.id())).isEmpty();
        assertThatThrownBy(() -> store.appendHistory(bob, card.id(), entry("run-2", START, "2")))
                .isInstanceOf(CardNotFoundException.class);
        assertThatThrownBy(() -> store.appendHistory(alice, Ids.newId(clock), entry("run-3", START, "3")))
                .isInstanceOf(CardNotFoundException.class);
        assertThat(store.history(alice, card.id())).extracting(PriceHistoryEntry::runId).containsExactly("run-1");
    }

    // --- delete

    @Test
    void deleteRemovesTheCardItsHistoryAndFreesItsKey() {
        Card card = store.create(alice, key(alice, "a"), null, Hints.NONE).card();
        Card kept = store.create(alice, key(alice, "b"), null, Hints.NONE).card();
        store.appendHistory(alice, card.id(), entry("run-1", START, "1"));
        store.appendHistory(alice, kept.id(), entry("run-1", START, "1"));

        assertThat(store.delete(bob, card.id())).isFalse();
        assertThat(store.delete(alice, card.id())).isTrue();

        assertThat(store.get(alice, card.id())).isEmpty();
        assertThat(store.findByKey(key(alice, "a"))).isEmpty();
        assertThat(store.history(alice, card.id())).isEmpty();
        assertThat(store.list(alice, null, 10, null).items()).containsExactly(kept);
        assertThat(store.history(alice, kept.id())).hasSize(1);
        assertThat(store.delete(alice, card.id())).isFalse();
        Created again = store.create(alice, key(alice, "a"), null, Hints.NONE);
        assertThat(again.created()).isTrue();
        assertThat(again.card().id()).isNotEqualTo(card.id());
        assertThat(store.history(alice, again.card().id())).isEmpty();
    }

    @Test
    void deleteOwnerLeavesNothingOfTheOwnerAndEverythingOfOthers() {
        List<Card> alices = createCards(alice, 30);
        List<Card> bobs = createCards(bob, 2);
        Card queued = queue(alices.get(0), "run-1", START);
        for (Card card : alices.subList(0, 3)) {
            store.appendHistory(alice, card.id(), entry("run-1", START, "1"));
        }
        store.appendHistory(bob, bobs.get(0).id(), entry("run-1", START, "1"));

        assertThat(store.deleteOwner(alice)).isEqualTo(30);

        assertThat(store.list(alice, null, 100, null).items()).isEmpty();
        assertThat(store.findExpiredRuns(START.plus(Duration.ofDays(1)), 100)).doesNotContain(queued);
        for (Card card : alices) {
            assertThat(store.findByKey(card.key())).isEmpty();
            assertThat(store.history(alice, card.id())).isEmpty();
        }
        assertThat(store.list(bob, null, 100, null).items()).containsExactlyElementsOf(reversed(bobs));
        assertThat(store.history(bob, bobs.get(0).id())).hasSize(1);
        assertThat(store.deleteOwner(alice)).isZero();
    }

    @Test
    void checkReachableSucceedsOnAWorkingStore() {
        store.checkReachable();
    }

    // --- helpers

    static PhotoSlot slot(String photo, int index) {
        return new PhotoSlot(index, PhotoKeys.cropOf(photo, index));
    }

    static String key(String owner, String name) {
        return "uploads/" + owner + "/" + name + ".jpg";
    }

    static ServiceSecrets secret(String text) {
        return purpose -> (purpose + ":" + text).getBytes(StandardCharsets.UTF_8);
    }

    List<Card> createCards(String owner, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> store.create(owner, key(owner, "card-" + i), null, Hints.NONE).card())
                .toList();
    }

    /** A valued card of the owner's, next repriced at {@code due}. */
    Card valued(String owner, String name, Instant due) {
        Card card = store.create(owner, key(owner, name), null, Hints.NONE).card();
        return store.update(card.withStatus(CardStatus.VALUED).withRepricing(new Repricing(due, "NM", null)));
    }

    Card queue(Card card, String runId, Instant leaseUntil) {
        Card current = store.get(card.owner(), card.id()).orElseThrow();
        return store.update(current.withRun(
                new ValuationRun(runId, ValuationRun.State.QUEUED, 0, null, START, leaseUntil)));
    }

    static PriceHistoryEntry entry(String runId, Instant at, String fair) {
        return new PriceHistoryEntry(runId, at, new BigDecimal(fair), new BigDecimal(fair), new BigDecimal(fair),
                "USD", 0.5);
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static String flipOneCharacter(String text) {
        int middle = text.length() / 2;
        char replacement = text.charAt(middle) == 'A' ? 'B' : 'A';
        return text.substring(0, middle) + replacement + text.substring(middle + 1);
    }

    /** Runs the task on {@code threads} threads released at the same moment; returns every result. */
    static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

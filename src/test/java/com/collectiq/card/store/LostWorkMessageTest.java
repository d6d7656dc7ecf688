package com.collectiq.card.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.card.Card;
import com.collectiq.card.CardProperties;
import com.collectiq.card.CardService;
import com.collectiq.card.CardStatus;
import com.collectiq.card.Hints;
import com.collectiq.card.PhotoSlot;
import com.collectiq.card.StaleCardException;
import com.collectiq.card.ValuationRequests;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.card.ValuationRun;
import com.collectiq.grading.GradingHintRules;
import com.collectiq.testsupport.H2TestDatabase;
import com.collectiq.testsupport.TestJson;
import com.collectiq.testsupport.TickingClock;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;

/**
 * The card is written QUEUED, then sending its work message fails (the queue refused it after the
 * SDK's retries): the caller's retry, a redelivered S3 event or a repeated {@code POST /cards},
 * sends the same run again at once, instead of leaving it to the recovery sweep minutes later. And
 * the write of the run goes through but its answer is lost, so the SDK's retry of it finds the card
 * changed: the run is sent all the same.
 */
class LostWorkMessageTest {

    @TempDir
    Path dataDir;

    private final TickingClock clock = new TickingClock(CardStoreContract.START);
    private final String owner = "owner-" + UUID.randomUUID();
    private final List<ValuationRequest> sent = new ArrayList<>();
    private int refusals;
    private boolean loseNextUpdateAnswer;
    private boolean photoDeletesFail;
    /** When not negative: how many more card writes go through before the process "dies". */
    private int writesBeforeDeath = -1;
    /** The cards every photo shows: none (a photo of one card) unless a test says it is a page. */
    private List<PhotoSlot> pageSlots = List.of();
    private H2TestDatabase database;
    private CardService cards;
    private JdbcCardStore store;

    @BeforeEach
    void service() {
        database = H2TestDatabase.open(dataDir);
        store = new JdbcCardStore(database.jdbc(), TestJson.mapper(),
                new CursorCodec(CardStoreContract.secret("lost-message-secret-0123456789")), clock) {
            @Override
            public Card update(Card card) {
                if (writesBeforeDeath == 0) {
                    throw new IllegalStateException("the process died before this write");
                }
                writesBeforeDeath--;
                Card written = super.update(card);
                if (loseNextUpdateAnswer) {
                    loseNextUpdateAnswer = false;
                    // what the SDK's retry of a conditional write that went through reports
                    throw new StaleCardException("card " + card.id() + " changed since it was read");
                }
                return written;
            }
        };
        ValuationRequests queue = request -> {
            if (refusals > 0) {
                refusals--;
                throw new IllegalStateException("the queue refused the message");
            }
            sent.add(request);
        };
        cards = new CardService(store, everyPhotoIsThere(), queue, new CardProperties(Duration.ofMinutes(10),
                Duration.ofMinutes(5)), new GradingHintRules(), catalogId -> false /* no catalog picks here */,
                photoKey -> pageSlots, List.of(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRedeliveredEventSendsTheQueuedRunAgain() {
        String key = CardStoreContract.key(owner, "front");
        refusals = 1;
        assertThatThrownBy(() -> cards.acceptUpload(key, "\"etag-1\"")).hasMessageContaining("refused");
        Card queued = store.list(owner, null, 10, null).items().get(0);
        assertThat(queued.status()).isEqualTo(CardStatus.PENDING);
        assertThat(sent).isEmpty();

        cards.acceptUpload(key, "\"etag-1\"");

        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.cardId()).isEqualTo(queued.id());
            assertThat(request.runId()).as("the same run, not a new one").isEqualTo(queued.run().runId());
        });
    }

    @Test
    void aRepeatedPostSendsTheQueuedRunAgain() {
        String key = CardStoreContract.key(owner, "front");
        refusals = 1;
        assertThatThrownBy(() -> cards.create(owner, key, null, Hints.NONE)).hasMessageContaining("refused");

        Card card = cards.create(owner, key, null, Hints.NONE).card();

        assertThat(sent).singleElement().satisfies(request -> assertThat(request.runId())
                .isEqualTo(card.run().runId()));
    }

    @Test
    void aRunWrittenWhoseAnswerWasLostIsSentAllTheSame() {
        String key = CardStoreContract.key(owner, "front");
        loseNextUpdateAnswer = true;

        cards.acceptUpload(key, "\"etag-1\"");

        Card queued = store.list(owner, null, 10, null).items().get(0);
        assertThat(queued.run().state()).isEqualTo(ValuationRun.State.QUEUED);
        assertThat(sent).singleElement().satisfies(request -> assertThat(request.runId())
                .isEqualTo(queued.run().runId()));
    }

    @Test
    void aDuplicateEventForAValuedCardSendsNothing() {
        String key = CardStoreContract.key(owner, "front");
        cards.acceptUpload(key, "\"etag-1\"");
        Card queued = store.list(owner, null, 10, null).items().get(0);
        store.update(queued.withRun(null).withStatus(CardStatus.VALUED));
        sent.clear();

        cards.acceptUpload(key, "\"etag-1\"");

        assertThat(sent).isEmpty();
    }

    @Test
    void aCorrectionKilledAfterItsFirstWriteLeavesHintsOnlyWithTheirRunAndTheRetrySendsIt() {
        String key = CardStoreContract.key(owner, "front");
        Card card = cards.create(owner, key, null, Hints.NONE).card();
        store.update(store.get(owner, card.id()).orElseThrow().withRun(null).withStatus(CardStatus.VALUED));
        sent.clear();
        Hints corrected = new Hints("Charizard", "Base", "4", null, null, null);
        writesBeforeDeath = 1;

        try {
            cards.correct(owner, card.id(), any -> true, hints -> corrected);
        } catch (IllegalStateException died) {
            // the send after the write, or a second write: either way the process is gone
        }
        writesBeforeDeath = -1;
        Card stored = store.get(owner, card.id()).orElseThrow();
        assertThat(stored.hints()).isEqualTo(corrected);
        assertThat(stored.run()).as("corrected hints with no revaluation coming").isNotNull();
        assertThat(stored.run().state()).isEqualTo(ValuationRun.State.QUEUED);

        sent.clear();
        cards.correct(owner, card.id(), any -> true, hints -> corrected);

        assertThat(sent).singleElement().satisfies(request -> assertThat(request.runId())
                .isEqualTo(stored.run().runId()));
    }

    @Test
    void aPostThatDiedWhileCuttingAPageIsRepeatedWithoutDuplicatesAndEveryCardGetsItsRun() {
        String key = CardStoreContract.key(owner, "page");
        pageSlots = IntStream.range(0, 4).mapToObj(slot -> new PhotoSlot(slot, PhotoKeys.cropOf(key, slot))).toList();
        writesBeforeDeath = 2; // the runs of slots 1 and 2 are written, then the process dies

        assertThatThrownBy(() -> cards.create(owner, key, null, Hints.NONE)).hasMessageContaining("died");
        writesBeforeDeath = -1;
        assertThat(store.findByKey(key).orElseThrow().slot()).as("the page is not cut yet").isNull();

        CardService.Creation again = cards.create(owner, key, null, Hints.NONE);
        CardService.Creation third = cards.create(owner, key, null, Hints.NONE);

        assertThat(again.photoCards()).hasSize(4).allSatisfy(card -> assertThat(card.run()).isNotNull());
        assertThat(again.photoCards()).extracting(card -> card.slot().index()).containsExactly(0, 1, 2, 3);
        assertThat(third.photoCards()).extracting(Card::id)
                .containsExactlyElementsOf(again.photoCards().stream().map(Card::id).toList());
        assertThat(store.list(owner, null, 100, null).items()).hasSize(4);
        assertThat(sent).extracting(ValuationRequest::runId).as("each card's run sent; repeats are of the same runs")
                .containsAll(again.photoCards().stream().map(card -> card.run().runId()).toList())
                .containsOnlyElementsOf(again.photoCards().stream().map(card -> card.run().runId()).toList());
    }

    @Test
    void aDeleteCutOffAtThePhotoLeavesTheCardForTheRetry() {
        String key = CardStoreContract.key(owner, "front");
        Card card = cards.create(owner, key, null, Hints.NONE).card();
        photoDeletesFail = true;

        assertThatThrownBy(() -> cards.delete(owner, card.id())).hasMessageContaining("cut off");
        assertThat(store.get(owner, card.id())).isPresent();

        photoDeletesFail = false;
        assertThat(cards.delete(owner, card.id())).isTrue();
        assertThat(store.get(owner, card.id())).isEmpty();
    }

    private PhotoStore everyPhotoIsThere() {
        return new PhotoStore() {
            @Override
            public SignedUpload signUpload(String key, String contentType, long contentLength, Duration validFor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public URI signRead(String key, Duration validFor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<PhotoHead> head(String key) {
                return Optional.of(new PhotoHead(key, 1000, "image/jpeg", "\"etag-1\""));
            }

            @Override
            public Optional<byte[]> read(String key, long maxBytes) {
                return Optional.empty();
            }

            @Override
            public void put(String key, byte[] bytes, String contentType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(String key) {
                if (photoDeletesFail) {
                    throw new IllegalStateException("the process was cut off here");
                }
            }

            @Override
            public int deletePrefix(String prefix) {
                delete(prefix);
                return 0;
            }
        };
    }
}

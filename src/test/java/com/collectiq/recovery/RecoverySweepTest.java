package com.collectiq.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.card.Authenticity;
import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Failure;
import com.collectiq.card.FailureCode;
import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.RunOutcome;
import com.collectiq.card.Valuation;
import com.collectiq.card.ValuationRequests;
import com.collectiq.card.ValuationRequests.Reason;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.card.ValuationRun;
import com.collectiq.events.OutboxRelay;
import com.collectiq.events.RecentEvents;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.valuation.ValuationCompletion;
import com.collectiq.valuation.ValuationEvents;

/**
 * The recovery sweep over runs whose lease ran out (a killed worker, a lost message, a message SQS's
 * redrive policy moved away): one with starts left is queued again under the same run id, one whose
 * starts are spent is FAILED with a reason, so no card stays in limbo; one that recorded how it ended
 * before it stopped ends that way, once.
 */
@LocalMode
class RecoverySweepTest extends ServiceTest {

    @Autowired
    CardStore cards;

    @Autowired
    RecoverySweep sweep;

    @Autowired
    RecoveryProperties properties;

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    ValuationCompletion completion;

    @Autowired
    ValuationRequests valuationRequests;

    @Autowired
    OutboxRelay relay;

    @Autowired
    RecentEvents events;

    @Test
    void aStrandedRunIsQueuedAgainAndOneWhoseAttemptsAreSpentIsFailed() {
        String owner = "sweep-" + UUID.randomUUID();
        Card spent = stranded(owner, properties.maxAttempts());
        Card lost = stranded(owner, 1);

        sweep.sweep();

        Card failed = cards.get(owner, spent.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(CardStatus.FAILED);
        assertThat(failed.run()).isNull();
        assertThat(failed.failure().stage()).isEqualTo("recovery");
        assertThat(failed.failure().code()).isEqualTo(FailureCode.VALUATION_INCOMPLETE);
        assertThat(failed.failure().reason()).contains("did not finish after " + properties.maxAttempts() + " attempts");
        DeadLetter letter = deadLetters.find("run-" + spent.run().runId())
                .orElseThrow(() -> new AssertionError("a card failed by the sweep has no dead letter"));
        assertThat(letter.cardId()).isEqualTo(spent.id());
        assertThat(letter.stage()).isEqualTo("recovery");
        assertThat(letter.reason()).isEqualTo(failed.failure().reason());

        Card requeued = cards.get(owner, lost.id()).orElseThrow();
        if (requeued.run() != null) {
            assertThat(requeued.run().runId()).as("queued again, same run").isEqualTo(lost.run().runId());
            assertThat(requeued.run().leaseUntil()).isAfter(Instant.now());
        } else {
            // the intake already ran it again: its photo was never uploaded, so that run failed on its own
            assertThat(requeued.status()).isEqualTo(CardStatus.FAILED);
            assertThat(requeued.failure().stage()).isNotEqualTo("recovery");
        }
    }

    @Test
    void aRunStoppedWhileWritingItsResultEndsValuedWithItsHistoryAndEventsEvenWithItsAttemptsSpent() {
        String owner = "sweep-" + UUID.randomUUID();
        Card spent = stranded(owner, properties.maxAttempts());
        Instant valuedAt = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MILLIS);
        Valuation valuation = new Valuation(new BigDecimal("10.00"), new BigDecimal("12.50"), new BigDecimal("15.00"),
                "USD", 0.8, valuedAt, "three recent sales", List.of(), List.of(), "test");
        Identity identity = new Identity("Pikachu", "Base", "58", "102", "base1-58", "Common", null, 0.9, Map.of(),
                List.of());
        Authenticity authenticity = new Authenticity(0.9, "likely-genuine", List.of(), "looks right");
        // the first step of the run's end landed, then the worker died before the card took the result
        cards.update(spent.withRun(spent.run().withOutcome(
                RunOutcome.valued(identity, valuation, authenticity, "etag-1", valuedAt, "NM"))));

        sweep.sweep();
        relay.relay();

        Card valued = cards.get(owner, spent.id()).orElseThrow();
        assertThat(valued.status()).isEqualTo(CardStatus.VALUED);
        assertThat(valued.run()).isNull();
        assertThat(valued.valuation()).isEqualTo(valuation);
        assertThat(valued.identity()).isEqualTo(identity);
        assertThat(valued.photoEtag()).isEqualTo("etag-1");
        assertThat(cards.history(owner, spent.id())).singleElement().satisfies(entry -> {
            assertThat(entry.runId()).isEqualTo(spent.run().runId());
            assertThat(entry.fair()).isEqualByComparingTo("12.50");
            assertThat(entry.recordedAt()).isEqualTo(valuedAt);
        });
        assertThat(eventTypesOf(spent.run().runId())).containsExactly(ValuationEvents.VALUATION_COMPLETED);
        assertThat(deadLetters.find("run-" + spent.run().runId())).as("a valued run has no dead letter").isEmpty();
    }

    @Test
    void aFailureOfARunThatRecordedItsResultEndsItWithTheResult() {
        String owner = "sweep-" + UUID.randomUUID();
        Card running = stranded(owner, 1);
        Instant valuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Valuation valuation = new Valuation(null, null, null, null, 0.0, valuedAt, "no sales", List.of(), List.of(),
                "test");
        Authenticity authenticity = new Authenticity(0.0, "inconclusive", List.of(), "no signals");
        cards.update(running.withRun(running.run().withOutcome(
                RunOutcome.valued(null, valuation, authenticity, null, valuedAt, null))));
        ValuationRequest request = new ValuationRequest(running.id(), owner, running.key(), running.run().runId(),
                Reason.RECOVER);

        // a retry of the run's last writes that ran out: its events may be out, the run cannot fail now
        completion.fail(request, FailureCode.VALUATION_FAILED, "the store did not answer", "pipeline");
        completion.fail(request, FailureCode.VALUATION_FAILED, "the store did not answer", "pipeline");
        relay.relay();

        Card ended = cards.get(owner, running.id()).orElseThrow();
        assertThat(ended.status()).isEqualTo(CardStatus.VALUED);
        assertThat(ended.failure()).isNull();
        assertThat(cards.history(owner, running.id())).hasSize(1);
        assertThat(eventTypesOf(running.run().runId())).containsExactly(ValuationEvents.VALUATION_COMPLETED);
    }

    @Test
    void aRunStoppedWhileWritingItsFailureEndsFailedOnceAndIsNotRunAgain() {
        String owner = "sweep-" + UUID.randomUUID();
        Card lost = stranded(owner, 1);
        Failure failure = new Failure(FailureCode.PHOTO_DAMAGED, "The JPEG file is damaged or truncated.", "photo-check",
                Instant.now());
        cards.update(lost.withRun(lost.run().withOutcome(RunOutcome.failed(failure))));

        sweep.sweep();
        relay.relay();

        Card failed = cards.get(owner, lost.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(CardStatus.FAILED);
        assertThat(failed.run()).as("finished, not queued again").isNull();
        assertThat(failed.failure()).isEqualTo(failure);
        assertThat(cards.history(owner, lost.id())).isEmpty();
        assertThat(eventTypesOf(lost.run().runId())).containsExactly(ValuationEvents.VALUATION_FAILED);
        assertThat(events.recent(10_000)).filteredOn(event -> event.detail().contains(lost.run().runId()))
                .singleElement().satisfies(event -> assertThat(event.detail()).contains("\"code\":\"photo-damaged\""));
    }

    @Test
    void aRunDeliveredAgainAfterItRecordedItsOutcomeIsWrittenOutNotRunAgain() throws InterruptedException {
        String owner = "sweep-" + UUID.randomUUID();
        Card created = cards.create(owner, "uploads/" + owner + "/" + UUID.randomUUID() + ".jpg", null, Hints.NONE).card();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Valuation valuation = new Valuation(null, null, null, null, 0.0, now, "no sales", List.of(), List.of(), "test");
        Authenticity authenticity = new Authenticity(0.0, "inconclusive", List.of(), "no signals");
        // queued again with its outcome recorded; its photo was never uploaded, so a run that started
        // over would fail its photo check and leave a dead letter
        Card queued = cards.update(created.withStatus(CardStatus.PROCESSING).withRun(new ValuationRun(
                UUID.randomUUID().toString(), ValuationRun.State.QUEUED, 1, null, now, now.plus(Duration.ofMinutes(5)),
                RunOutcome.valued(null, valuation, authenticity, null, now, null))));

        valuationRequests.submit(new ValuationRequest(queued.id(), owner, queued.key(), queued.run().runId(),
                Reason.RECOVER));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Card ended = cards.get(owner, queued.id()).orElseThrow();
        while (ended.run() != null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            ended = cards.get(owner, queued.id()).orElseThrow();
        }
        assertThat(ended.status()).isEqualTo(CardStatus.VALUED);
        assertThat(ended.valuation()).isEqualTo(valuation);
        assertThat(cards.history(owner, queued.id())).hasSize(1);
        assertThat(deadLetters.find("run-" + queued.run().runId())).as("not run again").isEmpty();
    }

    private List<String> eventTypesOf(String runId) {
        return events.recent(10_000).stream().filter(event -> event.detail().contains(runId))
                .map(RecentEvents.PublishedEvent::type).toList();
    }

    private Card stranded(String owner, int attempts) {
        Card created = cards.create(owner, "uploads/" + owner + "/" + UUID.randomUUID() + ".jpg", null, Hints.NONE).card();
        Instant now = Instant.now();
        return cards.update(created.withStatus(CardStatus.PROCESSING).withRun(new ValuationRun(UUID.randomUUID().toString(),
                ValuationRun.State.RUNNING, attempts, "a worker that died", now.minus(Duration.ofMinutes(10)),
                now.minus(Duration.ofMinutes(1)))));
    }
}

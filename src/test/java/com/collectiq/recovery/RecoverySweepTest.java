package com.collectiq.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Hints;
import com.collectiq.card.ValuationRun;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;

/**
 * The recovery sweep over runs whose lease ran out (a killed worker, a lost message, a message SQS's
 * redrive policy moved away): one with starts left is queued again under the same run id, one whose
 * starts are spent is FAILED with a reason, so no card stays in limbo.
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

    private Card stranded(String owner, int attempts) {
        Card created = cards.create(owner, "uploads/" + owner + "/" + UUID.randomUUID() + ".jpg", null, Hints.NONE).card();
        Instant now = Instant.now();
        return cards.update(created.withStatus(CardStatus.PROCESSING).withRun(new ValuationRun(UUID.randomUUID().toString(),
                ValuationRun.State.RUNNING, attempts, "a worker that died", now.minus(Duration.ofMinutes(10)),
                now.minus(Duration.ofMinutes(1)))));
    }
}

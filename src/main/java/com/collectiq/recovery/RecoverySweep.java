package com.collectiq.recovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.Card;
import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardStore;
import com.collectiq.card.FailureCode;
import com.collectiq.card.StaleCardException;
import com.collectiq.card.ValuationRequests;
import com.collectiq.card.ValuationRequests.Reason;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.card.ValuationRun;
import com.collectiq.valuation.ValuationCompletion;

/**
 * Finds runs that were accepted and never finished (a lost message, a crashed or killed worker) and
 * queues them again, or fails the card when its attempts are spent, so no card stays in limbo; a
 * run stopped while writing out its recorded outcome is finished with it.
 * Several instances may sweep at once: every change is a conditional write, and a run sent twice is
 * claimed once.
 */
@Component("recoverySweep")
public class RecoverySweep {

    private static final Logger log = LoggerFactory.getLogger(RecoverySweep.class);
    /** Far enough ahead to cover every lease, near enough for every store's date range. */
    private static final Duration EVERYTHING = Duration.ofDays(3650);
    private static final String RECOVERY = "recovery";

    private final CardStore cards;
    private final ValuationRequests requests;
    private final ValuationCompletion completion;
    private final DeadLetterChannel deadLetters;
    private final RecoveryProperties properties;
    private final Clock clock;
    private final AtomicBoolean firstSweep = new AtomicBoolean(true);

    public RecoverySweep(CardStore cards, ValuationRequests requests, ValuationCompletion completion,
            DeadLetterChannel deadLetters, RecoveryProperties properties, Clock clock) {
        this.cards = cards;
        this.requests = requests;
        this.completion = completion;
        this.deadLetters = deadLetters;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass; returns how many runs it re-queued or failed. */
    public int sweep() {
        Instant now = clock.instant();
        boolean resumeAll = firstSweep.getAndSet(false) && properties.resumeOnStart();
        // on a local restart nothing else can be running those runs: take them all, lease or not
        Instant horizon = resumeAll ? now.plus(EVERYTHING) : now;
        List<Card> stranded = cards.findExpiredRuns(horizon, properties.batch());
        int handled = 0;
        for (Card card : stranded) {
            if (recover(card, now)) {
                handled++;
            }
        }
        if (handled > 0) {
            log.info("recovery sweep re-queued or failed {} of {} stranded runs", handled, stranded.size());
        }
        return handled;
    }

    private boolean recover(Card card, Instant now) {
        ValuationRun run = card.run();
        if (run.outcome() != null) {
            // the run ended and was stopped writing that out: it ends as it recorded, never again
            return finish(card);
        }
        ValuationRequest request = new ValuationRequest(card.id(), card.owner(), card.key(), run.runId(),
                Reason.RECOVER);
        if (run.attempts() >= properties.maxAttempts()) {
            String reason = "The valuation did not finish after " + run.attempts() + " attempts: revalue the card"
                    + " later (POST /cards/{id}/revalue); operators can also re-drive it.";
            // the letter first, as the dead-letter channel does: a FAILED card always has one
            deadLetters.keepRun(request, RECOVERY, reason, null);
            completion.fail(request, FailureCode.VALUATION_INCOMPLETE, reason, RECOVERY);
            return true;
        }
        ValuationRun requeued = new ValuationRun(run.runId(), ValuationRun.State.QUEUED, run.attempts(), null,
                run.requestedAt(), now.plus(properties.requeueGrace()));
        try {
            cards.update(card.withRun(requeued));
        } catch (StaleCardException anotherSweeperOrWorker) {
            return false;
        }
        requests.submit(request);
        return true;
    }

    private boolean finish(Card recorded) {
        try {
            completion.finish(recorded);
            return true;
        } catch (StaleCardException | CardNotFoundException anotherSweeperOrDeleted) {
            return false;
        }
    }
}

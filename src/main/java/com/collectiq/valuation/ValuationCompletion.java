package com.collectiq.valuation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.Authenticity;
import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Failure;
import com.collectiq.card.FailureCode;
import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.card.RunOutcome;
import com.collectiq.card.StaleCardException;
import com.collectiq.card.Valuation;
import com.collectiq.card.ValuationRun;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.events.EventOutbox;
import com.collectiq.repricing.RepricingPace;

/**
 * The end of a run, in two steps that are each one conditional write of the card: first the run's
 * outcome (its result, or its failure) is recorded on the card's run, then its events and price
 * history entry are written from it (keyed by the run id, so a replay writes nothing twice) and the
 * card takes the outcome. A crash between the steps leaves the outcome on the card: a replay of the
 * run, a failure of the run or the recovery sweep finishes it with that outcome, so the card, its
 * history and its events always tell one outcome per run. A run superseded meanwhile (the owner
 * corrected a hint and a newer run was queued) leaves the card to the newer run.
 */
@Component("valuationCompletion")
public class ValuationCompletion {

    private static final Logger log = LoggerFactory.getLogger(ValuationCompletion.class);
    private static final int ATTEMPTS = 5;

    private final CardStore cards;
    private final EventOutbox outbox;
    private final ValuationEvents events;
    private final ValueEffects effects;
    private final RepricingPace repricing;
    private final Clock clock;

    public ValuationCompletion(CardStore cards, EventOutbox outbox, ValuationEvents events, ValueEffects effects,
            RepricingPace repricing, Clock clock) {
        this.cards = cards;
        this.outbox = outbox;
        this.events = events;
        this.effects = effects;
        this.repricing = repricing;
        this.clock = clock;
    }

    /** Writes the valued card; returns it, or null when the run was superseded. */
    public Card complete(PipelineRun run) {
        return end(run.request().owner(), run.card(), run.request().runId(), card -> valued(run, card));
    }

    /**
     * Marks the card FAILED with a reason a person can read, unless a newer run owns it now or the run
     * recorded its outcome before (then it ends with that). Safe to call again for the same run.
     */
    public void fail(ValuationRequest request, FailureCode code, String reason, String stage) {
        Failure failure = new Failure(code, reason, stage, clock.instant());
        try {
            cards.get(request.owner(), request.cardId())
                    .ifPresent(card -> end(request.owner(), card, request.runId(), ignored -> RunOutcome.failed(failure)));
        } catch (StaleCardException keptChanging) {
            // the run's lease still ends: the recovery sweep fails it (or finishes what was recorded) then
            log.warn("card {} kept changing while run {} failed; left to the recovery sweep", request.cardId(),
                    request.runId());
        }
    }

    /**
     * Writes out the outcome recorded on the card's run: events, history entry (for a result), then
     * the card. Each write is safe to repeat; a stale card throws {@link StaleCardException} and
     * changes nothing.
     */
    public Card finish(Card recorded) {
        ValuationRun run = recorded.run();
        RunOutcome outcome = run.outcome();
        if (outcome.failure() != null) {
            Card failed = recorded.withStatus(CardStatus.FAILED).withFailure(outcome.failure()).withRun(null);
            outbox.add(events.failed(failed, run.runId(), outcome.failure()));
            return cards.update(failed);
        }
        Card valued = recorded.withResult(outcome.identity(), outcome.valuation(), outcome.authenticity())
                .withStatus(CardStatus.VALUED).withFailure(null).withRun(null).withPhotoEtag(outcome.photoEtag())
                .withRepricing(repricing.after(recorded.owner(), outcome.at(), outcome.conditionEstimate()));
        Valuation valuation = outcome.valuation();
        events.completed(recorded, valued, run.runId(), outcome.at()).forEach(outbox::add);
        effects.valueSet(valued, run.runId(), outcome.at());
        cards.appendHistory(recorded.owner(), recorded.id(), new PriceHistoryEntry(run.runId(), outcome.at(),
                valuation.low(), valuation.fair(), valuation.high(), valuation.currency(), valuation.confidence()));
        Card written = cards.update(valued);
        effects.written(written);
        return written;
    }

    /** Records the run's outcome (the first recorded stands) and writes it out; null when superseded. */
    private Card end(String owner, Card card, String runId, Function<Card, RunOutcome> outcomeFor) {
        Card current = card;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (current.run() == null || !runId.equals(current.run().runId())) {
                log.info("run {} of card {} was superseded; its outcome is dropped", runId, current.id());
                return null;
            }
            try {
                Card recorded = current.run().outcome() != null ? current
                        : cards.update(current.withRun(current.run().withOutcome(outcomeFor.apply(current))));
                return finish(recorded);
            } catch (StaleCardException raced) {
                current = cards.get(owner, current.id()).orElse(null);
                if (current == null) {
                    return null;
                }
            }
        }
        throw new StaleCardException("card " + card.id() + " kept changing while run " + runId + " ended");
    }

    private RunOutcome valued(PipelineRun run, Card current) {
        Instant now = clock.instant();
        Valuation valuation = Optional.ofNullable(run.valuation()).orElseGet(() -> new Valuation(null, null, null,
                null, 0.0, now, "No value: the pricing agent did not answer in time.", List.of(), List.of(),
                "valuation pipeline"));
        Authenticity authenticity = Optional.ofNullable(run.authenticity()).orElseGet(() -> new Authenticity(0.0,
                "inconclusive", List.of(), "The authenticity agent did not answer in time."));
        // the etag the run was queued for (from the upload event) stays; a run queued without one
        // (POST /cards, revalue) records the etag of the photo it read
        String etag = current.photoEtag() != null ? current.photoEtag() : run.photoEtag();
        return RunOutcome.valued(run.identification().identity(), valuation, authenticity, etag, now,
                PricingRequests.rawScale(run.front().features().condition()));
    }
}

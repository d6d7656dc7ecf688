package com.collectiq.valuation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.Authenticity;
import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Failure;
import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.card.StaleCardException;
import com.collectiq.card.Valuation;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.events.EventOutbox;
import com.collectiq.events.PendingEvent;

/**
 * The end of a run: the card, its price history and its events are written so that a replay of the
 * same run writes nothing twice (history and events are keyed by the run id; the card write is
 * conditional on its version and on the run still being this one). A run superseded meanwhile (the
 * owner corrected a hint and a newer run was queued) leaves the card to the newer run.
 */
@Component("valuationCompletion")
public class ValuationCompletion {

    private static final Logger log = LoggerFactory.getLogger(ValuationCompletion.class);
    private static final int ATTEMPTS = 5;

    private final CardStore cards;
    private final EventOutbox outbox;
    private final ValuationEvents events;
    private final Clock clock;

    public ValuationCompletion(CardStore cards, EventOutbox outbox, ValuationEvents events, Clock clock) {
        this.cards = cards;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** Writes the valued card; returns it, or null when the run was superseded. */
    public Card complete(PipelineRun run) {
        Instant now = clock.instant();
        String runId = run.request().runId();
        Valuation valuation = Optional.ofNullable(run.valuation()).orElseGet(() -> new Valuation(null, null, null,
                null, 0.0, now, "No value: the pricing agent did not answer in time.", List.of(), List.of(),
                "valuation pipeline"));
        Authenticity authenticity = Optional.ofNullable(run.authenticity()).orElseGet(() -> new Authenticity(0.0,
                "inconclusive", List.of(), "The authenticity agent did not answer in time."));
        Card current = run.card();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (current.run() == null || !runId.equals(current.run().runId())) {
                log.info("run {} of card {} was superseded; its result is dropped", runId, current.id());
                return null;
            }
            // the etag the run was queued for (from the upload event) stays; a run queued without one
            // (POST /cards, revalue) records the etag of the photo it read
            String etag = current.photoEtag() != null ? current.photoEtag() : run.photoEtag();
            Card valued = current.withResult(run.identification().identity(), valuation, authenticity)
                    .withStatus(CardStatus.VALUED).withFailure(null).withRun(null).withPhotoEtag(etag);
            events.completed(current, valued, runId, now).forEach(outbox::add);
            cards.appendHistory(current.owner(), current.id(), new PriceHistoryEntry(runId, now, valuation.low(),
                    valuation.fair(), valuation.high(), valuation.currency(), valuation.confidence()));
            try {
                return cards.update(valued);
            } catch (StaleCardException raced) {
                current = cards.get(current.owner(), current.id()).orElse(null);
                if (current == null) {
                    return null;
                }
            }
        }
        throw new StaleCardException("card " + run.card().id() + " kept changing while run " + runId + " completed");
    }

    /**
     * Marks the card FAILED with a reason a person can read, unless a newer run owns it now. Safe to
     * call again for the same run.
     */
    public void fail(ValuationRequest request, String reason, String stage) {
        Instant now = clock.instant();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Card> found = cards.get(request.owner(), request.cardId());
            if (found.isEmpty() || found.get().run() == null || !request.runId().equals(found.get().run().runId())) {
                return;
            }
            Failure failure = new Failure(reason, stage, now);
            Card failed = found.get().withStatus(CardStatus.FAILED).withFailure(failure).withRun(null);
            PendingEvent event = events.failed(failed, request.runId(), failure);
            outbox.add(event);
            try {
                cards.update(failed);
                return;
            } catch (StaleCardException raced) {
                log.debug("card {} changed while failing run {}; trying again", request.cardId(), request.runId());
            }
        }
    }
}

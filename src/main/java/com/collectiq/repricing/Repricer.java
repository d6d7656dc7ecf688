package com.collectiq.repricing;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.Card;
import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.card.Repricing;
import com.collectiq.card.StaleCardException;
import com.collectiq.card.Valuation;
import com.collectiq.events.EventOutbox;
import com.collectiq.pricing.PricingRequest;
import com.collectiq.valuation.PricingRequests;
import com.collectiq.valuation.ValuationEvents;
import com.collectiq.valuation.ValueEffects;

/**
 * One card's reprice (routes/repricing.yaml): pricing alone, rerun on the stored identity, hints and
 * condition estimate; no photo is read and no text extracted. A move of the fair value (see
 * {@link ValueMove}) writes one history entry and its events, keyed by the reprice's run id so a retry
 * writes them once; then the card takes the new valuation and its next due date. No move writes only
 * the next due date.
 */
@Component("repricer")
public class Repricer {

    private static final Logger log = LoggerFactory.getLogger(Repricer.class);

    private final CardStore cards;
    private final EventOutbox outbox;
    private final ValuationEvents events;
    private final ValueEffects effects;
    private final RepricingProperties properties;
    private final RepricingPace pace;
    private final Clock clock;

    public Repricer(CardStore cards, EventOutbox outbox, ValuationEvents events, ValueEffects effects,
            RepricingProperties properties, RepricingPace pace, Clock clock) {
        this.cards = cards;
        this.outbox = outbox;
        this.events = events;
        this.effects = effects;
        this.properties = properties;
        this.pace = pace;
        this.clock = clock;
    }

    /** The reprice to do, or null when the card no longer carries this claim (done, re-claimed, being valued, gone). */
    public RepriceRun claim(RepriceRequest request) {
        Card card = cards.get(request.owner(), request.cardId()).orElse(null);
        if (card == null || !holdsClaim(card, request)) {
            log.info("reprice {} of card {} skipped: the card no longer carries its claim", request.runId(),
                    request.cardId());
            return null;
        }
        return new RepriceRun(request, card);
    }

    public PricingRequest pricingRequest(RepriceRun run) {
        Card card = run.card();
        return PricingRequests.forReprice(card.identity(), card.hints(), card.repricing().conditionEstimate(),
                cards.history(card.owner(), card.id()));
    }

    /** Writes the reprice's outcome; returns the card as written, or null when it changed hands meanwhile. */
    public Card complete(RepriceRun run, Valuation repriced) {
        Card before = run.card();
        String runId = run.request().runId();
        Instant now = clock.instant();
        boolean hadLiveValue = before.valuation() != null && before.valuation().fair() != null
                && !before.valuation().fromSamplePrices();
        if (hadLiveValue && repriced.fromSamplePrices()) {
            // no live source answered (rate limit, outage): sample prices are no news of the market
            return keepValue(before, runId, now.plus(properties.claim()), "no live price source answered");
        }
        if (hadLiveValue && repriced.fair() == null) {
            // the sources answered with nothing usable today: the last market value stays the best one
            return keepValue(before, runId, now.plus(pace.every(before.owner())), "the sources gave no value");
        }
        boolean moved = ValueMove.moved(before.valuation(), repriced, properties.minChange());
        Card after = before.withResult(before.identity(), moved ? repriced : before.valuation(), before.authenticity())
                .withRepricing(before.repricing().done(now, pace.every(before.owner())));
        try {
            if (moved) {
                events.repriced(before, after, runId, now).forEach(outbox::add);
                effects.valueSet(after, runId, now);
                cards.appendHistory(before.owner(), before.id(), new PriceHistoryEntry(runId, now, repriced.low(),
                        repriced.fair(), repriced.high(), repriced.currency(), repriced.confidence()));
            }
            Card written = cards.update(after);
            // moved or not, the day's snapshot of the collection is kept (at most once per refresh)
            effects.written(written);
            log.info("repriced card {} ({}): fair {} -> {} {}{}", before.id(), runId, fair(before.valuation()),
                    fair(repriced), repriced.currency(), moved ? "" : ", no move recorded");
            return written;
        } catch (StaleCardException | CardNotFoundException changedOrGone) {
            // the owner corrected or deleted the card, or a valuation run began (it prices the card);
            // a history entry written just before stays: it is what the market said at that time
            log.info("reprice {} of card {} dropped: the card changed while it was priced", runId, before.id());
            return null;
        }
    }

    private Card keepValue(Card card, String runId, Instant next, String why) {
        log.info("reprice {} of card {}: {}; the card keeps its value and is repriced again at {}", runId, card.id(),
                why, next);
        try {
            return cards.update(card.withRepricing(new Repricing(next, card.repricing().conditionEstimate(), null)));
        } catch (StaleCardException | CardNotFoundException changedOrGone) {
            return null;
        }
    }

    private static boolean holdsClaim(Card card, RepriceRequest request) {
        Repricing repricing = card.repricing();
        return card.status() == CardStatus.VALUED && card.run() == null && repricing != null
                && request.runId().equals(repricing.runId()) && request.claimedUntil().equals(repricing.due());
    }

    private static Object fair(Valuation valuation) {
        return valuation == null ? null : valuation.fair();
    }
}

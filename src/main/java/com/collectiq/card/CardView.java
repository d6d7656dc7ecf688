package com.collectiq.card;

import java.time.Instant;

import com.collectiq.currency.ExchangeRates;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A card as clients see it ({@code GET /cards/{id}}): the names in DESIGN.md are a contract.
 * {@code failure} is always present, null unless the card FAILED. {@code nextRepriceAt}: when a valued
 * card is next priced again (routes/repricing.yaml). {@code slot}: which card of a photo of several this
 * is (0-based, in reading order; {@code GET /cards?photo=} lists them all), null for a photo of one card.
 */
public record CardView(
        String id,
        String key,
        String backKey,
        CardStatus status,
        Instant createdAt,
        Instant updatedAt,
        Hints hints,
        Identity identity,
        ValuationView valuation,
        Authenticity authenticity,
        @JsonInclude(JsonInclude.Include.ALWAYS) Failure failure,
        RunView run,
        Instant nextRepriceAt,
        Integer slot,
        long version) {

    /** The card's unfinished run, if any. */
    public record RunView(String runId, ValuationRun.State status, int attempts, Instant requestedAt) {
    }

    /** The card, its valuation also shown in {@code currency} at {@code rates} ({@code valuation.display}). */
    public static CardView of(Card card, String currency, ExchangeRates rates) {
        ValuationRun run = card.run();
        return new CardView(card.id(), card.key(), card.backKey(), card.status(), card.createdAt(), card.updatedAt(),
                card.hints(), card.identity(), ValuationView.of(card.valuation(), currency, rates), card.authenticity(),
                card.failure(),
                run == null ? null : new RunView(run.runId(), run.state(), run.attempts(), run.requestedAt()),
                card.status() == CardStatus.VALUED && card.repricing() != null ? card.repricing().due() : null,
                card.slot() == null ? null : card.slot().index(), card.version());
    }

    /**
     * A strong validator that changes with every write, so clients can poll with If-None-Match, and
     * with what the display depends on: the caller's currency and the day and source of the rates.
     */
    public String etag() {
        ValuationView.ValuationDisplay display = valuation == null ? null : valuation.display();
        String shown = display == null ? "" : "-" + display.currency() + "-" + display.rateDate() + "-" + display.rateSource();
        return "\"" + id + "-" + version + shown + "\"";
    }
}

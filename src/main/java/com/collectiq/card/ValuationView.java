package com.collectiq.card;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.collectiq.currency.ExchangeRates;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A card's valuation as clients see it: the stored valuation, unchanged in its own currency, and
 * {@code display}, the same range in the caller's currency. {@code display} is absent when there is
 * no fair value or the rates cover one of the two currencies no longer.
 */
public record ValuationView(@JsonUnwrapped Valuation valuation, ValuationDisplay display) {

    /**
     * The range in {@code currency} at {@code rate} (one unit of the valuation's currency in it, 1
     * when they are the same), from the reference rates of {@code rateDate}; {@code rateSource} says
     * whether those are the ECB's feed ({@code ECB}) or the bundled fallback ({@code BUNDLED}).
     */
    public record ValuationDisplay(String currency, BigDecimal low, BigDecimal fair, BigDecimal high, BigDecimal rate,
            LocalDate rateDate, ExchangeRates.RateSource rateSource) {
    }

    static ValuationView of(Valuation valuation, String currency, ExchangeRates rates) {
        if (valuation == null) {
            return null;
        }
        if (valuation.fair() == null) {
            return new ValuationView(valuation, null);
        }
        return new ValuationView(valuation, rates.convert(valuation.fair(), valuation.currency(), currency)
                .map(fair -> new ValuationDisplay(currency, convert(valuation.low(), valuation.currency(), currency, rates),
                        fair.amount(), convert(valuation.high(), valuation.currency(), currency, rates), fair.rate(),
                        fair.rateDate(), fair.source()))
                .orElse(null));
    }

    private static BigDecimal convert(BigDecimal amount, String from, String to, ExchangeRates rates) {
        return amount == null ? null : rates.convert(amount, from, to).map(ExchangeRates.Converted::amount).orElse(null);
    }
}

package com.collectiq.card;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.collectiq.currency.ExchangeRates;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * {@code GET /portfolio}: the owner's totals per currency, unchanged, and {@code display}, one total
 * in the owner's currency (docs/valuation.md, "Shown in the collector's currency").
 */
public record PortfolioView(@JsonUnwrapped Portfolio portfolio, PortfolioDisplay display) {

    /**
     * The per-currency totals converted into {@code currency} and added up: {@code fair} and
     * {@code changeSincePreviousDay}, each per-currency total rounded to {@code currency}'s minor
     * digits before the sum; {@code rates} the rate used for each currency (one unit of it in
     * {@code currency}), of {@code rateDate}, from {@code rateSource}. A currency the rates do not
     * cover is left out of both and listed in {@code notConverted} (absent when there is none).
     */
    public record PortfolioDisplay(String currency, BigDecimal fair, BigDecimal changeSincePreviousDay,
            Map<String, BigDecimal> rates, LocalDate rateDate, ExchangeRates.RateSource rateSource,
            List<String> notConverted) {
    }

    static PortfolioView of(Portfolio portfolio, String currency, ExchangeRates rates) {
        // zero in the owner's currency, at its minor digits; none when the rates do not cover it
        BigDecimal zero = rates.convert(BigDecimal.ZERO, currency, currency).map(ExchangeRates.Converted::amount)
                .orElse(null);
        if (zero == null) {
            return new PortfolioView(portfolio, null);
        }
        Map<String, BigDecimal> used = new TreeMap<>();
        List<String> notConverted = new ArrayList<>();
        BigDecimal fair = sum(portfolio.totalFair(), currency, rates, zero, used, notConverted);
        BigDecimal change = sum(portfolio.changeSincePreviousDay(), currency, rates, zero, used, new ArrayList<>());
        return new PortfolioView(portfolio, new PortfolioDisplay(currency, fair, change, used, rates.date(), rates.source(),
                notConverted.isEmpty() ? null : notConverted));
    }

    private static BigDecimal sum(Map<String, BigDecimal> totals, String currency, ExchangeRates rates, BigDecimal zero,
            Map<String, BigDecimal> used, List<String> notConverted) {
        BigDecimal sum = zero;
        for (Map.Entry<String, BigDecimal> total : totals.entrySet()) {
            var converted = rates.convert(total.getValue(), total.getKey(), currency);
            if (converted.isPresent()) {
                sum = sum.add(converted.get().amount());
                used.put(total.getKey(), converted.get().rate());
            } else {
                notConverted.add(total.getKey());
            }
        }
        return sum;
    }
}

package com.collectiq.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Converts prices into the valuation currency with configured rates of a stated date, never live
 * rates: a valuation must be reproducible and say which rates it used. A rate is the value of one
 * unit of the foreign currency in the valuation currency ({@code EUR=1.08}: 1 EUR is 1.08 USD).
 */
public final class CurrencyRates {

    private final String currency;
    private final Map<String, BigDecimal> rates;
    private final LocalDate asOf;

    public CurrencyRates(String currency, Map<String, BigDecimal> rates, LocalDate asOf) {
        this.currency = currency.toUpperCase(Locale.ROOT);
        this.rates = new TreeMap<>(rates.entrySet().stream().collect(
                Collectors.toMap(e -> e.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue)));
        this.rates.put(this.currency, BigDecimal.ONE);
        this.asOf = asOf;
        this.rates.forEach((code, rate) -> {
            if (rate == null || rate.signum() <= 0) {
                throw new IllegalArgumentException("the rate of " + code + " must be positive");
            }
        });
    }

    /** The valuation currency, an ISO 4217 code. */
    public String currency() {
        return currency;
    }

    /** Digits after the decimal point in the valuation currency (2 for USD and EUR, 0 for JPY). */
    public int minorDigits() {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The rate from {@code from} into the valuation currency; empty when none is configured. */
    public Optional<BigDecimal> rate(String from) {
        return from == null ? Optional.empty() : Optional.ofNullable(rates.get(from.toUpperCase(Locale.ROOT)));
    }

    /** How a valuation states the rates it used, e.g. {@code 1 EUR = 1.08 USD (rates of 2026-11-01)}. */
    public String describe(Iterable<String> used) {
        StringBuilder text = new StringBuilder();
        for (String code : used) {
            if (!code.equalsIgnoreCase(currency)) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append("1 ").append(code).append(" = ").append(rates.get(code).toPlainString())
                        .append(' ').append(currency);
            }
        }
        return text.length() == 0 ? "" : text.append(" (rates of ").append(asOf).append(')').toString();
    }
}

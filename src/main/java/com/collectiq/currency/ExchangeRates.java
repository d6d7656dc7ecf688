package com.collectiq.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One day's reference rates, euro-based as the European Central Bank publishes them: {@code perEuro}
 * holds how many units of each currency one euro buys ({@code USD=1.0512}); EUR itself is 1. Any other
 * pair is a cross rate through the euro. {@code source} says where they came from: the live feed or
 * the bundled fallback.
 */
public record ExchangeRates(LocalDate date, Map<String, BigDecimal> perEuro, RateSource source) {

    /** Where a set of rates came from; shown beside every converted amount. */
    public enum RateSource {
        /** The ECB's daily feed ({@code collectiq.currency.rates-url}). */
        ECB,
        /** {@code currency/eurofxref-fallback.xml} in the jar: used until the feed answers. */
        BUNDLED
    }

    public static final String EURO = "EUR";

    /** A cross rate keeps six significant digits: what is shown is what the amounts were computed with. */
    private static final MathContext RATE_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    public ExchangeRates {
        TreeMap<String, BigDecimal> rates = new TreeMap<>(perEuro);
        rates.put(EURO, BigDecimal.ONE);
        perEuro = Collections.unmodifiableMap(rates);
    }

    /** The currencies these rates convert between, the euro included. */
    public Set<String> currencies() {
        return perEuro.keySet();
    }

    public boolean covers(String currency) {
        return currency != null && perEuro.containsKey(currency);
    }

    /**
     * {@code amount} of {@code from} in {@code to}, rounded half-even to {@code to}'s minor digits
     * (2 for USD, 0 for JPY), with the rate used; empty when either currency is not covered. The same
     * currency converts at rate 1.
     */
    public Optional<Converted> convert(BigDecimal amount, String from, String to) {
        return rate(from, to).map(rate -> new Converted(
                amount.multiply(rate).setScale(minorDigits(to), RoundingMode.HALF_EVEN), to, rate, date, source));
    }

    /** One unit of {@code from} in {@code to}, via the euro; empty when either is not covered. */
    public Optional<BigDecimal> rate(String from, String to) {
        if (!covers(from) || !covers(to)) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.of(perEuro.get(to).divide(perEuro.get(from), RATE_DIGITS).stripTrailingZeros());
    }

    private static int minorDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        // XAU and the like have none (-1): two, as a price would be shown
        return digits < 0 ? 2 : digits;
    }

    /** An amount converted into {@code currency} at {@code rate} (one unit of the original in it). */
    public record Converted(BigDecimal amount, String currency, BigDecimal rate, LocalDate rateDate, RateSource source) {
    }
}

package com.collectiq.card;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the market pays for the card: a range in one currency, how sure we are and why. */
public record Valuation(
        BigDecimal low,
        BigDecimal fair,
        BigDecimal high,
        String currency,
        double confidence,
        Instant asOf,
        String summary,
        List<Source> sources,
        List<Comparable> comparables) {

    /** A price source consulted and what came of it ({@code ok}, {@code empty}, {@code failed}, …). */
    public record Source(String name, String outcome, String detail, boolean sample) {
    }

    /** One price point; {@code used} false with the reason it was dropped. */
    public record Comparable(String source, String description, BigDecimal price, String currency,
            boolean used, String reason) {
    }
}

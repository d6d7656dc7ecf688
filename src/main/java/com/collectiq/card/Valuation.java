package com.collectiq.card;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the market pays for the card: a range in one currency, how sure we are and why. The summary
 * is written by a narrator from the valuation's own facts; {@code summaryBy} says which one
 * ({@code local explainer}, {@code bedrock <model>}, or the local explainer with why the model's was not used).
 */
public record Valuation(
        BigDecimal low,
        BigDecimal fair,
        BigDecimal high,
        String currency,
        double confidence,
        Instant asOf,
        String summary,
        List<Source> sources,
        List<Comparable> comparables,
        String summaryBy) {

    /** Whether the bundled sample prices, which are not market data, priced this valuation. */
    public boolean fromSamplePrices() {
        return sources != null && sources.stream().anyMatch(source -> source.sample() && "ok".equals(source.outcome()));
    }

    /**
     * A price source consulted and what came of it ({@code ok}, {@code empty}, {@code failed},
     * {@code skipped}); {@code sample} marks the bundled sample prices, which are not market data.
     */
    public record Source(String name, String outcome, String detail, boolean sample, Long latencyMillis) {
    }

    /**
     * One price point; {@code used} false with the reason it was dropped. {@code price} is in the
     * valuation's currency and condition: the quoted price times {@code rate} (null when the
     * currency was already the valuation's) times {@code conditionFactor}; {@code weight} is what it
     * counted for in the statistics.
     */
    public record Comparable(String source, String description, BigDecimal price, String currency,
            boolean used, String reason, BigDecimal quotedPrice, String quotedCurrency, BigDecimal rate,
            BigDecimal conditionFactor, Double weight, LocalDate observedOn) {
    }
}

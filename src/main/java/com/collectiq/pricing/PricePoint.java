package com.collectiq.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One price a source quotes, as quoted: market ({@code tcgplayer}, {@code cardmarket},
 * {@code sample}), what the number is ({@code holofoil market}), amount and currency, the day it
 * was observed and how much the source's own kind of number is worth as evidence (its
 * reliability, in (0, 1]). Raw prices are for Near Mint cards; a graded price names grader and grade.
 * An undated price cannot be weighed for recency, so a source sets it aside instead.
 */
public record PricePoint(String market, String description, BigDecimal amount, String currency,
        LocalDate observedOn, double reliability, String grader, String grade) {

    public PricePoint {
        if (amount == null || currency == null || observedOn == null) {
            throw new IllegalArgumentException("a price needs an amount, a currency and a date: " + description);
        }
        if (!(reliability > 0 && reliability <= 1)) {
            throw new IllegalArgumentException("reliability must be in (0, 1]: " + reliability);
        }
    }

    public static PricePoint raw(String market, String description, BigDecimal amount, String currency,
            LocalDate observedOn, double reliability) {
        return new PricePoint(market, description, amount, currency, observedOn, reliability, null, null);
    }

    public boolean graded() {
        return grader != null;
    }
}

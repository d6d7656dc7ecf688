package com.collectiq.pricing;

import java.util.List;
import java.util.Locale;

/**
 * What a source answered: its outcome, a line saying why, the prices it offers and those it set
 * aside itself (another printing, say), whether they are sample data, and whether the source had
 * to guess the card's printing.
 */
public record SourceAnswer(Outcome outcome, String detail, List<PricePoint> prices, List<SetAside> setAside,
        boolean sample, boolean variantUncertain) {

    public enum Outcome {
        OK, EMPTY, FAILED, SKIPPED;

        /** The lower-case word the valuation's JSON uses. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A price the source did not offer for this card, and why. */
    public record SetAside(PricePoint price, String reason) {
    }

    public SourceAnswer {
        prices = List.copyOf(prices);
        setAside = List.copyOf(setAside);
    }

    public static SourceAnswer failed(String detail) {
        return new SourceAnswer(Outcome.FAILED, detail, List.of(), List.of(), false, false);
    }

    public static SourceAnswer empty(String detail) {
        return new SourceAnswer(Outcome.EMPTY, detail, List.of(), List.of(), false, false);
    }

    public static SourceAnswer skipped(String detail) {
        return new SourceAnswer(Outcome.SKIPPED, detail, List.of(), List.of(), false, false);
    }
}

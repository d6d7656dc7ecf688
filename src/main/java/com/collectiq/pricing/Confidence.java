package com.collectiq.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far to trust a valuation: the product of factors in [0, 1], each with the reason it is below 1.
 * A product, not an average, because each doubt stands on its own: three good comparables of a card
 * we may have misidentified are still a guess.
 */
public record Confidence(double value, List<Factor> factors) {

    /** Each failed source multiplies confidence by this: its prices might have moved the range. */
    static final double PER_FAILED_SOURCE = 0.8;
    static final double UNCERTAIN_VARIANT = 0.8;
    /** Sample data is a demonstration aid, not the market: at most half as sure as live prices. */
    static final double SAMPLE_DATA = 0.5;
    static final double CONDITION_ASSUMED = 0.9;
    static final double GRADED_FROM_RAW = 0.7;
    /** Comparables needed for the count factor to reach one half: {@code n / (n + 2)}. */
    static final double HALF_AT_COMPARABLES = 2;

    public static final Confidence NONE = new Confidence(0, List.of(new Factor("comparables", 0, "no comparable")));

    public record Factor(String name, double value, String reason) {
    }

    /** What the confidence is made of; ages in days, identification in [0, 1]. */
    public record Inputs(int comparables, double relativeSpread, double meanAgeDays, double staleHalfLifeDays,
            double identification, boolean variantUncertain, int failedSources, boolean sample,
            boolean conditionAssumed, boolean gradedFromRaw) {
    }

    public static Confidence of(Inputs in) {
        if (in.comparables() == 0) {
            return NONE;
        }
        List<Factor> factors = new ArrayList<>();
        factors.add(new Factor("comparables", in.comparables() / (in.comparables() + HALF_AT_COMPARABLES),
                in.comparables() + " comparable" + (in.comparables() == 1 ? "" : "s")));
        factors.add(new Factor("dispersion", 1 / (1 + in.relativeSpread()),
                "range is " + percent(in.relativeSpread()) + " of the fair value"));
        factors.add(new Factor("staleness", Math.pow(0.5, Math.max(0, in.meanAgeDays()) / in.staleHalfLifeDays()),
                String.format(Locale.ROOT, "prices are %.0f days old on average", in.meanAgeDays())));
        double identification = Math.max(0, Math.min(1, in.identification()));
        factors.add(new Factor("identification", identification,
                "identification confidence " + String.format(Locale.ROOT, "%.2f", identification)));
        if (in.variantUncertain()) {
            factors.add(new Factor("variant", UNCERTAIN_VARIANT, "the printing (variant) is uncertain"));
        }
        if (in.failedSources() > 0) {
            factors.add(new Factor("sources", Math.pow(PER_FAILED_SOURCE, in.failedSources()),
                    in.failedSources() + " source" + (in.failedSources() == 1 ? "" : "s") + " failed"));
        }
        if (in.sample()) {
            factors.add(new Factor("sample", SAMPLE_DATA, "bundled sample prices, not market data"));
        }
        if (in.conditionAssumed()) {
            factors.add(new Factor("condition", CONDITION_ASSUMED, "condition unknown, Near Mint assumed"));
        }
        if (in.gradedFromRaw()) {
            factors.add(new Factor("grading", GRADED_FROM_RAW, "no comparable of this grade, raw prices used"));
        }
        double product = factors.stream().mapToDouble(Factor::value).reduce(1, (a, b) -> a * b);
        return new Confidence(Math.round(product * 1000) / 1000.0, List.copyOf(factors));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}

package com.collectiq.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Low, fair and high from weighted comparables: the weighted 25th, 50th and 75th percentiles
 * ({@link WeightedQuantiles}) of the exact prices, rounded half-up to the currency's minor unit
 * only at the end. Rounding is monotone, so every value stays within the cheapest and dearest
 * comparable as shown (rounded the same way).
 */
public record PriceRange(BigDecimal low, BigDecimal fair, BigDecimal high) {

    public static final double LOW_QUANTILE = 0.25;
    public static final double FAIR_QUANTILE = 0.50;
    public static final double HIGH_QUANTILE = 0.75;

    public static PriceRange of(List<Observation> observations, int minorDigits) {
        WeightedQuantiles quantiles = new WeightedQuantiles(observations);
        return new PriceRange(
                quantiles.at(LOW_QUANTILE).setScale(minorDigits, RoundingMode.HALF_UP),
                quantiles.at(FAIR_QUANTILE).setScale(minorDigits, RoundingMode.HALF_UP),
                quantiles.at(HIGH_QUANTILE).setScale(minorDigits, RoundingMode.HALF_UP));
    }

    /** {@code (high - low) / fair}: how wide the range is for its level; 0 for a single price. */
    public double relativeSpread() {
        return high.subtract(low).doubleValue() / fair.doubleValue();
    }
}

package com.collectiq.pricing;

import java.math.BigDecimal;

/** One comparable as the statistics see it: a price in the valuation's currency and its weight. */
public record Observation(BigDecimal price, double weight) {

    public Observation {
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("a price must be positive: " + price);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("a weight must be positive and finite: " + weight);
        }
    }
}

package com.collectiq.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Tukey's fences: a price below {@code Q1 - 1.5 IQR} or above {@code Q3 + 1.5 IQR} is an outlier.
 * Quartiles are unweighted (linear interpolation between order statistics, Hyndman-Fan type 7):
 * a mislabelled listing must not escape the fence by sitting in a heavily weighted source. Under
 * {@value #MIN_PRICES} prices quartiles say nothing, so nothing is dropped.
 */
public final class OutlierFilter {

    static final int MIN_PRICES = 4;
    private static final BigDecimal FENCE_WIDTH = new BigDecimal("1.5");

    private OutlierFilter() {
    }

    /** The fences for these prices, or empty when there are too few to judge. */
    public static Optional<Fences> fences(List<BigDecimal> prices) {
        if (prices.size() < MIN_PRICES) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = prices.stream().sorted().toList();
        BigDecimal q1 = quartile(sorted, 1);
        BigDecimal q3 = quartile(sorted, 3);
        BigDecimal reach = q3.subtract(q1).multiply(FENCE_WIDTH);
        return Optional.of(new Fences(q1, q3, q1.subtract(reach), q3.add(reach)));
    }

    private static BigDecimal quartile(List<BigDecimal> sorted, int which) {
        BigDecimal position = BigDecimal.valueOf(sorted.size() - 1L).multiply(BigDecimal.valueOf(which))
                .divide(BigDecimal.valueOf(4), MathContext.DECIMAL64);
        int below = position.intValue();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        BigDecimal lower = sorted.get(below);
        if (fraction.signum() == 0) {
            return lower;
        }
        BigDecimal upper = sorted.get(below + 1);
        return lower.add(upper.subtract(lower).multiply(fraction), MathContext.DECIMAL64);
    }

    /** The quartiles and the fences drawn from them; prices on a fence are kept. */
    public record Fences(BigDecimal q1, BigDecimal q3, BigDecimal lower, BigDecimal upper) {

        public boolean admits(BigDecimal price) {
            return price.compareTo(lower) >= 0 && price.compareTo(upper) <= 0;
        }
    }
}

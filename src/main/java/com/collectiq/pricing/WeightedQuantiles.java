package com.collectiq.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;

/**
 * Weighted quantiles by the "weighted percentile" rule: sorted by price, observation {@code i}
 * stands at {@code p_i = (S_i - w_i / 2) / W}, where {@code S_i} is the cumulative weight up to and
 * including it and {@code W} the total; between two positions the price is interpolated linearly,
 * before the first or after the last it is that observation's price. With equal weights this is the
 * familiar median; a result always lies between the smallest and the largest price.
 */
public final class WeightedQuantiles {

    /** Ties in price are ordered by weight, so the input's order never changes a result. */
    private static final Comparator<Observation> ORDER =
            Comparator.comparing(Observation::price).thenComparingDouble(Observation::weight);

    private final List<Observation> sorted;
    private final double[] positions;

    public WeightedQuantiles(List<Observation> observations) {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("no observations");
        }
        this.sorted = observations.stream().sorted(ORDER).toList();
        double total = sorted.stream().mapToDouble(Observation::weight).sum();
        this.positions = new double[sorted.size()];
        double cumulative = 0;
        for (int i = 0; i < sorted.size(); i++) {
            double weight = sorted.get(i).weight();
            cumulative += weight;
            positions[i] = (cumulative - weight / 2) / total;
        }
    }

    /** The price at quantile {@code q} in [0, 1], unrounded. */
    public BigDecimal at(double q) {
        if (q <= positions[0]) {
            return sorted.get(0).price();
        }
        int last = sorted.size() - 1;
        if (q >= positions[last]) {
            return sorted.get(last).price();
        }
        int upper = 1;
        while (positions[upper] < q) {
            upper++;
        }
        BigDecimal low = sorted.get(upper - 1).price();
        BigDecimal high = sorted.get(upper).price();
        double fraction = (q - positions[upper - 1]) / (positions[upper] - positions[upper - 1]);
        return low.add(high.subtract(low).multiply(BigDecimal.valueOf(fraction), MathContext.DECIMAL64));
    }
}

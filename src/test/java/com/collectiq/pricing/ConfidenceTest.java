package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidenceTest {

    static Confidence.Inputs base() {
        return new Confidence.Inputs(6, 0.10, 3, 90, 0.95, false, 0, false, false, false);
    }

    static Confidence.Inputs with(int comparables, double spread, double age, double identification,
            boolean variantUncertain, int failed) {
        return new Confidence.Inputs(comparables, spread, age, 90, identification, variantUncertain, failed, false,
                false, false);
    }

    @Test
    void moreComparablesMeanMoreConfidence() {
        assertThat(value(with(8, 0.1, 3, 0.95, false, 0))).isGreaterThan(value(with(3, 0.1, 3, 0.95, false, 0)))
                .isLessThanOrEqualTo(1);
        assertThat(value(with(3, 0.1, 3, 0.95, false, 0))).isGreaterThan(value(with(1, 0.1, 3, 0.95, false, 0)));
    }

    @Test
    void tighterComparablesMeanMoreConfidence() {
        assertThat(value(with(6, 0.05, 3, 0.95, false, 0))).isGreaterThan(value(with(6, 0.8, 3, 0.95, false, 0)));
    }

    @Test
    void eachDoubtLowersIt() {
        double clean = value(base());
        assertThat(value(with(6, 0.1, 200, 0.95, false, 0))).as("stale").isLessThan(clean);
        assertThat(value(with(6, 0.1, 3, 0.40, false, 0))).as("weak identification").isLessThan(clean);
        assertThat(value(with(6, 0.1, 3, 0.95, true, 0))).as("uncertain variant").isLessThan(clean);
        assertThat(value(with(6, 0.1, 3, 0.95, false, 1))).as("a failed source").isLessThan(clean);
        assertThat(value(with(6, 0.1, 3, 0.95, false, 2))).as("two failed sources")
                .isLessThan(value(with(6, 0.1, 3, 0.95, false, 1)));
        assertThat(value(new Confidence.Inputs(6, 0.1, 3, 90, 0.95, false, 0, true, false, false))).as("sample")
                .isLessThan(clean);
        assertThat(value(new Confidence.Inputs(6, 0.1, 3, 90, 0.95, false, 0, false, true, false)))
                .as("condition assumed").isLessThan(clean);
        assertThat(value(new Confidence.Inputs(6, 0.1, 3, 90, 0.95, false, 0, false, false, true)))
                .as("graded from raw").isLessThan(clean);
    }

    @Test
    void noComparableIsZeroWithItsReason() {
        Confidence none = Confidence.of(with(0, 0, 0, 1, false, 0));

        assertThat(none.value()).isZero();
        assertThat(none.factors()).extracting(Confidence.Factor::reason).containsExactly("no comparable");
    }

    @Test
    void itStaysWithinZeroAndOneAndNamesEveryFactor() {
        Confidence worst = Confidence.of(new Confidence.Inputs(1, 50, 10_000, 90, 1.7, true, 5, true, true, true));

        assertThat(worst.value()).isBetween(0.0, 1.0);
        assertThat(worst.factors()).extracting(Confidence.Factor::name).containsExactly("comparables", "dispersion",
                "staleness", "identification", "variant", "sources", "sample", "condition", "grading");
    }

    private static double value(Confidence.Inputs inputs) {
        return Confidence.of(inputs).value();
    }
}

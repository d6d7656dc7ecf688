package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class RobustStatisticsTest {

    @Test
    void equalWeightsGiveTheInterpolatedQuartilesAndTheMedian() {
        PriceRange range = PriceRange.of(List.of(obs("10", 1), obs("20", 1), obs("30", 1)), 2);

        // positions 1/6, 1/2, 5/6: q=0.25 lies a quarter of the way from 10 to 20
        assertThat(range).isEqualTo(new PriceRange(new BigDecimal("12.50"), new BigDecimal("20.00"),
                new BigDecimal("27.50")));
    }

    @Test
    void weightPullsTheFairValueTowardsTheTrustedPrice() {
        PriceRange even = PriceRange.of(List.of(obs("100", 1), obs("200", 1)), 2);
        PriceRange leaning = PriceRange.of(List.of(obs("100", 3), obs("200", 1)), 2);

        assertThat(even.fair()).isEqualByComparingTo("150.00");
        // positions 3/8 and 7/8: the median is a quarter of the way from 100 to 200
        assertThat(leaning.fair()).isEqualByComparingTo("125.00");
    }

    @Test
    void aSinglePriceIsItsOwnRange() {
        PriceRange range = PriceRange.of(List.of(obs("42.5", 0.3)), 2);

        assertThat(range.low()).isEqualByComparingTo("42.50");
        assertThat(range.fair()).isEqualByComparingTo("42.50");
        assertThat(range.high()).isEqualByComparingTo("42.50");
        assertThat(range.relativeSpread()).isZero();
    }

    @Test
    void tukeyFencesDropAFarListingAndKeepTheCluster() {
        OutlierFilter.Fences fences = OutlierFilter.fences(prices("10", "11", "12", "13", "100")).orElseThrow();

        // Q1 = 11, Q3 = 13, IQR = 2: fences at 8 and 16
        assertThat(fences.lower()).isEqualByComparingTo("8");
        assertThat(fences.upper()).isEqualByComparingTo("16");
        assertThat(fences.admits(new BigDecimal("100"))).isFalse();
        assertThat(fences.admits(new BigDecimal("16"))).isTrue();
        assertThat(fences.admits(new BigDecimal("7.99"))).isFalse();
    }

    @Test
    void fewerThanFourPricesAreNeverJudgedOutliers() {
        assertThat(OutlierFilter.fences(prices("1", "2", "1000"))).isEmpty();
    }

    private static Observation obs(String price, double weight) {
        return new Observation(new BigDecimal(price), weight);
    }

    private static List<BigDecimal> prices(String... amounts) {
        return java.util.Arrays.stream(amounts).map(BigDecimal::new).toList();
    }
}

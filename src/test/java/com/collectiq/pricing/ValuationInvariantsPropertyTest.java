package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;

/**
 * Invariants of the whole valuation, for generated sets of comparables. Each case is drawn from its
 * own fixed seed, so a failure names the seed that reproduces it. (jqwik was tried first; its
 * authors ask AI agents not to use it, and plain seeded generation covers what these tests need.)
 */
class ValuationInvariantsPropertyTest {

    /** Enough to meet fences, ties and single prices often, and keep the suite quick. */
    static final int TRIES = 200;

    static LongStream seeds() {
        return LongStream.range(0, TRIES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void lowIsAtMostFairWhichIsAtMostHigh(long seed) {
        Valuation valuation = value(quotes(new Random(seed)));

        assertThat(valuation.low()).isLessThanOrEqualTo(valuation.fair());
        assertThat(valuation.fair()).isLessThanOrEqualTo(valuation.high());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyValueLiesWithinTheComparablesUsed(long seed) {
        Valuation valuation = value(quotes(new Random(seed)));
        List<BigDecimal> used = valuation.comparables().stream().filter(Valuation.Comparable::used)
                .map(Valuation.Comparable::price).toList();
        BigDecimal cheapest = Collections.min(used);
        BigDecimal dearest = Collections.max(used);

        for (BigDecimal value : List.of(valuation.low(), valuation.fair(), valuation.high())) {
            assertThat(value).isBetween(cheapest, dearest);
        }
        assertThat(valuation.confidence()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scalingEveryPriceScalesTheResult(long seed) {
        Random random = new Random(seed);
        List<PricePoint> quotes = quotes(random);
        int factor = 2 + random.nextInt(999);
        Valuation original = value(quotes);
        Valuation scaled = value(quotes.stream().map(p -> new PricePoint(p.market(), p.description(),
                p.amount().multiply(BigDecimal.valueOf(factor)), p.currency(), p.observedOn(), p.reliability(),
                p.grader(), p.grade())).toList());
        // the statistics are exact and scale exactly; only the final rounding to the cent differs:
        // half a cent on the scaled result, half a cent times the factor on the original
        BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(factor + 1L));

        assertThat(scaled.fair()).isCloseTo(original.fair().multiply(BigDecimal.valueOf(factor)),
                within(tolerance));
        assertThat(scaled.low()).isCloseTo(original.low().multiply(BigDecimal.valueOf(factor)),
                within(tolerance));
        assertThat(scaled.high()).isCloseTo(original.high().multiply(BigDecimal.valueOf(factor)),
                within(tolerance));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOrderOfComparablesDoesNotMatter(long seed) {
        Random random = new Random(seed);
        List<PricePoint> quotes = quotes(random);
        List<PricePoint> shuffled = new ArrayList<>(quotes);
        Collections.shuffle(shuffled, random);

        Valuation original = value(quotes);
        Valuation reordered = value(shuffled);

        assertThat(reordered.low()).isEqualTo(original.low());
        assertThat(reordered.fair()).isEqualTo(original.fair());
        assertThat(reordered.high()).isEqualTo(original.high());
        assertThat(reordered.confidence()).isCloseTo(original.confidence(), offset(0.001));
    }

    /** 1 to 30 quotes: prices from a cent to 50 000, three currencies, up to 400 days old, mixed reliability. */
    private static List<PricePoint> quotes(Random random) {
        String[] currencies = {"USD", "EUR", "GBP"};
        double[] reliabilities = {0.3, 0.4, 0.5, 0.7, 0.8, 0.9, 1.0};
        int count = 1 + random.nextInt(30);
        List<PricePoint> quotes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal amount = BigDecimal.valueOf(1 + (long) (random.nextDouble() * 4_999_999), 2);
            String code = currencies[random.nextInt(currencies.length)];
            quotes.add(PricePoint.raw("generated", code + " " + amount, amount, code,
                    Pricing.TODAY.minusDays(random.nextInt(401)), reliabilities[random.nextInt(reliabilities.length)]));
        }
        return quotes;
    }

    private static Valuation value(List<PricePoint> quotes) {
        SourceAnswer answer = new SourceAnswer(SourceAnswer.Outcome.OK, "generated", quotes, List.of(), false, false);
        return Pricing.agent(false, FixedPriceSource.online("generated", answer))
                .value(PricingRequest.of(Pricing.identity("base1-4", "holofoil", 0.9), Hints.NONE));
    }
}

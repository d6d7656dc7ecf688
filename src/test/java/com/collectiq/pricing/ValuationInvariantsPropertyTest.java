package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the whole valuation, for any set of comparables (jqwik generates them). */
class ValuationInvariantsPropertyTest {

    /** Enough to meet fences, ties and single prices often; a fifth of jqwik's default keeps the suite quick. */
    static final int TRIES = 200;

    @Property(tries = TRIES)
    void lowIsAtMostFairWhichIsAtMostHigh(@ForAll("quotes") List<PricePoint> quotes) {
        Valuation valuation = value(quotes);

        assertThat(valuation.low()).isLessThanOrEqualTo(valuation.fair());
        assertThat(valuation.fair()).isLessThanOrEqualTo(valuation.high());
    }

    @Property(tries = TRIES)
    void everyValueLiesWithinTheComparablesUsed(@ForAll("quotes") List<PricePoint> quotes) {
        Valuation valuation = value(quotes);
        List<BigDecimal> used = valuation.comparables().stream().filter(Valuation.Comparable::used)
                .map(Valuation.Comparable::price).toList();
        BigDecimal cheapest = Collections.min(used);
        BigDecimal dearest = Collections.max(used);

        for (BigDecimal value : List.of(valuation.low(), valuation.fair(), valuation.high())) {
            assertThat(value).isBetween(cheapest, dearest);
        }
        assertThat(valuation.confidence()).isBetween(0.0, 1.0);
    }

    @Property(tries = TRIES)
    void scalingEveryPriceScalesTheResult(@ForAll("quotes") List<PricePoint> quotes,
            @ForAll @IntRange(min = 2, max = 1000) int factor) {
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

    @Property(tries = TRIES)
    void theOrderOfComparablesDoesNotMatter(@ForAll("quotes") List<PricePoint> quotes, @ForAll long seed) {
        List<PricePoint> shuffled = new ArrayList<>(quotes);
        Collections.shuffle(shuffled, new Random(seed));

        Valuation original = value(quotes);
        Valuation reordered = value(shuffled);

        assertThat(reordered.low()).isEqualTo(original.low());
        assertThat(reordered.fair()).isEqualTo(original.fair());
        assertThat(reordered.high()).isEqualTo(original.high());
        assertThat(reordered.confidence()).isCloseTo(original.confidence(), offset(0.001));
    }

    @Provide
    Arbitrary<List<PricePoint>> quotes() {
        Arbitrary<BigDecimal> cents = Arbitraries.longs().between(1, 5_000_000).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<String> currency = Arbitraries.of("USD", "EUR", "GBP");
        Arbitrary<Integer> age = Arbitraries.integers().between(0, 400);
        Arbitrary<Double> reliability = Arbitraries.of(0.3, 0.4, 0.5, 0.7, 0.8, 0.9, 1.0);
        Arbitrary<PricePoint> quote = Combinators.combine(cents, currency, age, reliability).as((amount, code, days, r) ->
                PricePoint.raw("generated", code + " " + amount, amount, code, Pricing.TODAY.minusDays(days), r));
        return quote.list().ofMinSize(1).ofMaxSize(30);
    }

    private static Valuation value(List<PricePoint> quotes) {
        SourceAnswer answer = new SourceAnswer(SourceAnswer.Outcome.OK, "generated", quotes, List.of(), false, false);
        return Pricing.agent(false, FixedPriceSource.online("generated", answer))
                .value(PricingRequest.of(Pricing.identity("base1-4", "holofoil", 0.9), Hints.NONE));
    }
}

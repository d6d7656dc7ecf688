package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;
import com.collectiq.narrative.LocalExplainer;

/** The agent asks its sources at once, gives each the source timeout, and lets the narrator write the summary. */
class ParallelSourcesTest {

    final PricingRequest charizard = PricingRequest.of(Pricing.identity("base1-4", "holofoil", 0.95), Hints.NONE);

    @Test
    void sourcesAreAskedAtTheSameTime() {
        // each source answers only once all three are in lookup together: impossible one after another
        CyclicBarrier allAsked = new CyclicBarrier(3);
        Valuation valuation = Pricing.agent(false, meeting("a", allAsked), meeting("b", allAsked),
                meeting("c", allAsked)).value(charizard);

        assertThat(valuation.sources()).extracting(Valuation.Source::name, Valuation.Source::outcome)
                .containsExactly(tuple("a", "ok"), tuple("b", "ok"), tuple("c", "ok"));
    }

    @Test
    void aSourcePastTheTimeoutIsStoppedAndCountedAsFailedWhileTheOthersCount() {
        PricingProperties properties = Pricing.properties(Pricing.breaker(Duration.ofMinutes(1)),
                new PricingProperties.RateLimitSettings(6000, 100), Duration.ofMillis(300));
        Valuation valuation = Pricing.agent(properties, FixedPriceSource.online("quick", PricingAgentTest.FOUR_PRICES),
                hanging("stuck")).value(charizard);

        assertThat(valuation.fair()).isNotNull();
        assertThat(valuation.sources()).extracting(Valuation.Source::name, Valuation.Source::outcome,
                Valuation.Source::detail).containsExactly(tuple("quick", "ok", "test prices"),
                        tuple("stuck", "failed", "no answer within the source timeout of 300 ms"));
        assertThat(valuation.summary()).contains("stuck failed (no answer within the source timeout of 300 ms).");
    }

    @Test
    void theSummaryIsTheNarratorsAndSaysWhoWroteIt() {
        Valuation valuation = Pricing.agent(false, FixedPriceSource.online("a", PricingAgentTest.FOUR_PRICES))
                .value(charizard);

        assertThat(valuation.summaryBy()).isEqualTo(LocalExplainer.WRITER);
        assertThat(valuation.summary()).startsWith("Fair value 101.00 USD (low 99.00, high 103.00) from 4 comparables.");
    }

    private static PriceSource meeting(String name, CyclicBarrier barrier) {
        return source(name, () -> {
            try {
                barrier.await(5, TimeUnit.SECONDS);
                return PricingAgentTest.FOUR_PRICES;
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                return SourceAnswer.failed("the other sources were not asked meanwhile");
            }
        });
    }

    private static PriceSource hanging(String name) {
        return source(name, () -> {
            try {
                Thread.sleep(Duration.ofMinutes(1).toMillis());
                return PricingAgentTest.FOUR_PRICES;
            } catch (InterruptedException stopped) {
                return SourceAnswer.failed("interrupted");
            }
        });
    }

    private static PriceSource source(String name, Supplier<SourceAnswer> answer) {
        return new PriceSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean online() {
                return true;
            }

            @Override
            public SourceAnswer lookup(PriceQuery query) {
                return answer.get();
            }
        };
    }
}

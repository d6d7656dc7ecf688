package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.card.Valuation;

class PricingAgentTest {

    static final SourceAnswer FOUR_PRICES = Pricing.ok(Pricing.usd("a", "100", 1, 1), Pricing.usd("b", "104", 1, 1),
            Pricing.usd("c", "98", 1, 1), Pricing.usd("d", "102", 1, 1));
    static final SourceAnswer SAMPLE = new SourceAnswer(SourceAnswer.Outcome.OK, "sample prices of 2026-11-01",
            List.of(PricePoint.raw("sample", "sample market", new BigDecimal("90"), "USD",
                    Pricing.TODAY.minusDays(23), 1.0)), List.of(), true, false);

    final Identity charizard = Pricing.identity("base1-4", "holofoil", 0.95);

    @Test
    void noComparableMeansNoNumberAndSaysWhy() {
        PricingAgent agent = Pricing.agent(false, FixedPriceSource.online("live", SourceAnswer.failed("HTTP 503")),
                FixedPriceSource.fallback("sample", SourceAnswer.empty("no sample price for base1-4")));

        Valuation valuation = agent.value(PricingRequest.of(charizard, Hints.NONE));

        assertThat(valuation.fair()).isNull();
        assertThat(valuation.low()).isNull();
        assertThat(valuation.high()).isNull();
        assertThat(valuation.confidence()).isZero();
        assertThat(valuation.summary()).startsWith("No fair value: no usable comparable.")
                .contains("live failed (HTTP 503)", "sample empty (no sample price for base1-4)");
        assertThat(valuation.asOf()).isEqualTo(Pricing.NOW);
    }

    @Test
    void aFailedSourceDegradesTheValuationButDoesNotFailIt() {
        Valuation healthy = Pricing.agent(false, FixedPriceSource.online("a", FOUR_PRICES),
                FixedPriceSource.online("b", SourceAnswer.empty("nothing"))).value(PricingRequest.of(charizard, Hints.NONE));
        Valuation degraded = Pricing.agent(false, FixedPriceSource.online("a", FOUR_PRICES),
                FixedPriceSource.online("b", SourceAnswer.failed("timed out"))).value(PricingRequest.of(charizard, Hints.NONE));

        assertThat(degraded.fair()).isEqualByComparingTo(healthy.fair());
        assertThat(degraded.confidence()).isLessThan(healthy.confidence());
        assertThat(degraded.sources()).extracting(Valuation.Source::name, Valuation.Source::outcome)
                .containsExactly(tuple("a", "ok"),
                        tuple("b", "failed"));
        assertThat(degraded.sources()).allSatisfy(s -> assertThat(s.latencyMillis()).isNotNull().isNotNegative());
        assertThat(degraded.summary()).contains("b failed (timed out).");
    }

    @Test
    void aSourceThatThrowsIsRecordedAsFailed() {
        PriceSource broken = new PriceSource() {
            public String name() {
                return "broken";
            }

            public boolean online() {
                return true;
            }

            public SourceAnswer lookup(PriceQuery query) {
                throw new IllegalStateException("bug");
            }
        };
        Valuation valuation = Pricing.agent(false, broken, FixedPriceSource.online("a", FOUR_PRICES))
                .value(PricingRequest.of(charizard, Hints.NONE));

        assertThat(valuation.fair()).isNotNull();
        assertThat(valuation.sources()).filteredOn(s -> s.name().equals("broken"))
                .extracting(Valuation.Source::outcome, Valuation.Source::detail)
                .containsExactly(tuple("failed", "error: IllegalStateException"));
    }

    @Test
    void offlineSkipsOutsideSourcesWithoutCallingThemAndFallsBackToLabelledSamples() {
        FixedPriceSource live = FixedPriceSource.online("pokemontcg", FOUR_PRICES);
        Valuation valuation = Pricing.agent(true, live, FixedPriceSource.fallback("sample", SAMPLE))
                .value(PricingRequest.of(charizard, Hints.NONE));

        assertThat(live.calls()).isZero();
        assertThat(valuation.sources()).extracting(Valuation.Source::name, Valuation.Source::outcome,
                Valuation.Source::sample).containsExactly(
                        tuple("pokemontcg", "skipped", false),
                        tuple("sample", "ok", true));
        assertThat(valuation.fair()).isEqualByComparingTo("90.00");
        assertThat(valuation.summary()).contains("SAMPLE DATA: the bundled sample prices of 2026-11-01 were used",
                "not market data");
        assertThat(valuation.confidence()).isLessThanOrEqualTo(Confidence.SAMPLE_DATA);
    }

    @Test
    void samplesAreNotConsultedWhenLiveSourcesPricedTheCard() {
        FixedPriceSource sample = FixedPriceSource.fallback("sample", SAMPLE);
        Valuation valuation = Pricing.agent(false, sample, FixedPriceSource.online("live", FOUR_PRICES))
                .value(PricingRequest.of(charizard, Hints.NONE));

        assertThat(sample.calls()).isZero();
        assertThat(valuation.sources()).extracting(Valuation.Source::name, Valuation.Source::outcome)
                .containsExactly(tuple("live", "ok"),
                        tuple("sample", "skipped"));
        assertThat(valuation.summary()).doesNotContain("SAMPLE");
    }

    @Test
    void moreAndTighterComparablesGiveMoreConfidence() {
        SourceAnswer two = Pricing.ok(Pricing.usd("a", "100", 1, 1), Pricing.usd("b", "104", 1, 1));
        SourceAnswer fourLoose = Pricing.ok(Pricing.usd("a", "70", 1, 1), Pricing.usd("b", "130", 1, 1),
                Pricing.usd("c", "90", 1, 1), Pricing.usd("d", "115", 1, 1));

        double tightFour = confidence(FOUR_PRICES);
        assertThat(tightFour).isGreaterThan(confidence(two));
        assertThat(tightFour).isGreaterThan(confidence(fourLoose));
    }

    @Test
    void weakIdentificationAndAnUncertainVariantLowerConfidence() {
        PricingAgent agent = Pricing.agent(false, FixedPriceSource.online("a", FOUR_PRICES));
        double sure = agent.value(PricingRequest.of(charizard, Hints.NONE)).confidence();
        double weak = agent.value(PricingRequest.of(Pricing.identity("base1-4", "holofoil", 0.4), Hints.NONE))
                .confidence();
        Identity doubtedVariant = new Identity("Charizard", "Base", "4", "102", "base1-4", "Rare Holo", "holofoil",
                0.95, Map.of("variant", new Identity.Evidence("holofoil", 0.3, "foil not visible")), List.of());
        Valuation doubted = agent.value(PricingRequest.of(doubtedVariant, Hints.NONE));

        assertThat(weak).isLessThan(sure);
        assertThat(doubted.confidence()).isLessThan(sure);
        assertThat(doubted.summary()).contains("The printing (variant) is uncertain");
    }

    @Test
    void theTrendComesFromTheCardsHistory() {
        List<PriceHistoryEntry> history = List.of(new PriceHistoryEntry("r1", Instant.parse("2026-10-01T00:00:00Z"),
                null, new BigDecimal("80.00"), null, "USD", 0.6));
        Valuation valuation = Pricing.agent(false, FixedPriceSource.online("a", FOUR_PRICES))
                .value(new PricingRequest(charizard, Hints.NONE, null, history, Map.of()));

        assertThat(valuation.summary()).contains("Trend: up 26.25% since the first valuation (80.00 USD).");
    }

    @Test
    void theConditionEstimateIsUsedWhenTheOwnerGaveNone() {
        Valuation valuation = Pricing.agent(false, FixedPriceSource.online("a", FOUR_PRICES))
                .value(new PricingRequest(charizard, Hints.NONE, "HP", List.of(), Map.of()));

        assertThat(valuation.fair()).isEqualByComparingTo("50.50");
        assertThat(valuation.summary()).contains("Priced as Heavily Played (as estimated from the photo)");
    }

    private double confidence(SourceAnswer answer) {
        return Pricing.agent(false, FixedPriceSource.online("a", answer)).value(PricingRequest.of(charizard, Hints.NONE))
                .confidence();
    }
}

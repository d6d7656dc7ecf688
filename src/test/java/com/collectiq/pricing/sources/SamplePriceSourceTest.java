package com.collectiq.pricing.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;
import com.collectiq.pricing.PricePoint;
import com.collectiq.pricing.PriceQuery;
import com.collectiq.pricing.Pricing;
import com.collectiq.pricing.PricingRequest;
import com.collectiq.pricing.SourceAnswer;
import com.fasterxml.jackson.databind.ObjectMapper;

class SamplePriceSourceTest {

    final SamplePriceSource sample = new SamplePriceSource(new ObjectMapper());

    @Test
    void everyHoloRareOfTheBaseSetIsThereAsDatedSampleData() {
        IntStream.rangeClosed(1, 16).mapToObj(n -> "base1-" + n).forEach(id -> {
            SourceAnswer answer = sample.lookup(query(id, "holofoil"));
            assertThat(answer.outcome()).as(id).isEqualTo(SourceAnswer.Outcome.OK);
            assertThat(answer.sample()).as(id).isTrue();
            assertThat(answer.detail()).as(id).isEqualTo("sample prices of 2026-11-01, not market data");
            assertThat(answer.prices()).as(id).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.observedOn()).hasToString("2026-11-01"));
        });
    }

    @Test
    void popularModernCardsAreThereToo() {
        for (String id : new String[] {"swsh7-215", "sv3pt5-199", "swsh45sv-SV107", "swsh4-188"}) {
            assertThat(sample.lookup(query(id, "holofoil")).outcome()).as(id).isEqualTo(SourceAnswer.Outcome.OK);
        }
    }

    @Test
    void gradedSamplesCarryGraderAndGrade() {
        assertThat(sample.lookup(query("base1-4", "holofoil")).prices()).filteredOn(PricePoint::graded)
                .extracting(PricePoint::grader, PricePoint::grade)
                .containsExactly(tuple("PSA", "9"),
                        tuple("PSA", "10"));
    }

    @Test
    void anotherPrintingIsMarkedUncertain() {
        SourceAnswer answer = sample.lookup(query("base1-4", "1stEditionHolofoil"));

        assertThat(answer.variantUncertain()).isTrue();
        assertThat(answer.detail()).endsWith("the sample is for the holofoil printing, not 1stEditionHolofoil");
    }

    @Test
    void anUnknownCardIsEmpty() {
        SourceAnswer answer = sample.lookup(query("base1-99", "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.EMPTY);
        assertThat(answer.detail()).isEqualTo("no sample price for base1-99");
    }

    @Test
    void aValuationFromSamplesSaysSoInItsSourcesAndSummary() {
        Valuation valuation = Pricing.agent(true, sample).value(
                PricingRequest.of(Pricing.identity("base1-4", "holofoil", 0.95), Hints.NONE));

        assertThat(valuation.sources()).extracting(Valuation.Source::name, Valuation.Source::sample)
                .containsExactly(tuple("sample", true));
        assertThat(valuation.summary()).contains("SAMPLE DATA", "not market data");
        // market 400, mid 420, low 300 kept; high 800 is past the upper fence
        assertThat(valuation.comparables()).filteredOn(c -> !c.used()).extracting(Valuation.Comparable::description)
                .containsExactlyInAnyOrder("sample high", "sample PSA 9", "sample PSA 10");
    }

    @Test
    void anEntryNotMarkedAsSampleIsRefused() {
        assertThatThrownBy(() -> new SamplePriceSource(new ObjectMapper(), "pricing/unlabelled-sample.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base1-4 must be marked sample, dated and in a currency");
    }

    private static PriceQuery query(String id, String variant) {
        return new PriceQuery(Pricing.identity(id, variant, 0.9), Map.of());
    }
}

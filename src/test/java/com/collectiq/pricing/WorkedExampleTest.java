package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;

/** The worked example of docs/valuation.md, number for number. */
class WorkedExampleTest {

    static final LocalDate TCGPLAYER_DAY = LocalDate.parse("2026-11-20");
    static final LocalDate CARDMARKET_DAY = LocalDate.parse("2026-11-22");

    @Test
    void theDocumentedCharizardValuation() {
        SourceAnswer pokemontcg = new SourceAnswer(SourceAnswer.Outcome.OK, "TCGplayer holofoil, Cardmarket", List.of(
                tcgplayer("market", "390", 1.0), tcgplayer("mid", "420", 0.7), tcgplayer("low", "300", 0.5),
                tcgplayer("high", "1200", 0.3),
                cardmarket("trendPrice", "350", 1.0), cardmarket("averageSellPrice", "340", 0.9),
                cardmarket("avg30", "360", 0.8), cardmarket("avg7", "345", 0.7), cardmarket("lowPrice", "250", 0.5)),
                List.of(), false, false);
        PricingAgent agent = Pricing.agent(false, FixedPriceSource.online("pokemontcg", pokemontcg));

        Valuation valuation = agent.value(new PricingRequest(Pricing.identity("base1-4", "holofoil", 0.90),
                new Hints(null, null, null, "LP", null, null), null, List.of(), Map.of()));

        assertThat(valuation.low()).isEqualByComparingTo("316.74");
        assertThat(valuation.fair()).isEqualByComparingTo("325.50");
        assertThat(valuation.high()).isEqualByComparingTo("331.37");
        assertThat(valuation.currency()).isEqualTo("USD");
        assertThat(valuation.confidence()).isEqualTo(0.633);
        assertThat(valuation.comparables()).filteredOn(Valuation.Comparable::used)
                .extracting(Valuation.Comparable::price).map(BigDecimal::toPlainString)
                .containsExactly("312.12", "316.71", "321.30", "330.48", "331.50", "357.00");
        assertThat(valuation.comparables()).filteredOn(c -> !c.used())
                .extracting(Valuation.Comparable::description, Valuation.Comparable::price, Valuation.Comparable::reason)
                .containsExactlyInAnyOrder(
                        tuple("Cardmarket lowPrice", new BigDecimal("229.50"),
                                "outlier: below the lower fence 283.05 (Q1 - 1.5 IQR)"),
                        tuple("TCGplayer holofoil low", new BigDecimal("255.00"),
                                "outlier: below the lower fence 283.05 (Q1 - 1.5 IQR)"),
                        tuple("TCGplayer holofoil high", new BigDecimal("1020.00"),
                                "outlier: above the upper fence 360.57 (Q3 + 1.5 IQR)"));
        Valuation.Comparable trend = valuation.comparables().stream()
                .filter(c -> c.description().equals("Cardmarket trendPrice")).findFirst().orElseThrow();
        assertThat(trend.rate()).isEqualByComparingTo("1.08");
        assertThat(trend.conditionFactor()).isEqualByComparingTo("0.85");
        assertThat(trend.weight()).isEqualTo(0.9548);
        assertThat(valuation.summary()).contains("Fair value 325.50 USD (low 316.74, high 331.37) from 6 comparables, 3 set aside.",
                "Priced as Lightly Played (as the owner stated), 0.85 x the Near Mint price",
                "Rates: 1 EUR = 1.08 USD (rates of 2026-11-01)", "Confidence 0.63");
    }

    private static PricePoint tcgplayer(String field, String amount, double reliability) {
        return PricePoint.raw("tcgplayer", "TCGplayer holofoil " + field, new BigDecimal(amount), "USD", TCGPLAYER_DAY,
                reliability);
    }

    private static PricePoint cardmarket(String field, String amount, double reliability) {
        return PricePoint.raw("cardmarket", "Cardmarket " + field, new BigDecimal(amount), "EUR", CARDMARKET_DAY,
                reliability);
    }
}

package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.pricing.ComparableNormaliser.Candidate;

class ComparableNormaliserTest {

    final ComparableNormaliser normaliser = new ComparableNormaliser(Pricing.properties().currencyRates(),
            Pricing.properties().recencyHalfLife(), Pricing.TODAY);

    @Test
    void foreignPricesAreConvertedAtTheConfiguredRate() {
        Candidate euro = only(normaliser.normalise(List.of(quote(raw("100", "EUR", 0, 1.0))), nearMint()));

        assertThat(euro.price()).isEqualByComparingTo("108.00");
        assertThat(euro.rate()).isEqualByComparingTo("1.08");
        Candidate dollar = only(normaliser.normalise(List.of(quote(raw("100", "USD", 0, 1.0))), nearMint()));
        assertThat(dollar.rate()).as("no conversion, no rate").isNull();
    }

    @Test
    void aCurrencyWithoutARateIsRejectedWithThatReason() {
        ComparableNormaliser.Result result = normaliser.normalise(List.of(quote(raw("100", "JPY", 0, 1.0))), nearMint());

        assertThat(result.eligible()).isEmpty();
        assertThat(result.rejected()).extracting(Candidate::rejection).containsExactly("no configured rate for JPY");
    }

    @Test
    void rawConditionScalesNearMintPrices() {
        for (ConditionScale condition : ConditionScale.values()) {
            ConditionTarget target = ConditionTarget.of(new Hints(null, null, null, condition.name(), null, null), null);
            Candidate candidate = only(normaliser.normalise(List.of(quote(raw("200", "USD", 0, 1.0))), target));
            assertThat(candidate.price()).isEqualByComparingTo(new BigDecimal("200").multiply(condition.multiplier()));
        }
        assertThat(ConditionScale.MP.multiplier()).isEqualByComparingTo("0.70");
    }

    @Test
    void theOwnersConditionWinsOverTheEstimateWhichWinsOverTheAssumption() {
        assertThat(ConditionTarget.of(new Hints(null, null, null, "Heavily Played", null, null), "LP").condition())
                .isEqualTo(ConditionScale.HP);
        ConditionTarget estimated = ConditionTarget.of(Hints.NONE, "lightly played");
        assertThat(estimated.condition()).isEqualTo(ConditionScale.LP);
        assertThat(estimated.basis()).isEqualTo(ConditionTarget.Basis.ESTIMATE);
        ConditionTarget assumed = ConditionTarget.of(Hints.NONE, null);
        assertThat(assumed.condition()).isEqualTo(ConditionScale.NM);
        assertThat(assumed.basis()).isEqualTo(ConditionTarget.Basis.ASSUMED);
    }

    @Test
    void aGradedCardUsesItsGradesPricesWhenThereAreAny() {
        ConditionTarget psa9 = ConditionTarget.of(new Hints(null, null, null, null, "psa", "9.0"), null);
        ComparableNormaliser.Result result = normaliser.normalise(List.of(quote(raw("400", "USD", 0, 1.0)),
                quote(graded("PSA", "9", "2000")), quote(graded("PSA", "10", "15000"))), psa9);

        assertThat(result.gradedFromRaw()).isFalse();
        assertThat(result.eligible()).extracting(Candidate::price).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2000"));
        assertThat(result.rejected()).extracting(Candidate::rejection)
                .containsExactlyInAnyOrder("raw price; PSA 9 comparables exist", "PSA 10, not PSA 9");
    }

    @Test
    void aGradedCardWithoutItsGradeFallsBackToRawPricesAndSaysSo() {
        ConditionTarget bgs95 = ConditionTarget.of(new Hints(null, null, null, "LP", "BGS", "9.5"), null);
        ComparableNormaliser.Result result = normaliser.normalise(List.of(quote(raw("400", "USD", 0, 1.0)),
                quote(graded("PSA", "9", "2000"))), bgs95);

        assertThat(result.gradedFromRaw()).isTrue();
        assertThat(result.eligible()).extracting(Candidate::price).as("no condition discount on a slab")
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("400"));
        assertThat(result.rejected()).extracting(Candidate::rejection).containsExactly("PSA 9, not BGS 9.5");
    }

    @Test
    void aRawCardIgnoresGradedSales() {
        ComparableNormaliser.Result result = normaliser.normalise(List.of(quote(graded("PSA", "10", "15000"))),
                nearMint());

        assertThat(result.rejected()).extracting(Candidate::rejection)
                .containsExactly("graded (PSA 10); this card is raw");
    }

    @Test
    void weightHalvesWithEveryHalfLifeOfAge() {
        List<Candidate> candidates = normaliser.normalise(List.of(quote(raw("10", "USD", 0, 0.8)),
                quote(raw("10", "USD", 30, 0.8)), quote(raw("10", "USD", 60, 0.8))), nearMint()).eligible();

        assertThat(candidates).extracting(Candidate::weight).containsExactly(0.8, 0.4, 0.2);
    }

    private static ConditionTarget nearMint() {
        return ConditionTarget.of(new Hints(null, null, null, "NM", null, null), null);
    }

    private static Candidate only(ComparableNormaliser.Result result) {
        assertThat(result.eligible()).hasSize(1);
        return result.eligible().get(0);
    }

    private static Quote quote(PricePoint point) {
        return new Quote("test", false, point);
    }

    private static PricePoint raw(String amount, String currency, int daysOld, double reliability) {
        return PricePoint.raw("test", "test " + amount, new BigDecimal(amount), currency,
                Pricing.TODAY.minusDays(daysOld), reliability);
    }

    private static PricePoint graded(String grader, String grade, String amount) {
        return new PricePoint("test", grader + " " + grade, new BigDecimal(amount), "USD", Pricing.TODAY, 1.0, grader,
                grade);
    }
}

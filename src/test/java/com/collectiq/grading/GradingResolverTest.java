package com.collectiq.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Grading;
import com.collectiq.card.HintRules.InvalidHintsException;
import com.collectiq.card.Hints;

class GradingResolverTest {

    private final GradingResolver resolver = new GradingResolver(
            new GradingProperties(Map.of("psa", "https://certs.example/psa/{cert}")));
    private final GradingHintRules rules = new GradingHintRules();

    private static final LabelReading PSA_9 = new LabelReading(Grader.PSA, 0.9, "9", 0.85, "MINT", "12345678", 0.8,
            Map.of(), "1999 POKEMON GAME #4 CHARIZARD-HOLO", "4", 1999, List.of(), List.of());

    @Test
    void aRawCardWithoutHintsHasNoGrading() {
        assertThat(resolver.resolve(Hints.NONE, Optional.empty())).isNull();
    }

    @Test
    void theLabelsReadingBecomesTheGradingWithItsLookupLink() {
        Grading grading = resolver.resolve(Hints.NONE, Optional.of(PSA_9));

        assertThat(grading.grader()).isEqualTo("PSA");
        assertThat(grading.grade()).isEqualTo("9");
        assertThat(grading.qualifier()).isEqualTo("MINT");
        assertThat(grading.certNumber()).isEqualTo("12345678");
        assertThat(grading.certLookup()).isEqualTo("https://certs.example/psa/12345678");
        assertThat(grading.confidence()).isEqualTo(PSA_9.confidence());
        assertThat(grading.evidence().get("grade").rationale()).isEqualTo("read on the label");
    }

    @Test
    void aHintWinsOverTheLabelAndTheEvidenceSaysBoth() {
        Grading grading = resolver.resolve(new Hints(null, null, null, null, "psa", "10", null), Optional.of(PSA_9));

        assertThat(grading.grade()).isEqualTo("10");
        assertThat(grading.certNumber()).as("the label's number stays: the hint did not name one").isEqualTo("12345678");
        assertThat(grading.qualifier()).as("the label's words were for its own grade").isNull();
        assertThat(grading.evidence().get("grade").rationale()).isEqualTo("owner's hint; the label reads 9");
    }

    @Test
    void aHintNamingAnotherGraderDropsTheLabelsGradeAndNumber() {
        Grading grading = resolver.resolve(new Hints(null, null, null, null, "Beckett", "9.5", null), Optional.of(PSA_9));

        assertThat(grading.grader()).isEqualTo("BGS");
        assertThat(grading.certNumber()).isNull();
        assertThat(grading.evidence().get("grader").rationale()).isEqualTo("owner's hint; the label reads PSA");
    }

    @Test
    void hintsAloneMakeAGradedCard() {
        Grading grading = resolver.resolve(new Hints(null, null, null, null, "HGA", "9", null), Optional.empty());

        assertThat(grading.grader()).isEqualTo("HGA");
        assertThat(grading.confidence()).isEqualTo(1.0);
        assertThat(grading.certLookup()).isNull();
    }

    @Test
    void hintsAreCheckedAgainstTheGradersScaleAndCertificateFormat() {
        rules.check(new Hints(null, null, null, null, "PSA", "8.5", "12345678"));
        rules.check(new Hints(null, null, null, null, "HGA", "9.25", "anything"));

        assertThatThrownBy(() -> rules.check(new Hints(null, null, null, null, "PSA", "9.5", null)))
                .isInstanceOf(InvalidHintsException.class).hasMessageContaining("PSA has no grade \"9.5\"");
        assertThatThrownBy(() -> rules.check(new Hints(null, null, null, null, "CGC", "10", "12345")))
                .isInstanceOf(InvalidHintsException.class).hasMessageContaining("10 digits");
        assertThatThrownBy(() -> rules.check(new Hints(null, null, null, null, null, "10", null)))
                .isInstanceOf(InvalidHintsException.class).hasMessageContaining("send grader too");
    }
}

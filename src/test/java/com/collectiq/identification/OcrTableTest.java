package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.collectiq.card.Identity;
import com.collectiq.card.Identity.Candidate;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;

/** The table of OCR outputs, identified offline against the bundled catalog. */
class OcrTableTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final CardIdentifier IDENTIFIER = new CardIdentifier(CATALOG,
            query -> OnlineAnswer.notAnswered(Outcome.OFFLINE, "table test"));

    static Stream<OcrCase> cases() {
        return OcrTable.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void identifiesEachCase(OcrCase row) {
        Identity identity = IDENTIFIER.identify(row.extraction(), row.hints(), row.visual()).identity();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(identity.catalogId()).as("catalog id (candidates %s)", identity.candidates())
                .isEqualTo(row.expectedId());
        for (Map.Entry<String, String> field : row.expected().entrySet()) {
            soft.assertThat(field(identity, field.getKey())).as(field.getKey() + " of " + identity.evidence())
                    .isEqualTo(field.getValue());
        }
        if (row.expectedId() == null) {
            soft.assertThat(identity.confidence()).as("confidence without a card").isLessThan(0.3);
        } else {
            soft.assertThat(identity.confidence()).as("confidence").isBetween(0.0, 1.0);
        }
        soft.assertAll();
    }

    @Test
    void tableHasEnoughCasesOfEachKind() {
        List<OcrCase> cases = OcrTable.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases.stream().map(OcrCase::label)).doesNotHaveDuplicates();
    }

    @Test
    void topOneAndTopThreeRatesMeetTheTarget() {
        List<OcrCase> cases = OcrTable.cases();
        int topOne = 0;
        int topThree = 0;
        for (OcrCase row : cases) {
            Identity identity = IDENTIFIER.identify(row.extraction(), row.hints(), row.visual()).identity();
            if (java.util.Objects.equals(identity.catalogId(), row.expectedId())) {
                topOne++;
            }
            List<String> three = identity.candidates().stream().limit(3).map(Candidate::catalogId).toList();
            if (row.expectedId() == null ? identity.catalogId() == null : three.contains(row.expectedId())) {
                topThree++;
            }
        }
        double topOneRate = (double) topOne / cases.size();
        double topThreeRate = (double) topThree / cases.size();
        System.out.printf("OCR table: %d cases, top-1 %.1f %% (%d), top-3 %.1f %% (%d)%n", cases.size(),
                100 * topOneRate, topOne, 100 * topThreeRate, topThree);
        assertThat(topOneRate).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void closeCandidatesAreBothReturnedWithLowerConfidence() {
        // a partial read: the start of the name and the total lost, as on a worn or glared corner
        OcrCase partial = OcrCase.of("partial Charizard", null, "harizard", "4/");
        Identity identity = IDENTIFIER.identify(partial.extraction(), null, null).identity();

        assertThat(identity.candidates()).extracting(Candidate::catalogId)
                .contains("base1-4", "base4-4", "base5-4");
        assertThat(identity.confidence()).isLessThan(0.5);
        assertThat(identity.evidence().get("catalogId").rationale()).contains("close to");

        OcrCase clear = OcrCase.of("clear Charizard", "base1-4", "Charizard 120 HP", "4/102");
        Identity sure = IDENTIFIER.identify(clear.extraction(), null, null).identity();
        assertThat(sure.confidence()).isGreaterThan(identity.confidence() + 0.3);
    }

    @Test
    void aConflictBetweenHintAndReadingIsReportedNotHidden() {
        OcrCase row = OcrTable.cases().stream().filter(c -> c.label().startsWith("strong reading kept")).findFirst()
                .orElseThrow();
        Identity identity = IDENTIFIER.identify(row.extraction(), row.hints(), row.visual()).identity();

        assertThat(identity.evidence().get("conflicts").value()).contains("Blastoise");
        // the hint names a Pokémon, not a printing: one of the Blastoise cards stays a candidate
        assertThat(identity.candidates()).extracting(Candidate::catalogId).containsAnyOf("base1-2", "base4-2", "ecard1-4");
    }

    private static String field(Identity identity, String name) {
        return switch (name) {
            case "name" -> identity.name();
            case "set" -> identity.set();
            case "number" -> identity.number();
            case "printedTotal" -> identity.printedTotal();
            case "rarity" -> identity.rarity();
            case "variant" -> identity.variant();
            default -> identity.evidence().containsKey(name) ? identity.evidence().get(name).value() : null;
        };
    }
}

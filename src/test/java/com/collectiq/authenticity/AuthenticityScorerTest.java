package com.collectiq.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.authenticity.AuthenticityScorer.Named;
import com.collectiq.card.Authenticity;

/** The weighing of signals into a score and a verdict, with the default weights and thresholds. */
class AuthenticityScorerTest {

    private final AuthenticityScorer scorer = new AuthenticityScorer(AuthenticityProperties.defaults());

    @Test
    void everySignalGenuineIsLikelyGenuineWithFullWeights() {
        Authenticity result = scorer.score(all(0.95));

        assertThat(result.verdict()).isEqualTo("likely-genuine");
        assertThat(result.score()).isCloseTo(0.95, within(0.001));
        assertThat(result.signals()).extracting(Authenticity.Signal::weight)
                .containsExactly(0.25, 0.2, 0.15, 0.1, 0.1, 0.05, 0.15);
    }

    @Test
    void anUnavailableSignalsWeightGoesToTheOthers() {
        List<Named> readings = List.of(
                named(SignalNames.REFERENCE_MATCH, SignalReading.unavailable("no reference image of base1-4")),
                named(SignalNames.PRINTED_TEXT, SignalReading.of(0.9, "fine")),
                named(SignalNames.PRINT_AND_FINISH, SignalReading.of(0.9, "fine")),
                named(SignalNames.BACK, SignalReading.of(0.9, "fine")),
                named(SignalNames.SCREEN_PHOTO, SignalReading.of(0.9, "fine")),
                named(SignalNames.LABELS, SignalReading.of(0.9, "fine")),
                named(SignalNames.MODEL_OPINION, SignalReading.of(0.9, "fine")));

        Authenticity result = scorer.score(readings);

        assertThat(result.score()).isCloseTo(0.9, within(0.001));
        assertThat(result.verdict()).isEqualTo("likely-genuine");
        assertThat(result.signals().get(0).weight()).isZero();
        assertThat(result.signals().get(1).weight()).isCloseTo(0.2 / 0.75, within(0.001));
        assertThat(result.rationale()).contains("Not checked: reference-match (no reference image of base1-4)");
    }

    @Test
    void fewSignalsAreInconclusiveAndTheScoreStaysInsideTheInconclusiveBand() {
        List<Named> readings = List.of(
                named(SignalNames.PRINTED_TEXT, SignalReading.of(1, "all checks passed")),
                named(SignalNames.SCREEN_PHOTO, SignalReading.of(1, "no moiré")),
                named(SignalNames.MODEL_OPINION, SignalReading.unavailable("no model in this mode")));

        Authenticity perfect = scorer.score(readings);
        Authenticity dreadful = scorer.score(List.of(named(SignalNames.PRINTED_TEXT, SignalReading.of(0, "wrong"))));

        assertThat(perfect.verdict()).isEqualTo("inconclusive");
        assertThat(perfect.score()).isLessThan(0.75).isGreaterThan(0.5);
        assertThat(perfect.rationale()).contains("Too little could be checked");
        assertThat(dreadful.verdict()).isEqualTo("inconclusive");
        assertThat(dreadful.score()).isGreaterThanOrEqualTo(0.45).isLessThan(0.5);
    }

    @Test
    void oneClearlyFailedSignalPullsTheScoreBelowLikelyGenuineAndSeveralMakeItSuspect() {
        List<Named> oneFailed = List.of(
                named(SignalNames.REFERENCE_MATCH, SignalReading.of(1, "match")),
                named(SignalNames.PRINTED_TEXT, SignalReading.of(0.2, "the name is misspelled")),
                named(SignalNames.PRINT_AND_FINISH, SignalReading.of(1, "fine")),
                named(SignalNames.SCREEN_PHOTO, SignalReading.of(1, "fine")));
        List<Named> severalFailed = List.of(
                named(SignalNames.REFERENCE_MATCH, SignalReading.of(0.9, "match")),
                named(SignalNames.PRINTED_TEXT, SignalReading.of(0.1, "the name is misspelled")),
                named(SignalNames.PRINT_AND_FINISH, SignalReading.of(0.2, "blurry")),
                named(SignalNames.BACK, SignalReading.of(0.05, "a green back")),
                named(SignalNames.SCREEN_PHOTO, SignalReading.of(1, "fine")));

        Authenticity one = scorer.score(oneFailed);
        Authenticity several = scorer.score(severalFailed);

        assertThat(one.verdict()).isEqualTo("inconclusive");
        assertThat(one.rationale()).contains("printed-text 0.20: the name is misspelled.");
        assertThat(several.verdict()).isEqualTo("suspect");
        assertThat(several.score()).isLessThan(0.45);
    }

    @Test
    void aSlabsLabelCountsForASlabAndLeavesARawCardsScoreAsItWas() {
        Authenticity withoutIt = scorer.score(all(0.9));
        List<Named> raw = new java.util.ArrayList<>(all(0.9));
        raw.add(named(SignalNames.SLAB_LABEL, SignalReading.notApplicable("not a graded card in its slab")));
        List<Named> slab = new java.util.ArrayList<>(all(0.9));
        slab.add(named(SignalNames.SLAB_LABEL, SignalReading.of(0.1, "a number of another grader's shape")));

        assertThat(scorer.score(raw)).as("score, verdict, signals listed and rationale").isEqualTo(withoutIt);
        assertThat(scorer.score(slab).score()).isLessThan(withoutIt.score());
    }

    private static List<Named> all(double value) {
        return List.of(SignalNames.REFERENCE_MATCH, SignalNames.PRINTED_TEXT, SignalNames.PRINT_AND_FINISH,
                SignalNames.BACK, SignalNames.SCREEN_PHOTO, SignalNames.LABELS, SignalNames.MODEL_OPINION).stream()
                .map(name -> named(name, SignalReading.of(value, "fine"))).toList();
    }

    private static Named named(String name, SignalReading reading) {
        return new Named(name, reading);
    }
}

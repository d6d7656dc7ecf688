package com.collectiq.authenticity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.authenticity.*}: how much each signal weighs and where the verdicts begin. The one
 * place these numbers live; the README's table of signals explains each.
 *
 * @param weights          each signal's weight; only the ratios matter: the defaults of the signals
 *                         every card has sum to 1, and a slab's label adds its own
 * @param genuineAt        a score at or above this is {@code likely-genuine} (given enough coverage)
 * @param suspectBelow     a score below this is {@code suspect} (given enough coverage)
 * @param minCoverage      share of the total weight that must be available for any verdict but
 *                         {@code inconclusive}; below it the score is also pulled towards 0.5
 * @param matchDistance    reference match: a pHash distance (bits) at or below this is a full match
 * @param mismatchDistance reference match: a distance at or above this is no match at all
 * @param modelTimeout     longest wait for the model's opinion, retries included
 */
@ConfigurationProperties("collectiq.authenticity")
public record AuthenticityProperties(
        @DefaultValue Weights weights,
        @DefaultValue("0.75") double genuineAt,
        @DefaultValue("0.45") double suspectBelow,
        @DefaultValue("0.6") double minCoverage,
        @DefaultValue("8") int matchDistance,
        @DefaultValue("22") int mismatchDistance,
        @DefaultValue("20s") Duration modelTimeout) {

    public AuthenticityProperties {
        if (!(suspectBelow <= genuineAt)) {
            throw new IllegalArgumentException("collectiq.authenticity.suspect-below must not exceed genuine-at");
        }
        if (matchDistance >= mismatchDistance) {
            throw new IllegalArgumentException("collectiq.authenticity.match-distance must be below mismatch-distance");
        }
    }

    /** Each signal's weight, by the signal's name in {@link SignalNames}. */
    public record Weights(
            @DefaultValue("0.25") double referenceMatch,
            @DefaultValue("0.20") double printedText,
            @DefaultValue("0.15") double printAndFinish,
            @DefaultValue("0.10") double back,
            @DefaultValue("0.10") double screenPhoto,
            @DefaultValue("0.05") double labels,
            @DefaultValue("0.15") double modelOpinion,
            @DefaultValue("0.15") double slabLabel) {

        public Weights {
            for (double weight : new double[] {referenceMatch, printedText, printAndFinish, back, screenPhoto, labels,
                modelOpinion, slabLabel}) {
                if (weight < 0 || !Double.isFinite(weight)) {
                    throw new IllegalArgumentException("authenticity weights are finite and not negative");
                }
            }
        }

        public double of(String signal) {
            return switch (signal) {
                case SignalNames.REFERENCE_MATCH -> referenceMatch;
                case SignalNames.PRINTED_TEXT -> printedText;
                case SignalNames.PRINT_AND_FINISH -> printAndFinish;
                case SignalNames.BACK -> back;
                case SignalNames.SCREEN_PHOTO -> screenPhoto;
                case SignalNames.LABELS -> labels;
                case SignalNames.MODEL_OPINION -> modelOpinion;
                case SignalNames.SLAB_LABEL -> slabLabel;
                default -> throw new IllegalArgumentException("no weight for signal " + signal);
            };
        }

        /** The weight of the signals every card has; a slab's label counts beside it only for a slab. */
        public double everyCard() {
            return referenceMatch + printedText + printAndFinish + back + screenPhoto + labels + modelOpinion;
        }

        /** Whether every card has this signal (not only a graded card in its slab). */
        public static boolean forEveryCard(String signal) {
            return !SignalNames.SLAB_LABEL.equals(signal);
        }
    }

    /** The defaults, for callers outside Spring (tests). */
    public static AuthenticityProperties defaults() {
        return new AuthenticityProperties(new Weights(0.25, 0.20, 0.15, 0.10, 0.10, 0.05, 0.15, 0.15), 0.75, 0.45, 0.6, 8,
                22, Duration.ofSeconds(20));
    }
}

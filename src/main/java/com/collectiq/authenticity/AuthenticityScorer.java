package com.collectiq.authenticity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.collectiq.card.Authenticity;
import com.collectiq.card.Authenticity.Signal;

/**
 * Turns signal readings into a score, a verdict and a rationale. The score is the weighted
 * geometric mean of the signals that could look (an unavailable signal's weight is spread over the
 * others), each value floored at {@value #FLOOR}: unlike an arithmetic mean it lets one clearly
 * failed check pull the score down however well the rest looks, and several failed checks make a
 * fake {@code suspect} even when the picture itself matches the reference. Because a
 * mean of two signals can be as high as a mean of seven, coverage — the share of the total weight
 * that was available — gates the verdict: below {@code min-coverage} the verdict is
 * {@code inconclusive}, and the score is pulled towards 0.5 in proportion and kept inside the
 * inconclusive band, so thin evidence never reads as a confident answer either way.
 */
final class AuthenticityScorer {

    static final String LIKELY_GENUINE = "likely-genuine";
    static final String INCONCLUSIVE = "inconclusive";
    static final String SUSPECT = "suspect";

    private static final double NEUTRAL = 0.5;
    /** Lowest value a signal counts with: the geometric mean of anything with a 0 would be 0. */
    static final double FLOOR = 0.05;
    /** How far below {@code genuine-at} a thin-evidence score stays, so it never reads as the verdict above. */
    private static final double BAND_EDGE = 0.01;
    /** How many of the weakest signals the rationale names. */
    private static final int NAMED_CONCERNS = 2;

    /** One signal's reading under its name. */
    record Named(String name, SignalReading reading) {
    }

    private final AuthenticityProperties properties;

    AuthenticityScorer(AuthenticityProperties properties) {
        this.properties = properties;
    }

    Authenticity score(List<Named> all) {
        // a signal that does not apply to this card (a slab's label on a raw card) is left out of
        // everything, the listed signals and the rationale included: a raw card reads as before
        List<Named> readings = all.stream().filter(named -> named.reading().applies()).toList();
        AuthenticityProperties.Weights weights = properties.weights();
        double availableWeight = readings.stream().filter(named -> named.reading().available())
                .mapToDouble(named -> weights.of(named.name())).sum();
        double weightedLog = readings.stream().filter(named -> named.reading().available())
                .mapToDouble(named -> weights.of(named.name()) * Math.log(Math.max(FLOOR, named.reading().value())))
                .sum();
        // a signal only some cards have (a slab's label) counts in the total only where it applies
        double total = weights.everyCard() + readings.stream()
                .filter(named -> !AuthenticityProperties.Weights.forEveryCard(named.name()))
                .mapToDouble(named -> weights.of(named.name())).sum();
        double coverage = total == 0 ? 0 : availableWeight / total;
        double mean = availableWeight == 0 ? NEUTRAL : Math.exp(weightedLog / availableWeight);
        double score = round(thinEvidence(mean, coverage));
        String verdict = verdict(score, coverage);
        List<Signal> signals = readings.stream()
                .map(named -> new Signal(named.name(), rounded(named.reading().value()),
                        named.reading().available() && availableWeight > 0
                                ? round(weights.of(named.name()) / availableWeight) : 0,
                        named.reading().reason()))
                .toList();
        return new Authenticity(score, verdict, signals, rationale(verdict, score, coverage, readings));
    }

    /** The mean itself with enough coverage; otherwise pulled towards 0.5 and kept off both verdicts' ranges. */
    private double thinEvidence(double mean, double coverage) {
        if (coverage >= properties.minCoverage()) {
            return mean;
        }
        double pulled = NEUTRAL + (mean - NEUTRAL) * coverage / properties.minCoverage();
        return Math.max(properties.suspectBelow(), Math.min(properties.genuineAt() - BAND_EDGE, pulled));
    }

    private String verdict(double score, double coverage) {
        if (coverage < properties.minCoverage()) {
            return INCONCLUSIVE;
        }
        if (score >= properties.genuineAt()) {
            return LIKELY_GENUINE;
        }
        return score < properties.suspectBelow() ? SUSPECT : INCONCLUSIVE;
    }

    private String rationale(String verdict, double score, double coverage, List<Named> readings) {
        List<Named> available = readings.stream().filter(named -> named.reading().available()).toList();
        List<String> sentences = new ArrayList<>();
        sentences.add(String.format(Locale.ROOT, "%s: score %.2f from %d of %d signals (%.0f%% of the weight).",
                capitalised(verdict), score, available.size(), readings.size(), coverage * 100));
        if (coverage < properties.minCoverage()) {
            sentences.add(String.format(Locale.ROOT, "Too little could be checked for a verdict (%.0f%% is needed).",
                    properties.minCoverage() * 100));
        }
        available.stream()
                .sorted(Comparator.comparingDouble(named -> named.reading().value()))
                .limit(NAMED_CONCERNS)
                .filter(named -> named.reading().value() < 1)
                .forEach(named -> sentences.add(String.format(Locale.ROOT, "%s %.2f: %s", named.name(),
                        named.reading().value(), sentence(named.reading().reason()))));
        String unavailable = readings.stream().filter(named -> !named.reading().available())
                .map(named -> named.name() + " (" + named.reading().reason() + ")")
                .collect(Collectors.joining("; "));
        if (!unavailable.isEmpty()) {
            sentences.add("Not checked: " + unavailable + ".");
        }
        return String.join(" ", sentences);
    }

    private static String sentence(String reason) {
        return reason.endsWith(".") ? reason : reason + ".";
    }

    private static String capitalised(String verdict) {
        return Character.toUpperCase(verdict.charAt(0)) + verdict.substring(1);
    }

    private static Double rounded(Double value) {
        return value == null ? null : round(value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

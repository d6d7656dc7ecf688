package com.collectiq.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.collectiq.card.Identity;
import com.collectiq.testsupport.eras.Era;
import com.collectiq.testsupport.eras.GroundTruth;

/**
 * Scores readings of rendered photos against their ground truth: top-1 (the exact catalog id),
 * top-3 (among the first three candidates), and the calibration of the confidence the identifier gave.
 */
public final class ReadingScores {

    /** Confidence at or above which an identification counts as confident (the calibration line). */
    public static final double CONFIDENT = 0.8;
    private static final double[] BUCKETS = {0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0000001};

    /** One photo's result; a refused photo or one without an identity scores as a miss at confidence 0. */
    public record Scored(Era era, String expected, String identified, boolean top1, boolean top3, double confidence) {
    }

    /** Counts over a set of photos. */
    public record Tally(int photos, int top1, int top3, int confident, int confidentRight) {

        public double topOneShare() {
            return share(top1, photos);
        }

        public double topThreeShare() {
            return share(top3, photos);
        }

        public double confidentShare() {
            return share(confident, photos);
        }

        public double confidentPrecision() {
            return share(confidentRight, confident);
        }
    }

    private final List<Scored> scored = new ArrayList<>();

    public Scored add(GroundTruth truth, Identity identity) {
        String expected = truth.catalogId();
        Scored result = identity == null
                ? new Scored(truth.era(), expected, null, false, false, 0)
                : new Scored(truth.era(), expected, identity.catalogId(), expected.equals(identity.catalogId()),
                        identity.candidates().stream().limit(3).anyMatch(c -> expected.equals(c.catalogId())),
                        identity.confidence());
        scored.add(result);
        return result;
    }

    public List<Scored> scored() {
        return List.copyOf(scored);
    }

    public Tally overall() {
        return tally(s -> true);
    }

    public Tally of(Era era) {
        return tally(s -> s.era() == era);
    }

    /** The per-era table, the overall line and the calibration table, as the bench prints them. */
    public String report(String title) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%s%n", title));
        out.append(String.format(Locale.ROOT, "%-18s %6s %8s %8s %10s %12s%n", "era", "photos", "top-1", "top-3",
                "conf>=0.8", "precision"));
        for (Era era : Era.values()) {
            Tally tally = of(era);
            if (tally.photos() > 0) {
                out.append(line(era.label(), tally));
            }
        }
        out.append(line("overall", overall()));
        out.append(String.format(Locale.ROOT, "calibration: %-12s %6s %10s%n", "confidence", "photos", "right"));
        for (int i = 0; i + 1 < BUCKETS.length; i++) {
            double low = BUCKETS[i];
            double high = BUCKETS[i + 1];
            List<Scored> in = scored.stream().filter(s -> s.confidence() >= low && s.confidence() < high).toList();
            long right = in.stream().filter(Scored::top1).count();
            out.append(String.format(Locale.ROOT, "             %-12s %6d %9.1f %%%n",
                    String.format(Locale.ROOT, "[%.1f, %.1f)", low, Math.min(1.0, high)).replace("1.0)", "1.0]"),
                    in.size(), 100 * share((int) right, in.size())));
        }
        return out.toString();
    }

    private static String line(String label, Tally tally) {
        return String.format(Locale.ROOT, "%-18s %6d %7.1f%% %7.1f%% %9.1f%% %11.1f%%%n", label, tally.photos(),
                100 * tally.topOneShare(), 100 * tally.topThreeShare(), 100 * tally.confidentShare(),
                100 * tally.confidentPrecision());
    }

    private Tally tally(Predicate<Scored> which) {
        List<Scored> in = scored.stream().filter(which).toList();
        return new Tally(in.size(), (int) in.stream().filter(Scored::top1).count(),
                (int) in.stream().filter(Scored::top3).count(),
                (int) in.stream().filter(s -> s.confidence() >= CONFIDENT).count(),
                (int) in.stream().filter(s -> s.confidence() >= CONFIDENT && s.top1()).count());
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}

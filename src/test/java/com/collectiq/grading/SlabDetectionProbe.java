package com.collectiq.grading;

import java.awt.geom.Point2D;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.testsupport.slabs.Grader;
import com.collectiq.testsupport.slabs.SlabCase;
import com.collectiq.testsupport.slabs.SlabPhoto;
import com.collectiq.vision.CardOutline;
import com.collectiq.vision.ImagePoint;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoChecker;
import com.collectiq.vision.PhotoRejectedException;
import com.collectiq.testsupport.slabs.SlabSampler;

/**
 * The vision half of {@link SlabReadingProbe}, without OCR: what slab detection and the label's cut
 * make of rendered slabs, against the renderer's truth, and how many raw cards it takes for slabs.
 * Run as {@code SlabReadingProbe detect <slabs> <seed> <raw per era> [folder for the misses' overlays]}.
 */
final class SlabDetectionProbe {

    /** An outline whose corners all lie within this share of the case's height of the case's corners is the case. */
    private static final double SAME_CORNERS = 0.04;

    /** What became of one slab photo, from the first step that failed. */
    enum Outcome {
        REFUSED, NO_OUTLINE, NO_SLAB, LABEL_MISCUT, LABEL_CUT
    }

    private SlabDetectionProbe() {
    }

    public static void main(String[] args) throws Exception {
        int slabs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261205L;
        int rawPerEra = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path dump = args.length > 3 ? Path.of(args[3]) : null;
        PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Grader, int[]> byGrader = new EnumMap<>(Grader.class);
        int[] outlineIsCase = new int[1];
        List<Long> slabMillis = new ArrayList<>();
        int index = 0;
        for (SlabCase slab : SlabSampler.sample(EraCatalog.bundled(), seed, slabs)) {
            SlabPhoto photo = slab.render();
            Outcome outcome = Outcome.REFUSED;
            String outline = "";
            try {
                long before = threads.getCurrentThreadCpuTime();
                PhotoAnalysis front = analyzer.analyse(photo.jpeg(), "image/jpeg");
                slabMillis.add((threads.getCurrentThreadCpuTime() - before) / 1_000_000);
                outline = front.features().outline().map(found -> kind(found, photo)).orElse("none");
                outlineIsCase[0] += outline.equals("case") ? 1 : 0;
                outcome = outcome(front, photo);
                if (dump != null && outcome != Outcome.LABEL_CUT) {
                    Overlay.write(dump.resolve(String.format(Locale.ROOT, "%03d-%s-%s.png", index,
                            photo.truth().label().grader(), outcome)), photo.jpeg(), front,
                            photo.truth().cardCorners(), photo.truth().labelCorners());
                }
            } catch (PhotoRejectedException refused) {
                outline = refused.getMessage();
            }
            int[] counts = byGrader.computeIfAbsent(photo.truth().label().grader(), g -> new int[4]);
            counts[0]++;
            counts[1] += outcome.compareTo(Outcome.NO_OUTLINE) > 0 ? 1 : 0;
            counts[2] += outcome.compareTo(Outcome.NO_SLAB) > 0 ? 1 : 0;
            counts[3] += outcome == Outcome.LABEL_CUT ? 1 : 0;
            if (outcome != Outcome.LABEL_CUT) {
                System.out.printf(Locale.ROOT, "miss %d %s %s (outline: %s, label %.1f px/mm, exif %s)%n", index,
                        photo.truth().label().grader(), outcome, outline, photo.truth().labelPxPerMm(),
                        slab.scene().exifOrientation());
            }
            index++;
        }
        int raw = 0;
        int rawTaken = 0;
        List<Long> rawMillis = new ArrayList<>();
        for (PhotoCase card : PhotoSampler.perEra(EraCatalog.bundled(), seed, rawPerEra)) {
            CardPhoto photo = card.render();
            byte[] jpeg = photo.jpeg();
            raw++;
            try {
                long before = threads.getCurrentThreadCpuTime();
                PhotoAnalysis front = analyzer.analyse(jpeg, "image/jpeg");
                rawMillis.add((threads.getCurrentThreadCpuTime() - before) / 1_000_000);
                if (front.slab().isPresent()) {
                    rawTaken++;
                    System.out.printf(Locale.ROOT, "raw %d %s taken for a slab%n", raw - 1, card.card().catalogId());
                    if (dump != null) {
                        Overlay.write(dump.resolve(String.format(Locale.ROOT, "raw-%03d.png", raw - 1)), jpeg, front,
                                photo.truth().corners(), photo.truth().corners());
                    }
                }
            } catch (PhotoRejectedException refused) {
                // a refused photo is not taken for anything
            }
        }
        System.out.println(report(seed, byGrader, outlineIsCase[0], raw, rawTaken));
        System.out.printf(Locale.ROOT, "thread CPU per analysis: slabs median %d ms p90 %d ms; raw cards median %d ms p90 %d ms%n",
                percentile(slabMillis, 0.5), percentile(slabMillis, 0.9), percentile(rawMillis, 0.5),
                percentile(rawMillis, 0.9));
    }

    private static Outcome outcome(PhotoAnalysis front, SlabPhoto photo) {
        if (front.features().outline().isEmpty()) {
            return Outcome.NO_OUTLINE;
        }
        if (front.slab().isEmpty()) {
            return Outcome.NO_SLAB;
        }
        return LabelCut.of(front.slab().get().label().corners(), photo.truth().labelCorners()).right()
                ? Outcome.LABEL_CUT : Outcome.LABEL_MISCUT;
    }

    /** Whether the outline found is the case's, the card's, or something else. */
    private static String kind(CardOutline outline, SlabPhoto photo) {
        List<Point2D.Double> slab = photo.truth().slabCorners();
        double caseHeight = slab.get(0).distance(slab.get(3));
        if (farthest(outline.corners(), slab) < SAME_CORNERS * caseHeight) {
            return "case";
        }
        if (farthest(outline.corners(), photo.truth().cardCorners()) < SAME_CORNERS * caseHeight) {
            return "card";
        }
        return outline.fullFrame() ? "full frame" : "other";
    }

    /** The largest distance from a true corner to the nearest found one. */
    private static double farthest(List<ImagePoint> found, List<Point2D.Double> truth) {
        return truth.stream().mapToDouble(t -> found.stream().mapToDouble(f -> t.distance(f.x(), f.y())).min()
                .orElseThrow()).max().orElseThrow();
    }

    private static String report(long seed, Map<Grader, int[]> byGrader, int outlineIsCase, int raw, int rawTaken) {
        StringBuilder out = new StringBuilder("Slab detection, seed " + seed + '\n');
        out.append("| grader | slabs | outline | slab detected | label cut right |\n|---|---|---|---|---|\n");
        int[] all = new int[4];
        byGrader.forEach((grader, c) -> {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", grader, c[0], c[1], c[2], c[3]));
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
        });
        out.append(String.format(Locale.ROOT, "| all | %d | %.1f %% | %.1f %% | %.1f %% |%n", all[0],
                100.0 * all[1] / all[0], 100.0 * all[2] / all[0], 100.0 * all[3] / all[0]));
        out.append(String.format(Locale.ROOT, "outlines that are the case's: %d; raw cards: %d, taken for a slab %d%n",
                outlineIsCase, raw, rawTaken));
        return out.toString();
    }

    private static long percentile(List<Long> values, double share) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * share))];
    }
}

package com.collectiq.grading;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.collectiq.testsupport.slabs.SlabLabel;

/**
 * Scores slab readings against the renderer's truth, per grader: grader, grade (an authentic-only
 * label counts right when read as graded without a grade) and certificate number exactly; and raw
 * cards taken for slabs or read as graded.
 */
final class SlabScores {

    record Scored(boolean grader, boolean grade, boolean cert) {

        boolean allRight() {
            return grader && grade && cert;
        }
    }

    private final Map<com.collectiq.testsupport.slabs.Grader, int[]> byGrader =
            new EnumMap<>(com.collectiq.testsupport.slabs.Grader.class);
    private int raw;
    private int rawDetected;
    private int rawGraded;

    Scored addSlab(SlabLabel truth, Optional<LabelReading> read) {
        boolean grader = read.map(r -> r.grader().name().equals(truth.grader().name())).orElse(false);
        boolean grade = grader && read.map(r -> truth.grade() == null ? r.grade() == null && r.graded()
                : truth.grade().equals(r.grade())).orElse(false);
        boolean cert = grader && read.map(r -> truth.certNumber().equals(r.certNumber())).orElse(false);
        int[] counts = byGrader.computeIfAbsent(truth.grader(), g -> new int[4]);
        counts[0]++;
        counts[1] += grader ? 1 : 0;
        counts[2] += grade ? 1 : 0;
        counts[3] += cert ? 1 : 0;
        return new Scored(grader, grade, cert);
    }

    void addRaw(boolean detected, boolean graded) {
        raw++;
        rawDetected += detected ? 1 : 0;
        rawGraded += graded ? 1 : 0;
    }

    int slabs() {
        return byGrader.values().stream().mapToInt(c -> c[0]).sum();
    }

    double share(int column) {
        int all = slabs();
        return all == 0 ? 0 : byGrader.values().stream().mapToInt(c -> c[column]).sum() / (double) all;
    }

    double graderShare() {
        return share(1);
    }

    double gradeShare() {
        return share(2);
    }

    double certShare() {
        return share(3);
    }

    int rawGraded() {
        return rawGraded;
    }

    String report(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append("| grader | slabs | grader right | grade right | cert exact |\n|---|---|---|---|---|\n");
        byGrader.forEach((grader, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", grader,
                c[0], c[1], c[2], c[3])));
        out.append(String.format(Locale.ROOT, "| all | %d | %.1f %% | %.1f %% | %.1f %% |%n", slabs(),
                100 * graderShare(), 100 * gradeShare(), 100 * certShare()));
        out.append(String.format(Locale.ROOT, "raw cards: %d, taken for a slab %d, read as graded %d%n", raw,
                rawDetected, rawGraded));
        return out.toString();
    }
}

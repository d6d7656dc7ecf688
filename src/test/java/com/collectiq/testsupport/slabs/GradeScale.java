package com.collectiq.testsupport.slabs;

import java.util.List;
import java.util.Random;

/**
 * Each grader's grades with the words its label prints beside them (from the graders' published scales:
 * PSA's grading standards, Beckett's and CGC Cards' scales, SGC's, TAG's and ACE's), weighted like the
 * population of graded cards: most submissions come back 9 or 10, some at half grades, a tail of low ones.
 */
final class GradeScale {

    /** One step of a scale: the grade as printed, its words, and how often it is drawn. */
    record Step(String grade, String words, double weight) {
    }

    private final List<Step> steps;
    private final String authentic;
    private final String altered;

    private GradeScale(String authentic, String altered, List<Step> steps) {
        this.steps = steps;
        this.authentic = authentic;
        this.altered = altered;
    }

    static GradeScale of(Grader grader) {
        return switch (grader) {
            case PSA -> new GradeScale("AUTHENTIC", "ALTERED AUTHENTIC", List.of(
                    step("10", "GEM MT", 30), step("9", "MINT", 28), step("8.5", "NM-MT+", 3), step("8", "NM-MT", 13),
                    step("7.5", "NM+", 2), step("7", "NM", 7), step("6.5", "EX-MT+", 1), step("6", "EX-MT", 4),
                    step("5.5", "EX+", 1), step("5", "EX", 3), step("4.5", "VG-EX+", 0.5), step("4", "VG-EX", 2),
                    step("3.5", "VG+", 0.5), step("3", "VG", 1.5), step("2.5", "GOOD+", 0.5), step("2", "GOOD", 1),
                    step("1.5", "FR", 0.5), step("1", "PR", 0.5)));
            case BGS -> new GradeScale("AUTHENTIC", "ALTERED", List.of(
                    step("10", "PRISTINE", 4), step("9.5", "GEM MINT", 30), step("9", "MINT", 27),
                    step("8.5", "NM-MT+", 12), step("8", "NM-MT", 9), step("7.5", "NM+", 4),
                    step("7", "NM", 3), step("6.5", "EX-MT+", 1), step("6", "EX-MT", 1.5),
                    step("5.5", "EX+", 0.5), step("5", "EX", 1), step("4.5", "VG-EX+", 0.3), step("4", "VG-EX", 0.5),
                    step("3.5", "VG+", 0.2), step("3", "VG", 0.4), step("2.5", "G-VG", 0.2), step("2", "GOOD", 0.3),
                    step("1.5", "FAIR", 0.1), step("1", "POOR", 0.2)));
            case CGC -> new GradeScale("Authentic", "Authentic Altered", List.of(
                    step("10", "Perfect", 1), step("10", "Pristine", 4), step("10", "Gem Mint", 22),
                    step("9.5", "Mint+", 18), step("9", "Mint", 25), step("8.5", "NM/Mint+", 7), step("8", "NM/Mint", 8),
                    step("7.5", "Near Mint+", 3), step("7", "Near Mint", 3), step("6.5", "Ex/NM+", 1),
                    step("6", "Ex/NM", 2), step("5.5", "Excellent+", 0.5), step("5", "Excellent", 1),
                    step("4.5", "VG/Ex+", 0.3), step("4", "VG/Ex", 0.6), step("3.5", "Very Good+", 0.3),
                    step("3", "Very Good", 0.4), step("2.5", "Good+", 0.2), step("2", "Good", 0.3), step("1.5", "Fair", 0.2),
                    step("1", "Poor", 0.2)));
            case SGC -> new GradeScale("AUTHENTIC", "ALTERED", List.of(
                    step("10", "PRISTINE", 4), step("10", "GEM MINT", 24), step("9.5", "MINT+", 16), step("9", "MINT", 25),
                    step("8.5", "NM/MT+", 7), step("8", "NM/MT", 9), step("7.5", "NM+", 3), step("7", "NM", 4),
                    step("6.5", "EX/NM+", 1), step("6", "EX/NM", 2), step("5.5", "EX+", 0.5), step("5", "EX", 1),
                    step("4.5", "VG/EX+", 0.3), step("4", "VG/EX", 0.6), step("3.5", "VG+", 0.3), step("3", "VG", 0.5),
                    step("2.5", "G+", 0.2), step("2", "G", 0.4), step("1.5", "FR", 0.2), step("1", "PR", 0.3)));
            case TAG -> new GradeScale(null, null, List.of(
                    step("10", "PRISTINE", 5), step("10", "GEM MINT", 25), step("9.5", "MINT+", 15), step("9", "MINT", 25),
                    step("8.5", "NM-MT+", 8), step("8", "NM-MT", 9), step("7.5", "NM+", 3), step("7", "NM", 4),
                    step("6", "EX-NM", 2), step("5", "EX", 1.5), step("4", "VG-EX", 1), step("3", "VG", 0.6),
                    step("2", "GOOD", 0.4), step("1", "POOR", 0.3)));
            case ACE -> new GradeScale(null, null, List.of(
                    step("10", "GEM MINT", 30), step("9", "MINT", 30), step("8", "NM-MT", 18), step("7", "NEAR MINT", 9),
                    step("6", "EX-NM", 5), step("5", "EXCELLENT", 3), step("4", "VG-EX", 2), step("3", "VERY GOOD", 1),
                    step("2", "GOOD", 0.8), step("1", "POOR", 0.5)));
        };
    }

    private static Step step(String grade, String words, double weight) {
        return new Step(grade, words, weight);
    }

    Step draw(Random random) {
        double total = steps.stream().mapToDouble(Step::weight).sum();
        double at = random.nextDouble() * total;
        for (Step step : steps) {
            at -= step.weight();
            if (at < 0) {
                return step;
            }
        }
        return steps.get(steps.size() - 1);
    }

    /** Draws a whole grade at or below the given one: PSA gives its qualifiers to whole grades below 10 only. */
    Step drawWholeAtMost(double grade, Random random) {
        Step step = draw(random);
        while (Double.parseDouble(step.grade()) > grade || step.grade().contains(".")) {
            step = draw(random);
        }
        return step;
    }

    /** The words of an authentic-only label; null when the grader issues none. */
    String authentic() {
        return authentic;
    }

    String altered() {
        return altered;
    }

    /** Whether grades go in halves (sub-grades follow the same step). */
    double increment() {
        return steps.stream().anyMatch(s -> s.grade().endsWith(".5")) ? 0.5 : 1;
    }
}

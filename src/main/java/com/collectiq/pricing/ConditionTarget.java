package com.collectiq.pricing;

import java.util.Locale;

import com.collectiq.card.Hints;

/**
 * The condition a card is priced in: a grader and grade for a slabbed card, else a raw condition
 * from the owner's hint, else from the condition estimate, else Near Mint, assumed and said so.
 */
public record ConditionTarget(ConditionScale condition, String grader, String grade, Basis basis) {

    public enum Basis {
        GRADED, HINT, ESTIMATE, ASSUMED
    }

    public static ConditionTarget of(Hints hints, String estimate) {
        Hints given = hints == null ? Hints.NONE : hints;
        if (given.grader() != null && !given.grader().isBlank()) {
            return new ConditionTarget(null, given.grader().trim().toUpperCase(Locale.ROOT),
                    normalGrade(given.grade()), Basis.GRADED);
        }
        return ConditionScale.parse(given.condition()).map(c -> new ConditionTarget(c, null, null, Basis.HINT))
                .or(() -> ConditionScale.parse(estimate).map(c -> new ConditionTarget(c, null, null, Basis.ESTIMATE)))
                .orElse(new ConditionTarget(ConditionScale.NM, null, null, Basis.ASSUMED));
    }

    public boolean graded() {
        return basis == Basis.GRADED;
    }

    /** Whether a graded price is of this card's grader and grade ({@code 9} and {@code 9.0} match). */
    public boolean matches(PricePoint point) {
        return graded() && point.graded() && grader.equalsIgnoreCase(point.grader())
                && grade != null && grade.equals(normalGrade(point.grade()));
    }

    /** {@code PSA 9}, or {@code Lightly Played}. */
    public String describe() {
        return graded() ? grader + (grade == null ? " (grade unknown)" : " " + grade) : condition.label();
    }

    private static String normalGrade(String grade) {
        if (grade == null || grade.isBlank()) {
            return null;
        }
        String trimmed = grade.trim();
        return trimmed.endsWith(".0") ? trimmed.substring(0, trimmed.length() - 2) : trimmed;
    }
}

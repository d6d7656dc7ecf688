package com.collectiq.card;

/**
 * What the owner told us about the card; every field optional. Hints win over weak readings, and
 * the grading hints (grader, grade, certNumber) win over what a slab's label reads.
 */
public record Hints(String name, String set, String number, String condition, String grader, String grade,
        String certNumber) {

    public static final Hints NONE = new Hints(null, null, null, null, null, null, null);

    /** Hints with no certificate number. */
    public Hints(String name, String set, String number, String condition, String grader, String grade) {
        this(name, set, number, condition, grader, grade, null);
    }

    /** Whether the owner said anything about a slab. */
    public boolean gradingGiven() {
        return present(grader) || present(grade) || present(certNumber);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

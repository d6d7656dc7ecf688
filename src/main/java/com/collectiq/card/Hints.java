package com.collectiq.card;

/**
 * What the owner told us about the card; every field optional. Hints win over weak readings, the
 * grading hints (grader, grade, certNumber) win over what a slab's label reads, and {@code catalogId}
 * (a candidate the owner picked) over every reading: the card is that one.
 */
public record Hints(String name, String set, String number, String condition, String grader, String grade,
        String certNumber, String catalogId) {

    public static final Hints NONE = new Hints(null, null, null, null, null, null, null, null);

    /** Hints with no certificate number and no picked catalog card. */
    public Hints(String name, String set, String number, String condition, String grader, String grade) {
        this(name, set, number, condition, grader, grade, null, null);
    }

    /** Hints without a picked catalog card (what {@code POST /cards} takes). */
    public Hints(String name, String set, String number, String condition, String grader, String grade,
            String certNumber) {
        this(name, set, number, condition, grader, grade, certNumber, null);
    }

    /** Whether the owner said anything about a slab. */
    public boolean gradingGiven() {
        return present(grader) || present(grade) || present(certNumber);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

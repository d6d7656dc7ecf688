package com.collectiq.card;

/**
 * What the owner told us about the card; every field optional. Hints win over weak readings, and
 * {@code catalogId} (a candidate the owner picked) over every reading: the card is that one.
 */
public record Hints(String name, String set, String number, String condition, String grader, String grade,
        String catalogId) {

    public static final Hints NONE = new Hints(null, null, null, null, null, null, null);

    /** Hints without a picked catalog card (what {@code POST /cards} takes). */
    public Hints(String name, String set, String number, String condition, String grader, String grade) {
        this(name, set, number, condition, grader, grade, null);
    }
}

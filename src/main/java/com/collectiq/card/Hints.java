package com.collectiq.card;

/** What the owner told us about the card; every field optional. Hints win over weak readings. */
public record Hints(String name, String set, String number, String condition, String grader, String grade) {

    public static final Hints NONE = new Hints(null, null, null, null, null, null);
}

package com.collectiq.card;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies clients send to the card routes. Text is bounded and free of control characters. */
public final class CardRequests {

    static final String PRINTABLE = "[^\\p{Cntrl}]*";
    /** A Pokémon TCG catalog id ({@code <set id>-<number>}, e.g. {@code base1-4}), or empty to clear one. */
    static final String CATALOG_ID = "([a-z0-9]{1,20}-[A-Za-z0-9]{1,10})?";

    private CardRequests() {
    }

    /** {@code POST /cards}: the uploaded photo's key, an optional back photo, optional hints. */
    public record Create(
            @NotBlank @Size(max = 512) @Pattern(regexp = PRINTABLE) String key,
            @Size(max = 512) @Pattern(regexp = PRINTABLE) String backKey,
            @Size(max = 120) @Pattern(regexp = PRINTABLE) String name,
            @Size(max = 120) @Pattern(regexp = PRINTABLE) String set,
            @Size(max = 32) @Pattern(regexp = PRINTABLE) String number,
            @Size(max = 40) @Pattern(regexp = PRINTABLE) String condition,
            @Size(max = 40) @Pattern(regexp = PRINTABLE) String grader,
            @Size(max = 16) @Pattern(regexp = PRINTABLE) String grade,
            @Size(max = 16) @Pattern(regexp = PRINTABLE) String certNumber) {

        Hints hints() {
            return new Hints(name, set, number, condition, grader, grade, certNumber);
        }
    }

    /**
     * {@code PATCH /cards/{id}}: corrected hints; an absent field is unchanged, an empty one cleared.
     * {@code catalogId} is a candidate the owner picked: the next valuation identifies the card as it.
     */
    public record Correct(
            @Size(max = 120) @Pattern(regexp = PRINTABLE) String name,
            @Size(max = 120) @Pattern(regexp = PRINTABLE) String set,
            @Size(max = 32) @Pattern(regexp = PRINTABLE) String number,
            @Size(max = 40) @Pattern(regexp = PRINTABLE) String condition,
            @Size(max = 40) @Pattern(regexp = PRINTABLE) String grader,
            @Size(max = 16) @Pattern(regexp = PRINTABLE) String grade,
            @Size(max = 16) @Pattern(regexp = PRINTABLE) String certNumber,
            @Pattern(regexp = CATALOG_ID) String catalogId) {

        Hints applyTo(Hints current) {
            Hints base = current == null ? Hints.NONE : current;
            return new Hints(merge(base.name(), name), merge(base.set(), set), merge(base.number(), number),
                    merge(base.condition(), condition), merge(base.grader(), grader), merge(base.grade(), grade),
                    merge(base.certNumber(), certNumber), merge(base.catalogId(), catalogId));
        }

        private static String merge(String current, String change) {
            if (change == null) {
                return current;
            }
            return change.isBlank() ? null : change.strip();
        }
    }
}

package com.collectiq.identification;

/**
 * What the vision stage saw that text cannot say: how likely the card is foil, in [0, 1], and its
 * border colour ({@code yellow}, {@code silver}, {@code gold}, …). Either is null when unknown.
 */
public record VisualHints(Double holoEstimate, String borderColour) {

    public static final VisualHints NONE = new VisualHints(null, null);

    Boolean silverBorder() {
        return borderColour == null ? null : borderColour.trim().equalsIgnoreCase("silver");
    }
}

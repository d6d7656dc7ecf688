package com.collectiq.extraction;

import java.util.List;

/**
 * What an extractor read: text lines (with their words), labels, which engine read them, and the
 * regions it could not read (never filled in with guesses).
 */
public record Extraction(List<TextLine> lines, List<Label> labels, String engine, List<String> unreadableRegions) {

    /** A box in the normalised card's coordinates, each value in [0, 1]; null where unknown. */
    public record Box(double left, double top, double width, double height) {
    }

    /** One word of a line. {@code confidence} in [0, 1]. */
    public record Word(String text, double confidence, Box box) {
    }

    /**
     * One printed line. {@code region} names where on the card it was read ({@code name},
     * {@code hp}, {@code bottom}, {@code copyright}, {@code illustrator}, …) or is null when the
     * engine reads the whole card at once.
     */
    public record TextLine(String text, double confidence, Box box, String region, List<Word> words) {
    }

    /** A label for the whole image (e.g. "Trading Card", "Pokemon"), {@code confidence} in [0, 1]. */
    public record Label(String name, double confidence) {
    }

    public static Extraction empty(String engine) {
        return new Extraction(List.of(), List.of(), engine, List.of());
    }
}

package com.collectiq.extraction;

import java.util.List;

/**
 * What an extractor read: text lines (with their words), labels, which engine read them, and the
 * regions it could not read (never filled in with guesses).
 */
public record Extraction(List<TextLine> lines, List<Label> labels, String engine, List<String> unreadableRegions) {

    /** A box in the normalised card's coordinates, each value in [0, 1]; null where unknown. */
    public record Box(double left, double top, double width, double height) {

        /** The smallest box holding all of these (a line's box from its words'). */
        public static Box around(List<Box> boxes) {
            double left = boxes.stream().mapToDouble(Box::left).min().orElse(0);
            double top = boxes.stream().mapToDouble(Box::top).min().orElse(0);
            double right = boxes.stream().mapToDouble(box -> box.left() + box.width()).max().orElse(0);
            double bottom = boxes.stream().mapToDouble(box -> box.top() + box.height()).max().orElse(0);
            return new Box(left, top, right - left, bottom - top);
        }
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

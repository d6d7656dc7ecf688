package com.collectiq.vision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the hard plastic case of a graded card around a card outline, and where its label is.
 *
 * <p>A slab is a card held square in a rigid case, its label across the case above the card. In
 * the card's own flat frame (millimetres, the card from (0, 0) to (63, 88)) that makes long straight
 * edges parallel to the card's sides that no table or sleeve makes together: the label's top and
 * bottom and the case's end across the card's width a few centimetres beyond one of its ends, and
 * the case's sides running past that end a few millimetres outside the card's. Each is measured as
 * the mean brightness step across a line through the photo, which is large only where an edge
 * runs the line's whole length; a textured table has steps everywhere but cancels out along a line.
 *
 * <p>Either end of the card may be the label's (the outline's "top" is the top as photographed), so
 * both are measured and the stronger taken. What is found is the region the label must lie in, not
 * the label's exact edges: the reader finds the text in it.
 */
final class SlabDetector {

    static final double CARD_WIDTH_MM = 63;
    static final double CARD_HEIGHT_MM = 88;
    /** Labels stand 12 to 30 mm tall within 3 to 45 mm of the card's end, across 56 to 80 mm of case. */
    static final double LABEL_NEAR_MM = 3;
    static final double LABEL_FAR_MM = 45;
    static final double LABEL_SIDE_MM = 10;
    /** The case's sides stand 4 to 16 mm outside the card's. */
    private static final double RIM_NEAR_MM = 3;
    private static final double RIM_FAR_MM = 16;
    private static final double STEP_MM = 0.5;
    /** How far across a line the brightness step is taken. */
    private static final double ACROSS_MM = 0.75;
    /** A line's step must stand this many times the median step of the lines around it. */
    private static final double STANDS_OUT = 2.2;
    /** ...and be this large in 8-bit luma, so a smooth background's faint lines do not count. */
    private static final double MIN_STEP = 6;
    /** Edges across the card's end (label top and bottom, case end) a slab shows, at the least. */
    private static final int MIN_ACROSS_EDGES = 2;

    /** What was found: the label's region in the photo, and how strongly the case's edges showed. */
    record Found(SlabLabel label, double strength) {
    }

    /**
     * @param photo the analysed (upright, subsampled) photo
     * @param outline the card's outline in {@code photo}'s pixels
     */
    Optional<SlabLabel> detect(RgbImage photo, CardOutline outline) {
        if (outline.fullFrame()) {
            return Optional.empty();
        }
        Homography cardToPhoto = Homography.mapping(List.of(new ImagePoint(0, 0), new ImagePoint(CARD_WIDTH_MM, 0),
                new ImagePoint(CARD_WIDTH_MM, CARD_HEIGHT_MM), new ImagePoint(0, CARD_HEIGHT_MM)), outline.corners());
        Optional<Found> above = end(photo, cardToPhoto, false);
        Optional<Found> below = end(photo, cardToPhoto, true);
        return above.map(a -> below.filter(b -> b.strength() > a.strength()).orElse(a)).or(() -> below)
                .map(Found::label);
    }

    /**
     * The label beyond one end of the card: the top as photographed, or the bottom (then the card and
     * its slab lie upside down, and the label's corners are given turned half round, so it reads upright).
     */
    private static Optional<Found> end(RgbImage photo, Homography cardToPhoto, boolean bottom) {
        // in a frame where the label's end of the card is y = 0 and the label lies at negative y
        Homography frame = bottom ? turnedHalf(cardToPhoto) : cardToPhoto;
        double[] across = new double[(int) ((LABEL_FAR_MM - LABEL_NEAR_MM) / STEP_MM) + 1];
        for (int i = 0; i < across.length; i++) {
            double y = -(LABEL_NEAR_MM + i * STEP_MM);
            across[i] = meanStep(photo, frame, 4, y, CARD_WIDTH_MM - 4, y, true);
        }
        int edgesAcross = standingOut(across);
        double[] leftRim = new double[(int) ((RIM_FAR_MM - RIM_NEAR_MM) / STEP_MM) + 1];
        double[] rightRim = new double[leftRim.length];
        for (int i = 0; i < leftRim.length; i++) {
            double out = RIM_NEAR_MM + i * STEP_MM;
            leftRim[i] = meanStep(photo, frame, -out, -LABEL_FAR_MM * 0.6, -out, CARD_HEIGHT_MM * 0.5, false);
            rightRim[i] = meanStep(photo, frame, CARD_WIDTH_MM + out, -LABEL_FAR_MM * 0.6, CARD_WIDTH_MM + out,
                    CARD_HEIGHT_MM * 0.5, false);
        }
        boolean rims = standingOut(leftRim) > 0 && standingOut(rightRim) > 0;
        if (edgesAcross < MIN_ACROSS_EDGES || !rims) {
            return Optional.empty();
        }
        double strength = max(across) + max(leftRim) + max(rightRim);
        List<ImagePoint> corners = List.of(
                frame.apply(-LABEL_SIDE_MM, -LABEL_FAR_MM), frame.apply(CARD_WIDTH_MM + LABEL_SIDE_MM, -LABEL_FAR_MM),
                frame.apply(CARD_WIDTH_MM + LABEL_SIDE_MM, -LABEL_NEAR_MM), frame.apply(-LABEL_SIDE_MM, -LABEL_NEAR_MM));
        return Optional.of(new Found(new SlabLabel(corners, CARD_WIDTH_MM + 2 * LABEL_SIDE_MM,
                LABEL_FAR_MM - LABEL_NEAR_MM), strength));
    }

    /** The card frame turned half round: its bottom end becomes the top, left and right swap. */
    private static Homography turnedHalf(Homography cardToPhoto) {
        List<ImagePoint> turned = List.of(cardToPhoto.apply(CARD_WIDTH_MM, CARD_HEIGHT_MM),
                cardToPhoto.apply(0, CARD_HEIGHT_MM), cardToPhoto.apply(0, 0), cardToPhoto.apply(CARD_WIDTH_MM, 0));
        return Homography.mapping(List.of(new ImagePoint(0, 0), new ImagePoint(CARD_WIDTH_MM, 0),
                new ImagePoint(CARD_WIDTH_MM, CARD_HEIGHT_MM), new ImagePoint(0, CARD_HEIGHT_MM)), turned);
    }

    /**
     * The mean absolute brightness step across the line from (x0, y0) to (x1, y1) in the card frame:
     * across y when {@code horizontal}, across x otherwise. Points off the photo count as no step.
     */
    private static double meanStep(RgbImage photo, Homography frame, double x0, double y0, double x1,
            double y1, boolean horizontal) {
        int samples = (int) Math.max(8, Math.hypot(x1 - x0, y1 - y0) / STEP_MM);
        double sum = 0;
        for (int i = 0; i <= samples; i++) {
            double x = x0 + (x1 - x0) * i / samples;
            double y = y0 + (y1 - y0) * i / samples;
            double dx = horizontal ? 0 : ACROSS_MM;
            double dy = horizontal ? ACROSS_MM : 0;
            float before = lumaAt(photo, frame.apply(x - dx, y - dy));
            float after = lumaAt(photo, frame.apply(x + dx, y + dy));
            if (!Float.isNaN(before) && !Float.isNaN(after)) {
                sum += Math.abs(after - before);
            }
        }
        return sum / (samples + 1);
    }

    private static float lumaAt(RgbImage photo, ImagePoint point) {
        int x = (int) Math.round(point.x());
        int y = (int) Math.round(point.y());
        if (x < 0 || y < 0 || x >= photo.width || y >= photo.height) {
            return Float.NaN;
        }
        return RgbImage.luma(photo.pixels[y * photo.width + x]);
    }

    /** How many local peaks of the profile stand out of its median by {@link #STANDS_OUT} and {@link #MIN_STEP}. */
    private static int standingOut(double[] profile) {
        double median = Arrays.stream(profile).sorted().skip(profile.length / 2).findFirst().orElse(0);
        double bar = Math.max(MIN_STEP, median * STANDS_OUT);
        int peaks = 0;
        for (int i = 0; i < profile.length; i++) {
            boolean peak = (i == 0 || profile[i] >= profile[i - 1]) && (i == profile.length - 1 || profile[i] > profile[i + 1]);
            if (peak && profile[i] >= bar) {
                peaks++;
            }
        }
        return peaks;
    }

    private static double max(double[] profile) {
        return Arrays.stream(profile).max().orElse(0);
    }
}

package com.collectiq.vision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Measures the printed border on a {@link NormalisedCard}: the card's true outer edge on each side
 * (averaged over the middle of the side), the border's colour, and per row or column where that
 * colour ends. Medians across rows make the widths robust to artwork that touches the border.
 */
final class BorderAnalyser {

    /** How far (px) the true edge may lie from where the outline put it. */
    private static final int EDGE_SEARCH = 8;
    /** Below this mean colour step (RGB distance) there is no edge to trust, e.g. a tight crop. */
    private static final double MIN_EDGE_STEP = 15;
    /** A pixel this far (RGB distance) from the border colour is no longer border. */
    private static final double BORDER_EXIT_DISTANCE = 50;
    private static final double MAX_BORDER_SHARE = 0.22;
    private static final double MIN_ROWS_FOUND = 0.4;

    enum Side { LEFT, RIGHT, TOP, BOTTOM }

    /**
     * @param outer          the card's edge on each side (LEFT, RIGHT, TOP, BOTTOM), in pixels inward
     *                       from the normalised image's own edge
     * @param borderRgb      the border's median colour
     * @param measurement    widths and centering, empty when a border's inner edge was not found
     * @param whitenedShare  share of the outermost border pixels lighter and greyer than the border, 0..1
     */
    record Result(double[] outer, int borderRgb, Optional<BorderMeasurement> measurement, double whitenedShare) {

        /** The card's interior in normalised-image coordinates: {x0, y0, x1, y1}, inclusive, 2 px inside the edge. */
        int[] cardBox(RgbImage image) {
            return new int[] {(int) Math.ceil(outer[0] + 2), (int) Math.ceil(outer[2] + 2),
                (int) Math.floor(image.width - 1 - outer[1] - 2), (int) Math.floor(image.height - 1 - outer[3] - 2)};
        }
    }

    Result analyse(NormalisedCard card) {
        RgbImage image = card.image;
        double[] outer = new double[4];
        for (Side side : Side.values()) {
            outer[side.ordinal()] = outerEdge(image, side);
        }
        int borderRgb = borderColour(image, outer);
        double[] widths = new double[4];
        boolean allFound = true;
        for (Side side : Side.values()) {
            SideWidth width = borderWidth(image, side, outer[side.ordinal()], borderRgb);
            allFound &= width.found;
            widths[side.ordinal()] = width.pixels;
        }
        Optional<BorderMeasurement> measurement = Optional.empty();
        if (allFound) {
            double cardWidth = image.width - outer[Side.LEFT.ordinal()] - outer[Side.RIGHT.ordinal()];
            double cardHeight = image.height - outer[Side.TOP.ordinal()] - outer[Side.BOTTOM.ordinal()];
            double mmAcross = 63 / cardWidth;
            double mmDown = 88 / cardHeight;
            measurement = Optional.of(BorderMeasurement.of(widths[0] * mmAcross, widths[1] * mmAcross,
                    widths[2] * mmDown, widths[3] * mmDown));
        }
        return new Result(outer, borderRgb, measurement, whitenedShare(image, outer, borderRgb));
    }

    /** The colour at depth {@code p} (inward from the image edge) and position {@code q} along a side. */
    private static int pixel(RgbImage image, Side side, int p, int q) {
        return switch (side) {
            case LEFT -> image.pixels[q * image.width + p];
            case RIGHT -> image.pixels[q * image.width + image.width - 1 - p];
            case TOP -> image.pixels[p * image.width + q];
            case BOTTOM -> image.pixels[(image.height - 1 - p) * image.width + q];
        };
    }

    /** The middle 70 % of a side, away from the corners (rounded on real cards). */
    private static int[] span(RgbImage image, Side side) {
        int length = side == Side.LEFT || side == Side.RIGHT ? image.height : image.width;
        return new int[] {(int) (length * 0.15), (int) (length * 0.85)};
    }

    private static double outerEdge(RgbImage image, Side side) {
        int[] span = span(image, side);
        int from = NormalisedCard.MARGIN - EDGE_SEARCH;
        double[] step = new double[2 * EDGE_SEARCH + 1];
        int best = 0;
        for (int k = 0; k < step.length; k++) {
            int p = from + k;
            double sum = 0;
            for (int q = span[0]; q < span[1]; q++) {
                sum += RgbImage.colourDistance(pixel(image, side, p - 1, q), pixel(image, side, p + 1, q));
            }
            step[k] = sum / (span[1] - span[0]);
            if (step[k] > step[best]) {
                best = k;
            }
        }
        if (step[best] < MIN_EDGE_STEP || best == 0 || best == step.length - 1) {
            return NormalisedCard.MARGIN - 0.5; // no clear edge: trust the outline
        }
        return from + best + CardOutlineDetector.parabolicPeak(step[best - 1], step[best], step[best + 1]);
    }

    /** The per-channel median of thin strips just inside the card's edge on all four sides. */
    private static int borderColour(RgbImage image, double[] outer) {
        List<Integer> samples = new ArrayList<>();
        for (Side side : Side.values()) {
            int[] span = span(image, side);
            int start = (int) Math.ceil(outer[side.ordinal()]) + 3;
            for (int p = start; p < start + 3; p++) {
                for (int q = span[0]; q < span[1]; q += 2) {
                    samples.add(pixel(image, side, p, q));
                }
            }
        }
        int[] red = samples.stream().mapToInt(c -> c >> 16 & 0xFF).sorted().toArray();
        int[] green = samples.stream().mapToInt(c -> c >> 8 & 0xFF).sorted().toArray();
        int[] blue = samples.stream().mapToInt(c -> c & 0xFF).sorted().toArray();
        int middle = samples.size() / 2;
        return red[middle] << 16 | green[middle] << 8 | blue[middle];
    }

    private record SideWidth(boolean found, double pixels) {
    }

    /**
     * Per row, where the border colour ends: the first pixel clearly not border, then back to where
     * the colour change is half done (the edge's centre even when the photo is blurred).
     */
    private static SideWidth borderWidth(RgbImage image, Side side, double outer, int borderRgb) {
        int[] span = span(image, side);
        int cardLength = side == Side.LEFT || side == Side.RIGHT ? image.width : image.height;
        int start = (int) Math.ceil(outer) + 2;
        int end = (int) (outer + MAX_BORDER_SHARE * (cardLength - 2 * NormalisedCard.MARGIN));
        double[] found = new double[span[1] - span[0]];
        int count = 0;
        double[] distance = new double[end - start + 4];
        for (int q = span[0]; q < span[1]; q++) {
            for (int k = 0; k < distance.length; k++) {
                distance[k] = RgbImage.colourDistance(pixel(image, side, start + k, q), borderRgb);
            }
            int exit = -1;
            for (int k = 1; k < distance.length - 3; k++) {
                if (distance[k] >= BORDER_EXIT_DISTANCE) {
                    exit = k;
                    break;
                }
            }
            // a row where glare or a finger hides the border says nothing about its width
            if (exit < 0 || distance[0] > BORDER_EXIT_DISTANCE / 2 || isBlownOut(pixel(image, side, start + exit, q))) {
                continue;
            }
            double plateau = Math.max(Math.max(distance[exit], distance[exit + 1]), Math.max(distance[exit + 2], distance[exit + 3]));
            double half = plateau / 2;
            int k = exit;
            while (k > 1 && distance[k - 1] >= half) {
                k--;
            }
            double crossing = (k - 1) + (half - distance[k - 1]) / Math.max(1e-9, distance[k] - distance[k - 1]);
            found[count++] = start + crossing - outer;
        }
        if (count < MIN_ROWS_FOUND * found.length) {
            return new SideWidth(false, 0);
        }
        double[] widths = Arrays.copyOf(found, count);
        Arrays.sort(widths);
        return new SideWidth(true, widths[count / 2]);
    }

    private static boolean isBlownOut(int rgb) {
        return (rgb >> 16 & 0xFF) >= 240 && (rgb >> 8 & 0xFF) >= 240 && (rgb & 0xFF) >= 240;
    }

    /**
     * Whitening: the paper showing through worn edges. Counted in the 3 px just inside the edge as
     * pixels clearly lighter and greyer than the border; meaningless on white or silver borders
     * (reported as 0 there).
     */
    private static double whitenedShare(RgbImage image, double[] outer, int borderRgb) {
        BorderColour colour = BorderColour.of(borderRgb);
        if (colour == BorderColour.WHITE || colour == BorderColour.SILVER) {
            return 0;
        }
        double borderLuma = RgbImage.luma(borderRgb);
        double borderSaturation = BorderColour.hsv(borderRgb)[1];
        long whitened = 0;
        long total = 0;
        for (Side side : Side.values()) {
            int[] span = span(image, side);
            int start = (int) Math.ceil(outer[side.ordinal()]) + 1;
            for (int p = start; p < start + 3; p++) {
                for (int q = span[0]; q < span[1]; q++) {
                    int rgb = pixel(image, side, p, q);
                    total++;
                    // on a black border saturation says nothing; lightness alone shows the paper
                    boolean greyer = colour == BorderColour.BLACK || BorderColour.hsv(rgb)[1] < borderSaturation - 0.2;
                    if (RgbImage.luma(rgb) > borderLuma + 40 && greyer) {
                        whitened++;
                    }
                }
            }
        }
        return total == 0 ? 0 : whitened / (double) total;
    }
}

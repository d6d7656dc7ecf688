package com.collectiq.extraction.tesseract;

/**
 * Light print made dark on white for Tesseract: a full art's name and number are white letters,
 * often outlined, over the artwork, which a reading of the card as it looks drops with the picture.
 * The white top-hat (the image less its morphological opening) keeps what is brighter than its
 * surroundings and narrower than the window: strokes of print, not the sky or a face behind them.
 */
final class BrightStrokes {

    /** Of the brightness above the opening, this share of pixels or fewer is taken as full ink. */
    private static final double INK_SHARE = 0.01;
    /** The full darkness is never set below this difference, so noise and JPEG ringing stay light. */
    private static final int FAINTEST_INK = 16;

    private BrightStrokes() {
    }

    /**
     * The image's bright strokes up to {@code 2 × radius + 1} pixels wide, dark on white, in an image
     * of the same size and coordinates.
     */
    static RegionImage of(RegionImage image, int radius) {
        int[] brighter = topHat(image, radius);
        int[] histogram = new int[256];
        for (int difference : brighter) {
            histogram[difference]++;
        }
        int full = inkLevel(histogram, brighter.length);
        byte[] strokes = new byte[brighter.length];
        for (int i = 0; i < brighter.length; i++) {
            int ink = Math.min(255, brighter[i] * 255 / full);
            strokes[i] = (byte) (255 - ink);
        }
        return image.withGrey(strokes);
    }

    /** How much brighter each pixel is than the opening by a square of {@code 2 × radius + 1}. */
    static int[] topHat(RegionImage image, int radius) {
        int width = image.width();
        int height = image.height();
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = image.grey()[i] & 0xFF;
        }
        int[] opened = slide(slide(pixels, width, height, radius, true), width, height, radius, false);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] -= opened[i];
        }
        return pixels;
    }

    /** The difference a share {@link #INK_SHARE} of the pixels reach: the stroke's full darkness. */
    private static int inkLevel(int[] histogram, int pixels) {
        long above = 0;
        for (int level = 255; level > FAINTEST_INK; level--) {
            above += histogram[level];
            if (above >= INK_SHARE * pixels) {
                return level;
            }
        }
        return 255;
    }

    /**
     * Erosion ({@code minimum}) or dilation by a square, as a sliding window along rows then columns
     * ({@link EvenLight} takes its ground from it too).
     */
    static int[] slide(int[] pixels, int width, int height, int radius, boolean minimum) {
        int[] rows = new int[pixels.length];
        int[] line = new int[Math.max(width, height)];
        int[] result = new int[line.length];
        for (int y = 0; y < height; y++) {
            System.arraycopy(pixels, y * width, line, 0, width);
            window(line, width, radius, minimum, result);
            System.arraycopy(result, 0, rows, y * width, width);
        }
        int[] out = new int[pixels.length];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                line[y] = rows[y * width + x];
            }
            window(line, height, radius, minimum, result);
            for (int y = 0; y < height; y++) {
                out[y * width + x] = result[y];
            }
        }
        return out;
    }

    /**
     * The minimum or maximum of each window of {@code 2 × radius + 1} values along one line, the
     * window clipped at the ends (van Herk and Gil–Werman: a running extreme from each block's start
     * and from its end, three comparisons a value whatever the radius).
     */
    private static void window(int[] values, int length, int radius, boolean minimum, int[] out) {
        int size = 2 * radius + 1;
        int[] fromStart = new int[length];
        int[] fromEnd = new int[length];
        for (int i = 0; i < length; i++) {
            fromStart[i] = i % size == 0 ? values[i] : pick(fromStart[i - 1], values[i], minimum);
        }
        for (int i = length - 1; i >= 0; i--) {
            fromEnd[i] = i == length - 1 || (i + 1) % size == 0 ? values[i] : pick(fromEnd[i + 1], values[i], minimum);
        }
        for (int i = 0; i < length; i++) {
            int first = Math.max(0, i - radius);
            int last = Math.min(length - 1, i + radius);
            // a window within one block starts it (or is clipped at the line's end): one run covers it
            out[i] = first / size != last / size ? pick(fromEnd[first], fromStart[last], minimum)
                    : first % size == 0 ? fromStart[last] : fromEnd[first];
        }
    }

    private static int pick(int a, int b, boolean minimum) {
        return minimum ? Math.min(a, b) : Math.max(a, b);
    }
}

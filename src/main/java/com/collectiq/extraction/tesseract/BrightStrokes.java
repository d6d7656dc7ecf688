package com.collectiq.extraction.tesseract;

/**
 * Light print made dark on white for Tesseract: a full art's name and number are white letters,
 * often outlined, over the artwork, which a reading of the card as it looks drops with the picture.
 * The white top-hat (the image less its morphological opening) keeps what is brighter than its
 * surroundings and narrower than the window: strokes of print, not the sky or a face behind them.
 * It also takes the artwork showing between two outlined words or letters for a stroke (narrow, and
 * brighter than the outlines on either side), which OCR reads as a letter ({@code Team|Skull|Grunt},
 * {@code MetallEnergy}); the top-hat by reconstruction ({@link #enclosed}) does not: grown back
 * through connected pixels at least as bright, that artwork joins the artwork above and below the
 * line and is ground, while a letter's inside, closed in by its outline, stays print.
 */
final class BrightStrokes {

    /** Of the brightness above the opening, this share of pixels or fewer is taken as full ink. */
    private static final double INK_SHARE = 0.01;
    /** The full darkness is never set below this difference, so noise and JPEG ringing stay light. */
    private static final int FAINTEST_INK = 16;

    /** The 8-connected neighbours a forward scan has passed, those a backward scan has, and all of them. */
    private static final int[][] EARLIER = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}};
    private static final int[][] LATER = {{1, 1}, {0, 1}, {-1, 1}, {1, 0}};
    private static final int[][] AROUND = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}};

    private BrightStrokes() {
    }

    /**
     * The image's bright strokes up to {@code 2 × radius + 1} pixels wide, dark on white, in an image
     * of the same size and coordinates.
     */
    static RegionImage of(RegionImage image, int radius) {
        return strokes(image, topHat(image, radius));
    }

    /**
     * As {@link #of}, only strokes closed in by darker print all round: an outlined letter's fill, not
     * the artwork between two outlined letters or words.
     */
    static RegionImage enclosed(RegionImage image, int radius) {
        return strokes(image, topHatByReconstruction(image, radius));
    }

    /** How much brighter each pixel is than the opening by a square of {@code 2 × radius + 1}. */
    static int[] topHat(RegionImage image, int radius) {
        int[] pixels = pixels(image);
        int[] opened = slide(slide(pixels, image.width(), image.height(), radius, true), image.width(), image.height(), radius, false);
        return lessBy(pixels, opened);
    }

    /**
     * How much brighter each pixel is than the opening by reconstruction: the erosion by a square of
     * {@code 2 × radius + 1} grown back under the image through every path of pixels at least as bright.
     */
    static int[] topHatByReconstruction(RegionImage image, int radius) {
        int[] pixels = pixels(image);
        int[] opened = reconstructed(slide(pixels, image.width(), image.height(), radius, true), pixels, image.width(), image.height());
        return lessBy(pixels, opened);
    }

    /** The differences above the opening as ink, the darkest where a share {@link #INK_SHARE} of pixels reach. */
    private static RegionImage strokes(RegionImage image, int[] brighter) {
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

    private static int[] pixels(RegionImage image) {
        int[] pixels = new int[image.grey().length];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = image.grey()[i] & 0xFF;
        }
        return pixels;
    }

    private static int[] lessBy(int[] pixels, int[] opened) {
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] -= opened[i];
        }
        return pixels;
    }

    /**
     * The marker grown under the mask (a marker no brighter than it anywhere): each pixel takes the
     * brightest level any path of its 8-connected neighbours carries to it from the marker, never more
     * than the mask. Vincent's hybrid algorithm (1993): a forward and a backward scan, then a queue for
     * what the scans could not reach.
     */
    static int[] reconstructed(int[] marker, int[] mask, int width, int height) {
        int[] grown = marker.clone();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                grown[p] = Math.min(highestOf(grown, x, y, EARLIER, width, height), mask[p]);
            }
        }
        IntQueue queue = new IntQueue(grown.length);
        for (int y = height - 1; y >= 0; y--) {
            for (int x = width - 1; x >= 0; x--) {
                int p = y * width + x;
                grown[p] = Math.min(highestOf(grown, x, y, LATER, width, height), mask[p]);
                for (int[] step : LATER) {
                    int q = neighbour(x, y, step, width, height);
                    if (q >= 0 && grown[q] < grown[p] && grown[q] < mask[q]) {
                        queue.add(p);
                        break;
                    }
                }
            }
        }
        while (!queue.isEmpty()) {
            int p = queue.poll();
            int x = p % width;
            int y = p / width;
            for (int[] step : AROUND) {
                int q = neighbour(x, y, step, width, height);
                if (q >= 0 && grown[q] < grown[p] && grown[q] != mask[q]) {
                    grown[q] = Math.min(grown[p], mask[q]);
                    queue.add(q);
                }
            }
        }
        return grown;
    }

    /** The highest level of (x, y) and of its neighbours one of {@code steps} away. */
    private static int highestOf(int[] levels, int x, int y, int[][] steps, int width, int height) {
        int level = levels[y * width + x];
        for (int[] step : steps) {
            int q = neighbour(x, y, step, width, height);
            if (q >= 0) {
                level = Math.max(level, levels[q]);
            }
        }
        return level;
    }

    /** The index of the pixel one step from (x, y), or -1 off the image. */
    private static int neighbour(int x, int y, int[] step, int width, int height) {
        int u = x + step[0];
        int v = y + step[1];
        return u < 0 || v < 0 || u >= width || v >= height ? -1 : v * width + u;
    }

    /** A first-in first-out queue of pixel indices, growing as needed, without boxing them. */
    private static final class IntQueue {
        private int[] items;
        private int head;
        private int tail;

        IntQueue(int capacity) {
            items = new int[Math.max(16, capacity)];
        }

        void add(int item) {
            if (tail == items.length) {
                int[] bigger = new int[Math.max(items.length, 2 * (tail - head) + 16)];
                System.arraycopy(items, head, bigger, 0, tail - head);
                tail -= head;
                head = 0;
                items = bigger;
            }
            items[tail++] = item;
        }

        int poll() {
            return items[head++];
        }

        boolean isEmpty() {
            return head == tail;
        }
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

package com.collectiq.extraction.tesseract;

/**
 * A slab label's print made dark on white wherever it lies: labels print part of their text light
 * on a dark or coloured box (a grade box, a name band, a whole dark label) and the rest dark on
 * light stock, and glare lays a bright band across both. Tesseract binarises a whole image with one
 * threshold and one polarity, so it loses one kind or the other.
 *
 * <p>Each pixel is compared with its surroundings (a square window wider than the largest print):
 * text is the minority of a window's pixels, so where the window's brightness is skewed towards
 * light (a long bright tail) the print is light on dark and the pixel's contrast is taken the other
 * way round. Its distance from the window's mean, in the window's own contrast, sets its darkness,
 * which also takes out glare's slow brightening.
 *
 * <p>A card's foot is read this way too where its number was not read surely: its small print on a
 * tinted band, under glare or over a picture is the same problem at a smaller size (the window,
 * a fifth of the foot band's height, is some 2 mm: wider than the number's 1.5 mm print).
 */
final class LabelInk {

    /** The window's half side as a share of the label's height: wider than a grade printed large and alone. */
    private static final double WINDOW_SHARE = 0.2;
    /**
     * The window's half side for {@link #withinBoxes}: a window this narrow (a fifth of the label's
     * height across) fits inside a grade box or a name band, which stand some 0.3 to 0.4 of it tall.
     */
    private static final double BOX_WINDOW_SHARE = 0.1;
    /** Full ink at this many standard deviations from the window's mean. */
    private static final double FULL_INK_DEVIATIONS = 1.5;
    /** Contrast below this (8-bit) is never full ink: flat stock and JPEG noise stay white. */
    private static final double FAINTEST_CONTRAST = 12;

    private LabelInk() {
    }

    /** The label's print, dark on white, in an image of the same size and coordinates. */
    static RegionImage of(RegionImage label) {
        return of(label, WINDOW_SHARE);
    }

    /**
     * The label's print, dark on white, judged in a window that fits inside a coloured box: the wider
     * window of {@link #of} spans a grade box and the light stock around it, takes the stock's
     * polarity, and so turns the box dark and its light grade white (CGC's white grade on blue, an SGC
     * label's light name and certificate on black). Inside a box this one takes the box's polarity.
     */
    static RegionImage withinBoxes(RegionImage label) {
        return of(label, BOX_WINDOW_SHARE);
    }

    private static RegionImage of(RegionImage label, double windowShare) {
        int width = label.width();
        int height = label.height();
        byte[] pixels = label.grey();
        int radius = Math.max(4, (int) Math.round(windowShare * height));
        // summed-area tables of the first three powers: a window's mean, spread and skew in constant time
        int stride = width + 1;
        double[] sum1 = new double[stride * (height + 1)];
        double[] sum2 = new double[sum1.length];
        double[] sum3 = new double[sum1.length];
        for (int y = 0; y < height; y++) {
            double row1 = 0;
            double row2 = 0;
            double row3 = 0;
            for (int x = 0; x < width; x++) {
                double value = pixels[y * width + x] & 0xFF;
                row1 += value;
                row2 += value * value;
                row3 += value * value * value;
                int at = (y + 1) * stride + x + 1;
                sum1[at] = sum1[at - stride] + row1;
                sum2[at] = sum2[at - stride] + row2;
                sum3[at] = sum3[at - stride] + row3;
            }
        }
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            int top = Math.max(0, y - radius);
            int bottom = Math.min(height, y + radius + 1);
            for (int x = 0; x < width; x++) {
                int left = Math.max(0, x - radius);
                int right = Math.min(width, x + radius + 1);
                double count = (double) (bottom - top) * (right - left);
                double mean = window(sum1, stride, left, top, right, bottom) / count;
                double variance = Math.max(0, window(sum2, stride, left, top, right, bottom) / count - mean * mean);
                double third = window(sum3, stride, left, top, right, bottom) / count;
                // the third central moment: positive when a few pixels are far brighter than the rest
                double skew = third - 3 * mean * variance - mean * mean * mean;
                double value = pixels[y * width + x] & 0xFF;
                double contrast = skew > 0 ? value - mean : mean - value;
                double full = Math.max(FAINTEST_CONTRAST, FULL_INK_DEVIATIONS * Math.sqrt(variance));
                int darkness = (int) Math.round(255 * Math.max(0, Math.min(1, contrast / full)));
                out[y * width + x] = (byte) (255 - darkness);
            }
        }
        return label.withGrey(out);
    }

    private static double window(double[] table, int stride, int left, int top, int right, int bottom) {
        return table[bottom * stride + right] - table[top * stride + right] - table[bottom * stride + left]
                + table[top * stride + left];
    }
}

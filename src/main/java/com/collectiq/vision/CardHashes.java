package com.collectiq.vision;

import java.util.Arrays;
import java.util.Locale;

/**
 * Perceptual hashes of the normalised card, for matching a photo against reference images: similar
 * pictures give hashes a small Hamming distance apart (0 = same, 64 = opposite; unrelated ≈ 32).
 *
 * @param perceptual  64-bit DCT hash: signs of the 8 × 8 lowest frequencies of the 32 × 32 luma against their median
 * @param difference  64-bit difference hash: whether each of 8 × 8 cells is darker than its right neighbour
 */
public record CardHashes(long perceptual, long difference) {

    private static final int DCT_SIZE = 32;
    private static final int KEPT = 8;
    private static final double[][] COSINES = new double[KEPT][DCT_SIZE];

    static {
        for (int u = 0; u < KEPT; u++) {
            for (int x = 0; x < DCT_SIZE; x++) {
                COSINES[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * DCT_SIZE));
            }
        }
    }

    public String perceptualHex() {
        return String.format(Locale.ROOT, "%016x", perceptual);
    }

    public String differenceHex() {
        return String.format(Locale.ROOT, "%016x", difference);
    }

    public int perceptualDistance(CardHashes other) {
        return Long.bitCount(perceptual ^ other.perceptual);
    }

    public int differenceDistance(CardHashes other) {
        return Long.bitCount(difference ^ other.difference);
    }

    static CardHashes of(RgbImage image, int[] box) {
        return new CardHashes(perceptualHash(areaAverage(image, box, DCT_SIZE, DCT_SIZE)),
                differenceHash(areaAverage(image, box, KEPT + 1, KEPT)));
    }

    private static long perceptualHash(double[] luma) {
        double[] coefficients = new double[KEPT * KEPT];
        double[] rowPass = new double[KEPT * DCT_SIZE];
        for (int u = 0; u < KEPT; u++) { // DCT along x, only the frequencies kept
            for (int y = 0; y < DCT_SIZE; y++) {
                double sum = 0;
                for (int x = 0; x < DCT_SIZE; x++) {
                    sum += luma[y * DCT_SIZE + x] * COSINES[u][x];
                }
                rowPass[u * DCT_SIZE + y] = sum;
            }
        }
        for (int v = 0; v < KEPT; v++) {
            for (int u = 0; u < KEPT; u++) {
                double sum = 0;
                for (int y = 0; y < DCT_SIZE; y++) {
                    sum += rowPass[u * DCT_SIZE + y] * COSINES[v][y];
                }
                coefficients[v * KEPT + u] = sum;
            }
        }
        // the DC term (overall brightness) is left out of the median so exposure does not skew it
        double[] sorted = Arrays.copyOfRange(coefficients, 1, coefficients.length);
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        long hash = 0;
        for (int i = 0; i < coefficients.length; i++) {
            hash = hash << 1 | (coefficients[i] > median ? 1 : 0);
        }
        return hash;
    }

    private static long differenceHash(double[] luma) {
        long hash = 0;
        for (int y = 0; y < KEPT; y++) {
            for (int x = 0; x < KEPT; x++) {
                hash = hash << 1 | (luma[y * (KEPT + 1) + x] < luma[y * (KEPT + 1) + x + 1] ? 1 : 0);
            }
        }
        return hash;
    }

    /** The box {x0, y0, x1, y1} (inclusive) shrunk to {@code width × height} cells by averaging luma. */
    private static double[] areaAverage(RgbImage image, int[] box, int width, int height) {
        double[] sums = new double[width * height];
        int[] counts = new int[width * height];
        double boxWidth = box[2] - box[0] + 1;
        double boxHeight = box[3] - box[1] + 1;
        for (int y = box[1]; y <= box[3]; y++) {
            int cellRow = Math.min(height - 1, (int) ((y - box[1]) * height / boxHeight)) * width;
            for (int x = box[0]; x <= box[2]; x++) {
                int cell = cellRow + Math.min(width - 1, (int) ((x - box[0]) * width / boxWidth));
                sums[cell] += RgbImage.luma(image.pixels[y * image.width + x]);
                counts[cell]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= Math.max(1, counts[i]);
        }
        return sums;
    }
}

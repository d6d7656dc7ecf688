package com.collectiq.vision;

/**
 * How good the photo of the card is, measured on the normalised card.
 *
 * @param sharpness       variance of the Laplacian of the luma (grey levels²); higher is sharper
 * @param glareShare      share of card pixels blown out (every channel ≥ 245), 0..1
 * @param meanLuminance   mean luma of the card, 0 (black) .. 1 (white)
 * @param shadowShare     share of card pixels crushed to black (luma ≤ 10), 0..1
 */
public record PhotoQuality(double sharpness, double glareShare, double meanLuminance, double shadowShare) {

    private static final int BLOWN_OUT = 245;
    private static final int CRUSHED = 10;

    /** Measures the box {x0, y0, x1, y1} (inclusive) of {@code image}. */
    static PhotoQuality measure(RgbImage image, int[] box) {
        long blownOut = 0;
        long crushed = 0;
        double lumaSum = 0;
        double laplacianSum = 0;
        double laplacianSquares = 0;
        long count = 0;
        long interior = 0;
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                int rgb = image.pixels[y * image.width + x];
                float luma = RgbImage.luma(rgb);
                lumaSum += luma;
                count++;
                if ((rgb >> 16 & 0xFF) >= BLOWN_OUT && (rgb >> 8 & 0xFF) >= BLOWN_OUT && (rgb & 0xFF) >= BLOWN_OUT) {
                    blownOut++;
                }
                if (luma <= CRUSHED) {
                    crushed++;
                }
                if (x > box[0] && x < box[2] && y > box[1] && y < box[3]) {
                    int i = y * image.width + x;
                    double laplacian = RgbImage.luma(image.pixels[i - 1]) + RgbImage.luma(image.pixels[i + 1])
                            + RgbImage.luma(image.pixels[i - image.width]) + RgbImage.luma(image.pixels[i + image.width]) - 4 * luma;
                    laplacianSum += laplacian;
                    laplacianSquares += laplacian * laplacian;
                    interior++;
                }
            }
        }
        double laplacianMean = laplacianSum / interior;
        return new PhotoQuality(laplacianSquares / interior - laplacianMean * laplacianMean,
                blownOut / (double) count, lumaSum / count / 255, crushed / (double) count);
    }
}

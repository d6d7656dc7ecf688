package com.collectiq.extraction.tesseract;

/**
 * Print sharpened against its own blur: each pixel pushed away from the Gaussian mean of its
 * surroundings by {@code amount} times its difference from it. A card photographed at 3 to 6 px/mm
 * is cut out and enlarged to its reading scale by interpolation, which leaves a number's strokes
 * soft ramps a few pixels wide; Tesseract binarises those ramps into strokes that touch (an 8's
 * closed bowls opened into a 3's) or break. Steepened, their edges fall where the print's do.
 */
final class UnsharpMask {

    private UnsharpMask() {
    }

    /**
     * The image sharpened, in an image of the same size and coordinates.
     *
     * @param sigma  the Gaussian's standard deviation in the image's pixels: the blur to undo
     * @param amount how far each pixel is pushed from its blurred value, as a multiple of its difference
     */
    static RegionImage of(RegionImage image, double sigma, double amount) {
        int width = image.width();
        int height = image.height();
        byte[] pixels = image.grey();
        double[] blurred = blurred(pixels, width, height, sigma);
        byte[] sharp = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int value = pixels[i] & 0xFF;
            long pushed = Math.round(value + amount * (value - blurred[i]));
            sharp[i] = (byte) Math.max(0, Math.min(255, pushed));
        }
        return image.withGrey(sharp);
    }

    /** A separable Gaussian blur, the image's edges extended outwards. */
    private static double[] blurred(byte[] pixels, int width, int height, double sigma) {
        int radius = Math.max(1, (int) Math.ceil(3 * sigma));
        double[] kernel = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= total;
        }
        double[] across = new double[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sum = 0;
                for (int i = -radius; i <= radius; i++) {
                    sum += kernel[i + radius] * (pixels[y * width + Math.max(0, Math.min(width - 1, x + i))] & 0xFF);
                }
                across[y * width + x] = sum;
            }
        }
        double[] blurred = new double[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sum = 0;
                for (int i = -radius; i <= radius; i++) {
                    sum += kernel[i + radius] * across[Math.max(0, Math.min(height - 1, y + i)) * width + x];
                }
                blurred[y * width + x] = sum;
            }
        }
        return blurred;
    }
}

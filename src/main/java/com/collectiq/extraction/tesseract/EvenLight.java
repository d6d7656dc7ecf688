package com.collectiq.extraction.tesseract;

/**
 * Dark print on a ground lit unevenly made dark on an even white for Tesseract: a glare band, a
 * sleeve's sheen or a shadow across a card photographed small leaves its name a few grey levels
 * darker than the ground beside it, which Tesseract's own thresholding, made for the whole image,
 * loses. Each pixel is divided by the brightest pixel around it (the dilation by a square wider
 * than a stroke: the ground the print lies on), so the ground comes out white wherever it is and
 * the print as dark as it stands out from it.
 */
final class EvenLight {

    private EvenLight() {
    }

    /**
     * The image with each pixel divided by its ground, the brightest pixel within a square of
     * {@code 2 × radius + 1}, in an image of the same size and coordinates.
     */
    static RegionImage of(RegionImage image, int radius) {
        int[] pixels = new int[image.grey().length];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = image.grey()[i] & 0xFF;
        }
        int[] ground = BrightStrokes.slide(pixels, image.width(), image.height(), radius, false);
        byte[] even = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            even[i] = (byte) (ground[i] == 0 ? 255 : pixels[i] * 255 / ground[i]);
        }
        return image.withGrey(even);
    }
}

package com.collectiq.vision;

import java.util.List;

/**
 * The card warped flat to a canonical 63 × 88 mm portrait at {@link #PIXELS_PER_MM}, with a margin
 * of the photo around it so the measurements can find the card's true edge even when the outline is
 * a pixel off.
 */
final class NormalisedCard {

    static final int PIXELS_PER_MM = 6;
    static final int WIDTH = 63 * PIXELS_PER_MM;
    static final int HEIGHT = 88 * PIXELS_PER_MM;
    static final int MARGIN = 16;

    /** The card plus {@link #MARGIN} on every side; the card nominally spans [MARGIN, MARGIN + WIDTH). */
    final RgbImage image;

    private NormalisedCard(RgbImage image) {
        this.image = image;
    }

    /** Warps the part of {@code photo} inside {@code outline} (in the photo's pixel coordinates). */
    static NormalisedCard warp(RgbImage photo, CardOutline outline) {
        double left = MARGIN - 0.5;
        double top = MARGIN - 0.5;
        double right = MARGIN + WIDTH - 0.5;
        double bottom = MARGIN + HEIGHT - 0.5;
        Homography toPhoto = Homography.mapping(
                List.of(new ImagePoint(left, top), new ImagePoint(right, top), new ImagePoint(right, bottom),
                        new ImagePoint(left, bottom)),
                outline.corners());
        int width = WIDTH + 2 * MARGIN;
        int height = HEIGHT + 2 * MARGIN;
        int[] pixels = new int[width * height];
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                ImagePoint source = toPhoto.apply(u, v);
                pixels[v * width + u] = photo.sample(source.x(), source.y());
            }
        }
        return new NormalisedCard(new RgbImage(width, height, pixels));
    }
}

package com.collectiq.extraction.tesseract;

import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;

/**
 * Where a card prints what identifies it, as fractions of the upright card (63 × 88 mm, the
 * classic layout): the name bar with the HP at its right end, the illustrator's credit under the
 * artwork, and the bottom edge with the copyright on the left and number/total on the right.
 *
 * <p>Each region is read on its own, as one line, scaled so its text is about the height Tesseract
 * reads best (some 30 px capitals): the name is large and the copyright tiny, so one scale for the
 * whole card would be too coarse for one or too slow for the other. The boxes are generous, as a
 * normalised card is rarely cut to the exact pixel.
 */
enum CardRegion {

    /** Name and HP share one bar: read together and split after, so a long name is never cut off. */
    NAME_BAR("name", 0.03, 0.025, 0.97, 0.125, 110),
    ILLUSTRATOR("illustrator", 0.03, 0.540, 0.97, 0.595, 120),
    COPYRIGHT("copyright", 0.03, 0.948, 0.74, 0.997, 150),
    NUMBER("bottom", 0.72, 0.948, 0.97, 0.997, 110);

    /** The name the region's lines and unreadable notes carry in an {@code Extraction}. */
    final String label;
    final double left;
    final double top;
    final double right;
    final double bottom;
    /** The region's height after scaling, in pixels: sized so its text stands some 30 px tall. */
    final int scaledHeight;
    final int pageSegMode = PSM_SINGLE_LINE;

    CardRegion(String label, double left, double top, double right, double bottom, int scaledHeight) {
        this.label = label;
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.scaledHeight = scaledHeight;
    }
}

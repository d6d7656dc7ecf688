package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * What later stages need of a photo's full-resolution pixels, cut out while the analysis had them
 * decoded ({@link PhotoAnalyzer#analyseForValuation}), so no stage decodes the photo again for them.
 * Both are small next to the photo (the crop 8.9 MB at 20 px/mm, the centre 1 MB): the photo's own
 * raster is dropped with the analysis' decode slot.
 *
 * @param readingCrop the card cut out for reading its text, as {@link PhotoAnalyzer#cardForReading}
 *                    cuts it; empty when no card outline was found, or the photo shows several cards
 *                    (each is read from its own crop), or the photo was too large to decode whole
 * @param centre      the centre of the stored photo (before the EXIF turn) at full resolution, up to
 *                    {@link #CENTRE_SIDE} pixels each way: the screen check's tiles are taken from it;
 *                    empty when the photo was too large to decode whole
 */
public record FullResolutionCuts(Optional<BufferedImage> readingCrop, Optional<BufferedImage> centre) {

    /** The screen check looks at the centre in tiles of 256, two by two. */
    public static final int CENTRE_SIDE = 512;

    /** Nothing cut: each stage decodes what it needs itself. */
    public static FullResolutionCuts none() {
        return new FullResolutionCuts(Optional.empty(), Optional.empty());
    }

    /** The crop let go once it was read: the centre is kept for the screen check, which comes later. */
    public FullResolutionCuts withoutReadingCrop() {
        return new FullResolutionCuts(Optional.empty(), centre);
    }
}

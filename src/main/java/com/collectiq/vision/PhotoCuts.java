package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * What later stages need of a photo's pixels, made while the analysis had them decoded
 * ({@link PhotoAnalyzer#analyseForValuation}), so no stage decodes the photo again for them. Each is
 * small next to the photo (the crop 8.9 MB at 20 px/mm, the centre 1 MB, the copy a JPEG of about
 * half a megabyte): the photo's own raster is dropped with the analysis' decode slot.
 *
 * @param readingCrop  the card cut out for reading its text, as {@link PhotoAnalyzer#cardForReading}
 *                     cuts it; empty when no card outline was found, or the photo shows several cards
 *                     (each is read from its own crop)
 * @param centre       the centre of the stored photo (before the EXIF turn) at full resolution, up to
 *                     {@link #CENTRE_SIDE} pixels each way: the screen check's tiles are taken from it;
 *                     empty when the photo was not decoded whole and no card was cut from it at full
 *                     resolution (none found, several, or one large enough to be cut subsampled)
 * @param uprightCopy  the {@link UprightCopy} asked for, from the analysis' image; empty when none was
 *                     asked for or that image was too small for it
 */
public record PhotoCuts(Optional<BufferedImage> readingCrop, Optional<BufferedImage> centre,
        Optional<byte[]> uprightCopy) {

    /** The screen check looks at the centre in tiles of 256, two by two. */
    public static final int CENTRE_SIDE = 512;

    /** Nothing cut: each stage decodes what it needs itself. */
    public static PhotoCuts none() {
        return new PhotoCuts(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The crop let go once it was read: the centre and the copy are kept for the authenticity checks, which come later. */
    public PhotoCuts withoutReadingCrop() {
        return new PhotoCuts(Optional.empty(), centre, uprightCopy);
    }
}

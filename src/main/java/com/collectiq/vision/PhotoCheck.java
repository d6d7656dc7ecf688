package com.collectiq.vision;

import java.util.Optional;

/**
 * What the checks learned about a photo they accepted.
 *
 * @param format              the format its bytes are in (by magic bytes)
 * @param declaredType        the media type the uploader claimed, if any
 * @param declaredTypeMatches false when a specific image type was claimed and the bytes are another
 * @param sizeBytes           the file's length
 * @param storedWidth         width of the stored pixels, before the EXIF turn
 * @param storedHeight        height of the stored pixels, before the EXIF turn
 * @param orientation         the EXIF orientation, {@link ExifOrientation#NORMAL} if none
 */
public record PhotoCheck(
        ImageFormat format,
        Optional<String> declaredType,
        boolean declaredTypeMatches,
        long sizeBytes,
        int storedWidth,
        int storedHeight,
        ExifOrientation orientation) {

    /** Width of the photo as a person sees it (after the EXIF turn). */
    public int width() {
        return orientation.swapsAxes() ? storedHeight : storedWidth;
    }

    /** Height of the photo as a person sees it (after the EXIF turn). */
    public int height() {
        return orientation.swapsAxes() ? storedWidth : storedHeight;
    }

    /** A sentence for the record when the claimed type was wrong. */
    public Optional<String> typeMismatch() {
        return declaredTypeMatches ? Optional.empty()
                : declaredType.map(claimed -> "declared as " + claimed + " but the bytes are " + format.displayName());
    }
}

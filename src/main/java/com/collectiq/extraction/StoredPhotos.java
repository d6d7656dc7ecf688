package com.collectiq.extraction;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;

import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoTooLargeException;
import com.collectiq.upload.UploadProperties;
import com.collectiq.vision.ExifOrientation;
import com.collectiq.vision.UprightJpeg;

/**
 * The stored photo itself, decoded, for the adapters that need pixels the photo checks did not hand
 * over (no card outline found, or a type Rekognition cannot read).
 */
public final class StoredPhotos {

    private final PhotoStore photos;
    private final long maxBytes;

    public StoredPhotos(PhotoStore photos, UploadProperties upload) {
        this.photos = photos;
        this.maxBytes = upload.maxBytes().toBytes();
    }

    /** The photo's bytes; {@link ExtractionFailedException} (permanent) when it is gone or too large. */
    public byte[] read(String key) {
        try {
            return photos.read(key, maxBytes)
                    .orElseThrow(() -> new ExtractionFailedException("the photo " + key + " is not stored", false, null));
        } catch (PhotoTooLargeException tooLarge) {
            throw new ExtractionFailedException("the photo " + key + " is larger than uploads may be", false, tooLarge);
        }
    }

    /**
     * The photo's pixels, its long side at most {@code longSide} (decoded subsampled, so a 12 MP
     * photo is never held at full size when less is wanted), as stored: the EXIF orientation is not
     * applied. {@link ExtractionFailedException} (permanent) when it is gone or undecodable.
     */
    public BufferedImage decode(String key, int longSide) {
        byte[] bytes = read(key);
        try {
            return UprightJpeg.decode(bytes, ExifOrientation.NORMAL, longSide);
        } catch (IllegalArgumentException noDecoder) {
            throw new ExtractionFailedException("no decoder for the photo " + key, false, noDecoder);
        } catch (UncheckedIOException damaged) {
            throw new ExtractionFailedException("the photo " + key + " cannot be decoded", false, damaged);
        }
    }
}

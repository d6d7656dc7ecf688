package com.collectiq.extraction.rekognition;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.extraction.StoredPhotos;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoStore.PhotoHead;
import com.collectiq.upload.PhotoType;
import com.collectiq.vision.ExifOrientation;
import com.collectiq.vision.PhotoChecker;
import com.collectiq.vision.PhotoRejectedException;
import com.collectiq.vision.UprightJpeg;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * The image Rekognition reads for a photo: an upright JPEG of the card, written once under the
 * photo's {@code derived/} folder and read from there by every later attempt.
 *
 * <p>Rekognition takes JPEG or PNG only (5 MB as bytes, 15 MB from S3) and reads text within ±90° of
 * horizontal, so the raw upload will not do: a phone's HEIC is refused, a 12 MP JPEG may be past the
 * byte limit, and a photo taken upside down (turned only by its EXIF tag) is read as upside-down text.
 * The card the pipeline cut out for reading is upright, flat and only the card, at 12 to 20 px/mm
 * from the full-resolution photo. One cut coarser than {@link #CARD_PIXELS_PER_MM} (the analysis' own
 * 6 px/mm card, say) is enlarged to it: that adds no detail, but the small print is not left a few
 * pixels tall. Without an outline, the whole photo goes, turned
 * upright and shrunk to {@link #WHOLE_PHOTO_LONG_SIDE}. Either way it is a JPEG under {@link #MAX_BYTES}.
 *
 * <p>The key names the photo's ETag, so a photo replaced under its key gets a new image, while a
 * retry or a re-drive of the same photo finds the one already written and writes nothing.
 */
final class ReadingImages {

    /** Rekognition's limit for image bytes; S3 objects may be 15 MB, but either way of passing then works. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final double CARD_PIXELS_PER_MM = 12;
    static final int WHOLE_PHOTO_LONG_SIDE = 3072;
    private static final int CARD_WIDTH_MM = 63;
    private static final int CARD_HEIGHT_MM = 88;
    private static final String NAME = "rekognition-";
    static final String HALF_TURNED = "-turned180";
    static final String LABEL = "-label";

    private final PhotoStore store;
    private final StoredPhotos photos;
    private final PhotoChecker checker;

    ReadingImages(PhotoStore store, StoredPhotos photos, PhotoChecker checker) {
        this.store = store;
        this.photos = photos;
        this.checker = checker;
    }

    /**
     * The key of the image to read for {@code photoKey}, written now unless an earlier attempt wrote it.
     *
     * @param card the upright card the photo checks cut out, or null when they found no outline
     * @param halfTurned the image turned by 180°, for a card that lies upside down in the photo
     */
    String keyFor(String photoKey, BufferedImage card, boolean halfTurned) {
        String key = keyOf(photoKey, head(photoKey), halfTurned ? HALF_TURNED : "");
        return writtenOnce(photoKey, key, () -> {
            BufferedImage image = card != null ? atReadingSize(card) : wholePhoto(photoKey);
            return halfTurned ? UprightJpeg.halfTurned(image) : image;
        });
    }

    /** The key of a slab's label cut out of {@code photoKey}, written now unless an earlier attempt wrote it. */
    String labelKeyFor(String photoKey, BufferedImage label) {
        return writtenOnce(photoKey, keyOf(photoKey, head(photoKey), LABEL), () -> label);
    }

    private String writtenOnce(String photoKey, String key, Supplier<BufferedImage> image) {
        if (head(key) != null) {
            return key;
        }
        byte[] jpeg;
        try {
            jpeg = UprightJpeg.encode(image.get(), MAX_BYTES);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException unusable) {
            throw new ExtractionFailedException("no image Rekognition can read could be made of " + photoKey + ": "
                    + unusable.getMessage(), false, unusable);
        }
        try {
            store.put(key, jpeg, PhotoType.JPEG.contentType());
        } catch (SdkException storeFailed) {
            throw new ExtractionFailedException("could not store the image to read of " + photoKey, true, storeFailed);
        }
        return key;
    }

    private static String keyOf(String photoKey, PhotoHead photo, String variant) {
        if (photo == null) {
            throw new ExtractionFailedException("the photo " + photoKey + " is not stored", false, null);
        }
        return PhotoKeys.derivedFolderOf(photoKey) + NAME + version(photo.etag()) + variant
                + "." + PhotoType.JPEG.extension();
    }

    /** The photo's ETag as a key segment: hashed, as an ETag may hold characters a key may not. */
    private static String version(String etag) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(etag).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    private PhotoHead head(String key) {
        try {
            return store.head(key).orElse(null);
        } catch (SdkException storeFailed) {
            throw new ExtractionFailedException("could not look up " + key, true, storeFailed);
        }
    }

    private static BufferedImage atReadingSize(BufferedImage card) {
        int width = (int) Math.ceil(CARD_WIDTH_MM * CARD_PIXELS_PER_MM);
        if (card.getWidth() >= width) {
            return card;
        }
        return UprightJpeg.resized(card, width, (int) Math.ceil(CARD_HEIGHT_MM * CARD_PIXELS_PER_MM));
    }

    private BufferedImage wholePhoto(String photoKey) {
        byte[] bytes = photos.read(photoKey);
        try {
            ExifOrientation orientation = checker.check(bytes, null).orientation();
            return checker.withDecodeSlot(() -> UprightJpeg.decode(bytes, orientation, WHOLE_PHOTO_LONG_SIDE));
        } catch (PhotoRejectedException refused) {
            throw new ExtractionFailedException("the photo " + photoKey + " cannot be read: " + refused.getMessage(),
                    false, refused);
        }
    }
}

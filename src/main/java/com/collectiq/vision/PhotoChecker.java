package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.springframework.stereotype.Component;

/**
 * The checks a photo passes before anything else looks at it, and its decoding for analysis. Every
 * refusal is a {@link PhotoRejectedException} with a reason: the same bytes always fail the same way.
 */
@Component
public class PhotoChecker {

    static final String HEIC_UNSUPPORTED = "HEIC is not supported by this deployment";
    private static final double MEGA = 1_000_000d;
    private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "binary/octet-stream");

    private final ImageProperties properties;
    /** Fair, so a card waiting for a slot is not overtaken by later ones. */
    private final Semaphore decodeSlots;

    public PhotoChecker(ImageProperties properties) {
        this.properties = properties;
        this.decodeSlots = new Semaphore(properties.maxConcurrentDecodes(), true);
    }

    /**
     * Checks size, type (by magic bytes), header dimensions and orientation without decoding the
     * pixels, so it is cheap enough for an upload path. Damage inside the image data is found by
     * {@link PhotoAnalyzer}, which decodes.
     *
     * @param declaredType the media type the uploader claimed, or null
     */
    public PhotoCheck check(byte[] bytes, String declaredType) {
        if (bytes == null || bytes.length == 0) {
            throw new PhotoRejectedException(RejectionReason.EMPTY, "The photo is empty (0 bytes): upload the photo file again");
        }
        long maxBytes = properties.maxBytes().toBytes();
        if (bytes.length > maxBytes) {
            throw new PhotoRejectedException(RejectionReason.TOO_MANY_BYTES,
                    "The photo is " + readableSize(bytes.length) + "; the limit is " + readableSize(maxBytes)
                            + ": send a smaller one (a JPEG of the card at quality 90 is usually 1-4 MiB)");
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new PhotoRejectedException(
                RejectionReason.UNSUPPORTED_FORMAT,
                "The file is not an image this service recognises (its content was checked, not its name):"
                        + " upload a photo as one of " + String.join(", ", properties.allowedTypes())));
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            refuseOutOfBounds(width, height);
            ExifOrientation orientation = ExifOrientation.of(format, bytes);
            Optional<String> declared = Optional.ofNullable(declaredType).map(String::trim).filter(type -> !type.isEmpty());
            return new PhotoCheck(format, declared, declaredTypeMatches(declared, format), bytes.length, width, height, orientation);
        } catch (IOException | RuntimeException headerUnreadable) {
            if (headerUnreadable instanceof PhotoRejectedException rejected) {
                throw rejected;
            }
            throw corrupt(format, headerUnreadable);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Decodes a checked photo upright, subsampled so its long side is about
     * {@code collectiq.image.analysis-long-side}: reading every pixel of a 12 MP photo would cost
     * memory and time the analysis does not need.
     */
    DecodedPhoto decode(byte[] bytes, PhotoCheck check) {
        int subsampling = analysisSubsampling(check);
        return new DecodedPhoto(RgbImage.of(decodeChecked(bytes, check, subsampling)).upright(check.orientation()),
                subsampling);
    }

    /**
     * Decodes a checked photo's stored pixels (before the EXIF turn) at full resolution, for the stages
     * that pick what they need from one decode instead of decoding the photo each ({@link PhotoAnalyzer#analyseForValuation}).
     */
    BufferedImage decodeFull(byte[] bytes, PhotoCheck check) {
        return decodeChecked(bytes, check, 1);
    }

    /** How many stored pixels along a side one pixel of the analysis image stands for. */
    int analysisSubsampling(PhotoCheck check) {
        int longSide = Math.max(check.storedWidth(), check.storedHeight());
        return Math.max(1, (int) Math.ceil(longSide / (double) properties.analysisLongSide()));
    }

    /** The stored pixels, subsampled; damage the decoder reports is a refusal. */
    private BufferedImage decodeChecked(byte[] bytes, PhotoCheck check, int subsampling) {
        ImageReader reader = readerFor(check.format());
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            // the JPEG decoder reports a truncated or damaged stream as a warning and fills in grey; a
            // note on the colour profile (how an embedded one is applied, or that a CMYK JPEG has none
            // and is converted without) is not damage
            reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> {
                if (!warning.contains("ICC")) {
                    warnings.add(warning);
                }
            });
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            BufferedImage stored = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new PhotoRejectedException(RejectionReason.CORRUPT, "The " + check.format().displayName()
                        + " file is damaged or truncated (" + warnings.get(0) + "): upload the original photo again");
            }
            return stored;
        } catch (IOException | RuntimeException decodingFailed) {
            if (decodingFailed instanceof PhotoRejectedException rejected) {
                throw rejected;
            }
            throw corrupt(check.format(), decodingFailed);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Decodes {@code region} of a checked photo's stored pixels (before the EXIF turn), subsampled;
     * for reading the card's text at a resolution the analysis does not need.
     */
    RgbImage decodeRegion(byte[] bytes, PhotoCheck check, java.awt.Rectangle region, int subsampling) {
        return RgbImage.of(readRegion(bytes, check, region, subsampling));
    }

    /** As {@link #decodeRegion}, as the decoder gives it (3-byte BGR for a JPEG), for picking from in place. */
    BufferedImage readRegion(byte[] bytes, PhotoCheck check, java.awt.Rectangle region, int subsampling) {
        ImageReader reader = readerFor(check.format());
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(region);
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException decodingFailed) {
            throw corrupt(check.format(), decodingFailed);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Runs {@code work}, which decodes a photo and works on its rasters, once one of
     * {@code collectiq.image.max-concurrent-decodes} slots is free: with many cards in flight, their
     * rasters would otherwise be alive all at once (the heap a task needs grows with the cards in
     * flight instead of with its cores). Not reentrant: {@code work} must not take a slot itself.
     * For every decode of a photo, in this package or not ({@link UprightJpeg#decode} has no slot of its own).
     */
    public <T> T withDecodeSlot(Supplier<T> work) {
        // uninterruptibly: the wait is bounded by the other slots' work, and a card half-refused
        // because its thread was interrupted would be a failure without a reason
        decodeSlots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            decodeSlots.release();
        }
    }

    private ImageReader readerFor(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (format == ImageFormat.HEIC && (!isAllowed(format) || !readers.hasNext())) {
            throw new PhotoRejectedException(RejectionReason.UNSUPPORTED_FORMAT, HEIC_UNSUPPORTED);
        }
        if (!isAllowed(format)) {
            throw new PhotoRejectedException(RejectionReason.UNSUPPORTED_FORMAT, format.displayName()
                    + " images are not accepted; upload one of " + String.join(", ", properties.allowedTypes()));
        }
        if (!readers.hasNext()) {
            throw new PhotoRejectedException(RejectionReason.UNSUPPORTED_FORMAT,
                    format.displayName() + " has no decoder in this deployment: upload one of "
                            + String.join(", ", properties.allowedTypes()));
        }
        return readers.next();
    }

    private boolean isAllowed(ImageFormat format) {
        return properties.allowedTypes().stream()
                .map(ImageFormat::fromMediaType)
                .anyMatch(allowed -> allowed.equals(Optional.of(format)));
    }

    private void refuseOutOfBounds(int width, int height) {
        long pixels = (long) width * height;
        if (pixels > properties.maxPixels()) {
            throw new PhotoRejectedException(RejectionReason.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                    "The photo is %d × %d pixels (%.1f MP); the limit is %.1f MP: send a smaller photo, e.g. one"
                            + " resized to 4000 pixels on the long side",
                    width, height, pixels / MEGA, properties.maxPixels() / MEGA));
        }
        if (Math.min(width, height) < properties.minShortSide()) {
            throw new PhotoRejectedException(RejectionReason.TOO_SMALL, String.format(Locale.ROOT,
                    "The photo is %d × %d pixels; a card needs at least %d pixels on the short side: photograph"
                            + " it closer or at a higher resolution",
                    width, height, properties.minShortSide()));
        }
    }

    /** An absent or generic claim ({@code application/octet-stream}) is not a mismatch; any other is. */
    private static boolean declaredTypeMatches(Optional<String> declared, ImageFormat format) {
        return declared.filter(claimed -> !GENERIC_TYPES.contains(claimed.toLowerCase(Locale.ROOT)))
                .map(claimed -> ImageFormat.fromMediaType(claimed).equals(Optional.of(format)))
                .orElse(true);
    }

    private static String readableSize(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576d)
                : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024d);
    }

    private static PhotoRejectedException corrupt(ImageFormat format, Exception cause) {
        return new PhotoRejectedException(RejectionReason.CORRUPT,
                "The " + format.displayName() + " file is damaged or truncated and cannot be decoded: upload the"
                        + " original photo again", cause);
    }

    /** Upright pixels and how many stored pixels each one stands for along a side. */
    record DecodedPhoto(RgbImage image, int subsampling) {
    }
}

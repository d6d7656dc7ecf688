package com.collectiq.vision;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Image formats recognised by their first bytes (magic numbers), never by a name or a header. */
public enum ImageFormat {
    JPEG("image/jpeg", "JPEG", "jpeg"),
    PNG("image/png", "PNG", "png"),
    HEIC("image/heic", "HEIC", "heic"),
    AVIF("image/avif", "AVIF", "avif"),
    WEBP("image/webp", "WebP", "webp"),
    GIF("image/gif", "GIF", "gif"),
    TIFF("image/tiff", "TIFF", "tiff"),
    BMP("image/bmp", "BMP", "bmp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** ISO-BMFF brands of the HEIF family as phones write them (major or compatible brand). */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private final String mediaType;
    private final String displayName;
    private final String imageIoName;

    ImageFormat(String mediaType, String displayName, String imageIoName) {
        this.mediaType = mediaType;
        this.displayName = displayName;
        this.imageIoName = imageIoName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String displayName() {
        return displayName;
    }

    /** The format name ImageIO looks readers up by. */
    String imageIoName() {
        return imageIoName;
    }

    /** The format the bytes start with, if it is one of ours. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (ascii(bytes, 0, 6).equals("GIF87a") || ascii(bytes, 0, 6).equals("GIF89a")) {
            return Optional.of(GIF);
        }
        if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(bytes, 0, (byte) 'I', (byte) 'I', (byte) 42, (byte) 0)
                || startsWith(bytes, 0, (byte) 'M', (byte) 'M', (byte) 0, (byte) 42)) {
            return Optional.of(TIFF);
        }
        if (ascii(bytes, 0, 2).equals("BM") && bytes.length >= 26) {
            return Optional.of(BMP);
        }
        if (ascii(bytes, 4, 4).equals("ftyp")) {
            return isoMediaFormat(bytes);
        }
        return Optional.empty();
    }

    /** HEIC and AVIF share the ISO-BMFF container; the {@code ftyp} box's brands tell them apart. */
    private static Optional<ImageFormat> isoMediaFormat(byte[] bytes) {
        int boxSize = bytes.length >= 4
                ? ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF)
                : 0;
        int end = Math.min(bytes.length, Math.max(boxSize, 12));
        String major = ascii(bytes, 8, 4);
        if (AVIF_BRANDS.contains(major)) {
            return Optional.of(AVIF);
        }
        // compatible brands follow the major brand and its 4-byte minor version
        for (int offset = 16; offset + 4 <= end; offset += 4) {
            if (AVIF_BRANDS.contains(ascii(bytes, offset, 4)) && !HEIF_BRANDS.contains(major)) {
                return Optional.of(AVIF);
            }
        }
        return HEIF_BRANDS.contains(major) ? Optional.of(HEIC) : Optional.empty();
    }

    /** The format a declared media type names, accepting the aliases browsers and phones send. */
    static Optional<ImageFormat> fromMediaType(String mediaType) {
        String normalised = mediaType.toLowerCase().split(";", 2)[0].trim();
        if (normalised.equals("image/jpg") || normalised.equals("image/pjpeg")) {
            return Optional.of(JPEG);
        }
        if (normalised.equals("image/heif")) {
            return Optional.of(HEIC);
        }
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(normalised)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return bytes.length >= offset + length ? new String(bytes, offset, length, StandardCharsets.ISO_8859_1) : "";
    }
}

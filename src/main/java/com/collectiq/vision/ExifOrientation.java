package com.collectiq.vision;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.collectiq.vision.heif.HeifTurn;

/**
 * The EXIF orientation tag (0x0112): how the stored pixels must be turned to stand upright. Phones
 * store the sensor's pixels as they come and record the turn here instead of rotating the image.
 */
public enum ExifOrientation {
    NORMAL(1), MIRROR_HORIZONTAL(2), ROTATE_180(3), MIRROR_VERTICAL(4),
    TRANSPOSE(5), ROTATE_90_CLOCKWISE(6), TRANSVERSE(7), ROTATE_270_CLOCKWISE(8);

    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private final int tagValue;

    ExifOrientation(int tagValue) {
        this.tagValue = tagValue;
    }

    public int tagValue() {
        return tagValue;
    }

    /** Whether turning upright exchanges width and height. */
    public boolean swapsAxes() {
        return tagValue >= 5;
    }

    static ExifOrientation ofTag(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /**
     * The orientation the photo's EXIF metadata records, for the formats that carry it as phones write
     * them (JPEG, WebP); for HEIC the file's own turns, which take the place of its EXIF tag;
     * {@link #NORMAL} for the others and when there is none.
     */
    static ExifOrientation of(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case JPEG -> ofJpeg(bytes);
            case WEBP -> ofWebp(bytes);
            case HEIC -> of(HeifTurn.of(bytes));
            default -> NORMAL;
        };
    }

    /** The orientation that mirrors (left to right) and then turns clockwise as the HEIF file says. */
    static ExifOrientation of(HeifTurn turn) {
        return switch (turn.clockwiseQuarterTurns()) {
            case 0 -> turn.mirrored() ? MIRROR_HORIZONTAL : NORMAL;
            case 1 -> turn.mirrored() ? TRANSVERSE : ROTATE_90_CLOCKWISE;
            case 2 -> turn.mirrored() ? MIRROR_VERTICAL : ROTATE_180;
            default -> turn.mirrored() ? TRANSPOSE : ROTATE_270_CLOCKWISE;
        };
    }

    /**
     * The orientation a JPEG's APP1 EXIF block records; {@link #NORMAL} when there is none or it is
     * malformed (a bad tag must not fail a photo whose pixels are fine). Only the segment headers
     * before the image data are walked, so this costs microseconds.
     */
    static ExifOrientation ofJpeg(byte[] jpeg) {
        int offset = 2; // after SOI
        while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
            int marker = jpeg[offset + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break; // start of scan or end of image: no metadata follows
            }
            int length = u16(jpeg, offset + 2, false);
            int payload = offset + 4;
            if (length < 2 || payload + length - 2 > jpeg.length) {
                break;
            }
            if (marker == 0xE1 && length - 2 >= EXIF_HEADER.length
                    && Arrays.equals(jpeg, payload, payload + EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length)) {
                return ofTiff(jpeg, payload + EXIF_HEADER.length, payload + length - 2);
            }
            offset += 2 + length;
        }
        return NORMAL;
    }

    /**
     * The orientation a WebP's {@code EXIF} chunk records (RIFF chunks: a four-letter id, a
     * little-endian length, the payload padded to an even length); the payload is the TIFF structure,
     * after an {@code Exif\0\0} header where a writer added one.
     */
    static ExifOrientation ofWebp(byte[] webp) {
        int offset = 12; // after "RIFF", the file length and "WEBP"
        while (offset + 8 <= webp.length) {
            long length = u32(webp, offset + 4, true);
            int payload = offset + 8;
            if (length > webp.length - payload) {
                break;
            }
            if (webp[offset] == 'E' && webp[offset + 1] == 'X' && webp[offset + 2] == 'I' && webp[offset + 3] == 'F') {
                int end = payload + (int) length;
                boolean headed = length >= EXIF_HEADER.length && Arrays.equals(webp, payload,
                        payload + EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length);
                return ofTiff(webp, headed ? payload + EXIF_HEADER.length : payload, end);
            }
            offset = payload + (int) length + (int) (length & 1);
        }
        return NORMAL;
    }

    /** Reads tag 0x0112 from IFD0 of the TIFF structure in {@code [start, end)}. */
    private static ExifOrientation ofTiff(byte[] bytes, int start, int end) {
        if (start + 8 > end) {
            return NORMAL;
        }
        boolean littleEndian = bytes[start] == 'I' && bytes[start + 1] == 'I';
        boolean bigEndian = bytes[start] == 'M' && bytes[start + 1] == 'M';
        if (!littleEndian && !bigEndian || u16(bytes, start + 2, littleEndian) != 42) {
            return NORMAL;
        }
        long ifd = start + u32(bytes, start + 4, littleEndian);
        if (ifd + 2 > end) {
            return NORMAL;
        }
        int entries = u16(bytes, (int) ifd, littleEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (u16(bytes, entry, littleEndian) == ORIENTATION_TAG) {
                return ofTag(u16(bytes, entry + 8, littleEndian));
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] b, int at, boolean littleEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return littleEndian ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean littleEndian) {
        long high = u16(b, littleEndian ? at + 2 : at, littleEndian);
        long low = u16(b, littleEndian ? at : at + 2, littleEndian);
        return high << 16 | low;
    }
}

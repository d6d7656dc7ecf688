package com.collectiq.vision;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos made ready for a service with image limits (Bedrock's models, Rekognition): decoded upright
 * as the EXIF orientation says, scaled, and re-encoded as a JPEG within a byte budget. Whatever the
 * upload's format, what leaves is a JPEG.
 */
public final class UprightJpeg {

    /** Tried in turn until the JPEG fits: small print survives 0.9 well, 0.3 is the last resort. */
    private static final float[] QUALITIES = {0.9f, 0.8f, 0.7f, 0.5f, 0.3f};

    private UprightJpeg() {
    }

    /**
     * The photo upright, its long side at most {@code longSide}. It is decoded with subsampling first
     * (keeping at least twice the wanted size, so the final shrink still smooths), so a 12 MP photo
     * never sits in memory at full size when less is wanted.
     *
     * @throws IllegalArgumentException when no decoder reads the bytes
     */
    public static BufferedImage decode(byte[] photo, ExifOrientation orientation, int longSide) {
        return decode(photo, orientation, longSide, 2);
    }

    /**
     * As {@link #decode(byte[], ExifOrientation, int)}, subsampled as coarsely as still keeps the long
     * side: for a reader that scales the image down itself (a model), where the smoothing is not worth
     * the raster. A 12 MP photo is then decoded at 3 MP, 21 MB of pixels instead of 84, and shrunk the
     * rest of the way bilinear.
     */
    public static BufferedImage decodeSmall(byte[] photo, ExifOrientation orientation, int longSide) {
        return decode(photo, orientation, longSide, 1);
    }

    /**
     * @param margin how many times {@code longSide} the subsampled decode keeps at least; with 1 the
     *               final shrink is by less than half, where bilinear interpolation (a third of
     *               bicubic's time) leaves nothing to smooth
     */
    private static BufferedImage decode(byte[] photo, ExifOrientation orientation, int longSide, int margin) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("no decoder for the photo");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int storedLongSide = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, storedLongSide / (margin * longSide));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                // the decoded pixels are handed over, not copied: at 12 MP a copy alone is 48 MB
                BufferedImage upright = RgbImage.of(reader.read(0, param)).upright(orientation).handedOver();
                return fitted(upright, longSide, margin == 1
                        ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode the photo", e);
        }
    }

    /**
     * The image shrunk bilinear to a long side of at most {@code longSide} (as it is when it is not
     * larger): for a shrink by less than half, where bicubic has nothing more to smooth.
     */
    static BufferedImage fitted(BufferedImage image, int longSide) {
        return fitted(image, longSide, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static BufferedImage fitted(BufferedImage image, int longSide, Object interpolation) {
        double factor = Math.min(1, longSide / (double) Math.max(image.getWidth(), image.getHeight()));
        return factor == 1 ? image : resized(image, (int) Math.round(image.getWidth() * factor),
                (int) Math.round(image.getHeight() * factor), interpolation);
    }

    /** The image drawn at {@code width} × {@code height} (at least one pixel each way), bicubic. */
    public static BufferedImage resized(BufferedImage image, int width, int height) {
        return resized(image, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage resized(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /** The image turned by 180°. */
    public static BufferedImage halfTurned(BufferedImage image) {
        return RgbImage.of(image).upright(ExifOrientation.ROTATE_180).toBufferedImage();
    }

    /**
     * The image as a JPEG of at most {@code maxBytes}, at the best quality of the ladder that fits.
     *
     * @throws IllegalStateException when not even the lowest quality fits
     */
    public static byte[] encode(BufferedImage image, long maxBytes) {
        for (float quality : QUALITIES) {
            byte[] encoded = encode(image, quality);
            if (encoded.length <= maxBytes) {
                return encoded;
            }
        }
        throw new IllegalStateException("the image does not fit " + maxBytes + " bytes even at low JPEG quality");
    }

    static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(writable(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the JPEG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The image in a layout the JDK's writer takes as it is: 3-byte BGR (or grey). From packed ints the
     * writer fetches every pixel through the sample model, which costs more than the encoding itself;
     * the pixels, and so the JPEG's bytes, are the same. JPEG has no alpha channel: the writer refuses
     * (or mis-colours) images that carry one, so it is dropped.
     */
    private static BufferedImage writable(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return RgbImage.bgrOf(image);
    }
}

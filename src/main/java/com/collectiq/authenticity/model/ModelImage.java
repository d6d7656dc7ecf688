package com.collectiq.authenticity.model;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
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

import com.collectiq.vision.ExifOrientation;

/**
 * The photo as a model should see it: upright, its long side at most {@link #LONG_SIDE} pixels (more
 * detail than that is resized away by the models anyway) and a JPEG within Bedrock's image limit.
 */
final class ModelImage {

    /** Bedrock's Converse API takes images up to 3.75 MB. */
    static final int MAX_BYTES = 3_750_000;
    static final int LONG_SIDE = 1568;
    private static final float[] QUALITIES = {0.85f, 0.7f, 0.5f, 0.3f};

    private ModelImage() {
    }

    static byte[] jpeg(byte[] photo, ExifOrientation orientation) {
        BufferedImage upright = upright(scaled(decode(photo)), orientation);
        for (float quality : QUALITIES) {
            byte[] encoded = encode(upright, quality);
            if (encoded.length <= MAX_BYTES) {
                return encoded;
            }
        }
        throw new IllegalStateException("the photo does not fit Bedrock's image limit even at low quality");
    }

    /** Decoded with subsampling, so a 12 MP photo never occupies memory at full size. */
    private static BufferedImage decode(byte[] photo) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("no decoder for the photo");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longSide / (2 * LONG_SIDE));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode the photo for the model", e);
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1, LONG_SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** Turns as EXIF says; mirrored orientations (no phone camera writes them) are sent as stored. */
    private static BufferedImage upright(BufferedImage image, ExifOrientation orientation) {
        int quarterTurns = switch (orientation) {
            case ROTATE_90_CLOCKWISE -> 1;
            case ROTATE_180 -> 2;
            case ROTATE_270_CLOCKWISE -> 3;
            default -> 0;
        };
        if (quarterTurns == 0) {
            return image;
        }
        boolean swaps = quarterTurns % 2 == 1;
        int width = swaps ? image.getHeight() : image.getWidth();
        int height = swaps ? image.getWidth() : image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        AffineTransform turn = new AffineTransform();
        turn.translate(width / 2.0, height / 2.0);
        turn.quadrantRotate(quarterTurns);
        turn.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
        g.drawImage(image, turn, null);
        g.dispose();
        return out;
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the photo for the model", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

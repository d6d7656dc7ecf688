package com.collectiq.testsupport;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A photo from {@link CardRenderer} and the truth about it: where the card's corners are (top-left,
 * top-right, bottom-right, bottom-left, in the photo's pixels) and how many photo pixels a millimetre
 * of card spans.
 */
public record RenderedCard(BufferedImage photo, List<Point2D> corners, double pixelsPerMm) {

    public RenderedCard {
        corners = List.copyOf(corners);
    }

    /** The photo as a camera would store it. */
    public byte[] jpeg(float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(photo, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    public byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(photo, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The card cut out of the photo along its true corners and turned upright, at
     * {@code outputPixelsPerMm} (63 × 88 mm, no margin): what the photo checks hand to text extraction
     * when they find the outline perfectly. Bilinear sampling, as a perspective warp does.
     */
    public BufferedImage normalisedCard(double outputPixelsPerMm) {
        int width = (int) Math.round(CardRenderer.CARD_WIDTH_MM * outputPixelsPerMm);
        int height = (int) Math.round(CardRenderer.CARD_HEIGHT_MM * outputPixelsPerMm);
        Point2D origin = corners.get(0);
        // photo position = origin + u * across + v * down, for u, v the output's pixel centres in [0, 1]
        double acrossX = corners.get(1).getX() - origin.getX();
        double acrossY = corners.get(1).getY() - origin.getY();
        double downX = corners.get(3).getX() - origin.getX();
        double downY = corners.get(3).getY() - origin.getY();
        BufferedImage card = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            double v = (y + 0.5) / height;
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5) / width;
                card.setRGB(x, y, sample(origin.getX() + u * acrossX + v * downX - 0.5,
                        origin.getY() + u * acrossY + v * downY - 0.5));
            }
        }
        return card;
    }

    private int sample(double x, double y) {
        int x0 = (int) Math.floor(Math.max(0, Math.min(photo.getWidth() - 2, x)));
        int y0 = (int) Math.floor(Math.max(0, Math.min(photo.getHeight() - 2, y)));
        double fx = Math.max(0, Math.min(1, x - x0));
        double fy = Math.max(0, Math.min(1, y - y0));
        int p00 = photo.getRGB(x0, y0);
        int p10 = photo.getRGB(x0 + 1, y0);
        int p01 = photo.getRGB(x0, y0 + 1);
        int p11 = photo.getRGB(x0 + 1, y0 + 1);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double top = (p00 >> shift & 0xFF) * (1 - fx) + (p10 >> shift & 0xFF) * fx;
            double bottom = (p01 >> shift & 0xFF) * (1 - fx) + (p11 >> shift & 0xFF) * fx;
            rgb |= (int) Math.round(top * (1 - fy) + bottom * fy) << shift;
        }
        return rgb;
    }
}

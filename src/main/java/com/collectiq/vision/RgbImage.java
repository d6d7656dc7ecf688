package com.collectiq.vision;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;

/**
 * Packed 0xRRGGBB pixels the analysis works on: one plain array, so the hot loops index it directly
 * instead of going through {@link BufferedImage#getRGB}. Treated as read-only once built.
 */
final class RgbImage implements Sampled {

    final int width;
    final int height;
    final int[] pixels;

    RgbImage(int width, int height, int[] pixels) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("pixel count does not match " + width + " × " + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    static RgbImage of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = new int[width * height];
        if (isPlainBgr(image)) {
            // the JPEG reader's usual output: convert without a per-pixel colour-model call
            byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0, j = 0; i < pixels.length; i++, j += 3) {
                pixels[i] = (bgr[j + 2] & 0xFF) << 16 | (bgr[j + 1] & 0xFF) << 8 | (bgr[j] & 0xFF);
            }
        } else if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getData().length == pixels.length) {
            System.arraycopy(buffer.getData(), 0, pixels, 0, pixels.length);
        } else {
            image.getRGB(0, 0, width, height, pixels, 0, width);
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] &= 0xFFFFFF; // alpha is ignored: a card photo has no meaningful transparency
            }
        }
        return new RgbImage(width, height, pixels);
    }

    /**
     * Every {@code step}-th pixel of {@code region} of {@code image}, starting at its top-left: what an
     * {@code ImageReader} gives for that source region and subsampling, taken from an image already
     * decoded at full resolution instead of decoding it again.
     */
    static RgbImage picked(BufferedImage image, Rectangle region, int step) {
        int width = (region.width + step - 1) / step;
        int height = (region.height + step - 1) / step;
        int[] pixels = new int[width * height];
        if (isPlainBgr(image)) {
            byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int rowBytes = image.getWidth() * 3;
            for (int y = 0; y < height; y++) {
                int j = (region.y + y * step) * rowBytes + region.x * 3;
                for (int x = 0, i = y * width; x < width; x++, i++, j += 3 * step) {
                    pixels[i] = (bgr[j + 2] & 0xFF) << 16 | (bgr[j + 1] & 0xFF) << 8 | (bgr[j] & 0xFF);
                }
            }
        } else {
            // another decoder's layout (grey, alpha, packed ints): rare, so through the colour model
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    pixels[y * width + x] = image.getRGB(region.x + x * step, region.y + y * step) & 0xFFFFFF;
                }
            }
        }
        return new RgbImage(width, height, pixels);
    }

    /** The JPEG reader's usual output: 3-byte BGR in one array, rows one after another. */
    static boolean isPlainBgr(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                && buffer.getData().length == image.getWidth() * image.getHeight() * 3;
    }

    BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getRaster().setDataElements(0, 0, width, height, pixels);
        return image;
    }

    /**
     * A {@code TYPE_INT_RGB} image over these very pixels, without the copy {@link #toBufferedImage} makes
     * (48 MB for a 12 MP photo): only for an image nothing reads as an {@code RgbImage} afterwards, as
     * whoever draws on the returned image changes these pixels.
     */
    BufferedImage handedOver() {
        int[] masks = {0xFF0000, 0xFF00, 0xFF};
        return new BufferedImage(new DirectColorModel(24, masks[0], masks[1], masks[2]), Raster.createPackedRaster(
                new DataBufferInt(pixels, pixels.length), width, height, width, masks, null), false, null);
    }

    /**
     * {@code image} as {@code TYPE_3BYTE_BGR}, the JPEG writer's own layout: from packed ints it would
     * fetch every pixel through the raster's sample model, which costs more than the encoding itself.
     * A {@code TYPE_INT_RGB} image's pixels are read where they are, not copied first.
     */
    static BufferedImage bgrOf(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        RgbImage pixels = image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                && buffer.getData().length == width * height
                        ? new RgbImage(width, height, buffer.getData()) : of(image);
        return pixels.toBgr();
    }

    private BufferedImage toBgr() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0, j = 0; i < pixels.length; i++, j += 3) {
            int rgb = pixels[i];
            bgr[j] = (byte) rgb;
            bgr[j + 1] = (byte) (rgb >> 8);
            bgr[j + 2] = (byte) (rgb >> 16);
        }
        return image;
    }

    /** Turns the stored pixels upright as the EXIF orientation says. */
    RgbImage upright(ExifOrientation orientation) {
        if (orientation == ExifOrientation.NORMAL) {
            return this;
        }
        int outWidth = orientation.swapsAxes() ? height : width;
        int outHeight = orientation.swapsAxes() ? width : height;
        int[] out = new int[pixels.length];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                out[y * outWidth + x] = pixels[sourceIndex(orientation, x, y)];
            }
        }
        return new RgbImage(outWidth, outHeight, out);
    }

    private int sourceIndex(ExifOrientation orientation, int x, int y) {
        return switch (orientation) {
            case NORMAL -> y * width + x;
            case MIRROR_HORIZONTAL -> y * width + (width - 1 - x);
            case ROTATE_180 -> (height - 1 - y) * width + (width - 1 - x);
            case MIRROR_VERTICAL -> (height - 1 - y) * width + x;
            case TRANSPOSE -> x * width + y;
            case ROTATE_90_CLOCKWISE -> (height - 1 - x) * width + y;
            case TRANSVERSE -> (height - 1 - x) * width + (width - 1 - y);
            case ROTATE_270_CLOCKWISE -> x * width + (width - 1 - y);
        };
    }

    /** Rec. 601 luma, 0..255 per pixel. */
    float[] luminance() {
        float[] luma = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            luma[i] = luma(pixels[i]);
        }
        return luma;
    }

    static float luma(int rgb) {
        return 0.299f * (rgb >> 16 & 0xFF) + 0.587f * (rgb >> 8 & 0xFF) + 0.114f * (rgb & 0xFF);
    }

    /** The colour at a sub-pixel position, bilinearly interpolated (8-bit fixed point), clamped at the borders. */
    @Override
    public int sample(double x, double y) {
        double cx = Math.max(0, Math.min(width - 1.0001, x));
        double cy = Math.max(0, Math.min(height - 1.0001, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int fx = (int) ((cx - x0) * 256);
        int fy = (int) ((cy - y0) * 256);
        int i = y0 * width + x0;
        int p00 = pixels[i];
        int p10 = pixels[i + 1];
        int p01 = pixels[i + width];
        int p11 = pixels[i + width + 1];
        return bilinear(p00, p10, p01, p11, fx, fy);
    }

    /** Four neighbouring packed colours mixed, {@code fx} and {@code fy} in 256ths of a pixel. */
    static int bilinear(int p00, int p10, int p01, int p11, int fx, int fy) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int top = (p00 >> shift & 0xFF) * (256 - fx) + (p10 >> shift & 0xFF) * fx;
            int bottom = (p01 >> shift & 0xFF) * (256 - fx) + (p11 >> shift & 0xFF) * fx;
            rgb |= ((top * (256 - fy) + bottom * fy + 32768) >> 16) << shift;
        }
        return rgb;
    }

    /** Euclidean distance of two colours in RGB, 0..441. */
    static double colourDistance(int a, int b) {
        int dr = (a >> 16 & 0xFF) - (b >> 16 & 0xFF);
        int dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}

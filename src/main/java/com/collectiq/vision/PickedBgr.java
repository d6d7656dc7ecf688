package com.collectiq.vision;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Every {@code step}-th pixel of a region of a decoded 3-byte BGR photo, read where the pixels are: the
 * same samples as {@link RgbImage#picked} of that region would give, without copying the region into
 * packed ints first (up to 48 MB of them for a card that fills a 12 MP photo).
 */
final class PickedBgr implements Sampled {

    private final byte[] bgr;
    private final int rowBytes;
    private final int x0;
    private final int y0;
    private final int step;
    private final int width;
    private final int height;

    private PickedBgr(BufferedImage image, Rectangle region, int step) {
        this.bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        this.rowBytes = image.getWidth() * 3;
        this.x0 = region.x;
        this.y0 = region.y;
        this.step = step;
        this.width = (region.width + step - 1) / step;
        this.height = (region.height + step - 1) / step;
    }

    /** Read in place when the photo is plain BGR (the JPEG reader's output), else picked into packed ints. */
    static Sampled of(BufferedImage image, Rectangle region, int step) {
        return RgbImage.isPlainBgr(image) ? new PickedBgr(image, region, step) : RgbImage.picked(image, region, step);
    }

    @Override
    public int sample(double x, double y) {
        double cx = Math.max(0, Math.min(width - 1.0001, x));
        double cy = Math.max(0, Math.min(height - 1.0001, y));
        int px = (int) cx;
        int py = (int) cy;
        int fx = (int) ((cx - px) * 256);
        int fy = (int) ((cy - py) * 256);
        return RgbImage.bilinear(rgb(px, py), rgb(px + 1, py), rgb(px, py + 1), rgb(px + 1, py + 1), fx, fy);
    }

    private int rgb(int x, int y) {
        int j = (y0 + y * step) * rowBytes + (x0 + x * step) * 3;
        return (bgr[j + 2] & 0xFF) << 16 | (bgr[j + 1] & 0xFF) << 8 | (bgr[j] & 0xFF);
    }
}

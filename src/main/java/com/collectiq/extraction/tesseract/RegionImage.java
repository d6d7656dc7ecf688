package com.collectiq.extraction.tesseract;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import com.collectiq.extraction.Extraction.Box;

/**
 * A part of the card as Tesseract gets it: 8-bit grey, scaled, with what it takes to put the boxes
 * Tesseract finds back into the card's coordinates.
 *
 * @param grey    row-major grey pixels, {@code width} per row
 * @param originX where the part starts on the card, in card pixels
 * @param originY where the part starts on the card, in card pixels
 * @param scale   scaled pixels per card pixel
 */
record RegionImage(byte[] grey, int width, int height, int originX, int originY, double scale,
        int cardWidth, int cardHeight) {

    /** {@code region} of {@code card}, scaled to the region's reading height. */
    static RegionImage of(BufferedImage card, CardRegion region) {
        int x0 = (int) Math.floor(region.left * card.getWidth());
        int y0 = (int) Math.floor(region.top * card.getHeight());
        int x1 = (int) Math.ceil(region.right * card.getWidth());
        int y1 = (int) Math.ceil(region.bottom * card.getHeight());
        double scale = region.scaledHeight / (double) (y1 - y0);
        return scaled(card, x0, y0, x1 - x0, y1 - y0, scale);
    }

    /** The whole image, shrunk (never enlarged) so its long side is at most {@code maxSide}. */
    static RegionImage whole(BufferedImage image, int maxSide) {
        double scale = Math.min(1, maxSide / (double) Math.max(image.getWidth(), image.getHeight()));
        return scaled(image, 0, 0, image.getWidth(), image.getHeight(), scale);
    }

    private static RegionImage scaled(BufferedImage source, int x, int y, int width, int height, double scale) {
        int scaledWidth = Math.max(1, (int) Math.round(width * scale));
        int scaledHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage grey = new BufferedImage(scaledWidth, scaledHeight, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        // bicubic keeps the strokes of small print smooth when they are enlarged several times
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, scaledWidth, scaledHeight, x, y, x + width, y + height, null);
        g.dispose();
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        return new RegionImage(pixels, scaledWidth, scaledHeight, x, y,
                scaledWidth / (double) width, source.getWidth(), source.getHeight());
    }

    /** A box Tesseract reported (in this image's pixels) in the card's coordinates, each value in [0, 1]. */
    Box toCard(int left, int top, int right, int bottom) {
        double cardLeft = originX + left / scale;
        double cardTop = originY + top / scale;
        double cardRight = originX + right / scale;
        double cardBottom = originY + bottom / scale;
        return new Box(clamp(cardLeft / cardWidth), clamp(cardTop / cardHeight),
                clamp((cardRight - cardLeft) / cardWidth), clamp((cardBottom - cardTop) / cardHeight));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

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

    /** The whole of {@code image}, scaled by {@code scale} (enlarged or shrunk). */
    static RegionImage whole(BufferedImage image, double scale) {
        return scaled(image, 0, 0, image.getWidth(), image.getHeight(), scale);
    }

    /**
     * The part of {@code card} inside {@code part} (fractions of the card, as {@link #toCard} gives
     * them), scaled by {@code scale}; clipped to the card.
     */
    static RegionImage of(BufferedImage card, Box part, double scale) {
        int x0 = Math.max(0, (int) Math.floor(part.left() * card.getWidth()));
        int y0 = Math.max(0, (int) Math.floor(part.top() * card.getHeight()));
        int x1 = Math.min(card.getWidth(), (int) Math.ceil((part.left() + part.width()) * card.getWidth()));
        int y1 = Math.min(card.getHeight(), (int) Math.ceil((part.top() + part.height()) * card.getHeight()));
        return scaled(card, x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0), scale);
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

    /** Other pixels of the same size in the same place: this part processed for reading. */
    RegionImage withGrey(byte[] pixels) {
        if (pixels.length != grey.length) {
            throw new IllegalArgumentException("pixels of another size: " + pixels.length + " for " + grey.length);
        }
        return new RegionImage(pixels, width, height, originX, originY, scale, cardWidth, cardHeight);
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

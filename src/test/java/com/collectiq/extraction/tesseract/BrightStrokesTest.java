package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BrightStrokesTest {

    @Test
    void whiteLettersOverAPictureComeOutDarkOnWhite() {
        // white, dark-outlined letters over a light-to-dark gradient, as a full art prints its name
        BufferedImage card = new BufferedImage(400, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = card.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(210, 210, 210), 400, 0, new Color(60, 60, 60)));
        g.fillRect(0, 0, 400, 120);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        outlined(g, "Ralts", 40, 80);
        g.dispose();

        RegionImage strokes = BrightStrokes.of(RegionImage.whole(card, 1), 8);

        // the picture, light or dark, is white; the letters' fill is dark
        assertThat(grey(strokes, 10, 10)).isGreaterThan(230);
        assertThat(grey(strokes, 390, 110)).isGreaterThan(230);
        assertThat(darkShareOfLetters(card, strokes)).isGreaterThan(0.8);
        assertThat(strokes.width()).isEqualTo(400);
        assertThat(strokes.height()).isEqualTo(120);
    }

    @Test
    void aPlainImageHasNoStrokes() {
        BufferedImage plain = new BufferedImage(50, 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = plain.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, 50, 40);
        g.dispose();

        RegionImage strokes = BrightStrokes.of(RegionImage.whole(plain, 1), 8);

        for (byte pixel : strokes.grey()) {
            assertThat(pixel & 0xFF).isEqualTo(255);
        }
    }

    @Test
    void theOpeningsMatchBruteForceOnesOnRandomImages() {
        Random random = new Random(20261206);
        for (int round = 0; round < 20; round++) {
            int width = 1 + random.nextInt(40);
            int height = 1 + random.nextInt(40);
            int radius = random.nextInt(6);
            byte[] grey = new byte[width * height];
            random.nextBytes(grey);
            RegionImage image = new RegionImage(grey, width, height, 0, 0, 1, width, height);
            int[] pixels = new int[grey.length];
            for (int i = 0; i < grey.length; i++) {
                pixels[i] = grey[i] & 0xFF;
            }
            int[] eroded = bruteForceSquare(pixels, width, height, radius, true);

            assertThat(BrightStrokes.topHat(image, radius)).as("round %d: %dx%d, radius %d", round, width, height, radius)
                    .containsExactly(less(pixels, bruteForceSquare(eroded, width, height, radius, false)));
            assertThat(BrightStrokes.topHatByReconstruction(image, radius)).as("round %d by reconstruction", round)
                    .containsExactly(less(pixels, bruteForceReconstruction(eroded, pixels, width, height)));
            assertThat(BrightStrokes.of(image, radius).grey()).hasSize(grey.length);
            assertThat(BrightStrokes.enclosed(image, radius).grey()).hasSize(grey.length);
        }
    }

    /** White letters drawn over a two-pixel black outline, as a full art prints its name. */
    private static void outlined(Graphics2D g, String text, int x, int y) {
        g.setColor(Color.BLACK);
        for (int dx = -2; dx <= 2; dx += 2) {
            for (int dy = -2; dy <= 2; dy += 2) {
                g.drawString(text, x + dx, y + dy);
            }
        }
        g.setColor(Color.WHITE);
        g.drawString(text, x, y);
    }

    /** The share of the letters' white fill that comes out dark. */
    private static double darkShareOfLetters(BufferedImage card, RegionImage strokes) {
        long darkInLetters = 0;
        long letterPixels = 0;
        for (int y = 0; y < card.getHeight(); y++) {
            for (int x = 0; x < card.getWidth(); x++) {
                if (card.getRaster().getSample(x, y, 0) == 255) {
                    letterPixels++;
                    darkInLetters += grey(strokes, x, y) < 128 ? 1 : 0;
                }
            }
        }
        assertThat(letterPixels).isGreaterThan(500);
        return (double) darkInLetters / letterPixels;
    }

    private static int[] less(int[] pixels, int[] opened) {
        int[] difference = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            difference[i] = pixels[i] - opened[i];
        }
        return difference;
    }

    /** The marker dilated by one pixel's 3 × 3 square and capped by the mask, again and again until nothing changes. */
    private static int[] bruteForceReconstruction(int[] marker, int[] mask, int width, int height) {
        int[] grown = marker;
        while (true) {
            int[] next = bruteForceSquare(grown, width, height, 1, false);
            for (int i = 0; i < next.length; i++) {
                next[i] = Math.min(next[i], mask[i]);
            }
            if (Arrays.equals(next, grown)) {
                return grown;
            }
            grown = next;
        }
    }

    /** The minimum or maximum over each pixel's square, clipped at the edges, pixel by pixel. */
    private static int[] bruteForceSquare(int[] pixels, int width, int height, int radius, boolean minimum) {
        int[] out = new int[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int extreme = minimum ? 255 : 0;
                for (int v = Math.max(0, y - radius); v <= Math.min(height - 1, y + radius); v++) {
                    for (int u = Math.max(0, x - radius); u <= Math.min(width - 1, x + radius); u++) {
                        extreme = minimum ? Math.min(extreme, pixels[v * width + u]) : Math.max(extreme, pixels[v * width + u]);
                    }
                }
                out[y * width + x] = extreme;
            }
        }
        return out;
    }

    private static int grey(RegionImage image, int x, int y) {
        return image.grey()[y * image.width() + x] & 0xFF;
    }
}

package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class LabelInkTest {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 200;

    @Test
    void printLightOnADarkBoxAndDarkOnLightStockBothComeOutDarkOnWhite() {
        // light stock with dark text at the left, a dark box with a light grade at the right, as a grade box prints
        BufferedImage label = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = label.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(225, 225, 225));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(40, 40, 40));
        g.fillRect(400, 20, 180, 160);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.setColor(new Color(20, 20, 20));
        g.drawString("PSA 123", 30, 110);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 100));
        g.setColor(new Color(235, 235, 235));
        g.drawString("9", 460, 140);
        g.dispose();

        RegionImage ink = LabelInk.of(RegionImage.whole(label, 1));

        assertThat(ink.width()).isEqualTo(WIDTH);
        assertThat(ink.height()).isEqualTo(HEIGHT);
        assertThat(darkShare(ink, label, 0, 0, 400, HEIGHT, v -> v < 80)).as("dark letters on the stock stay dark").isGreaterThan(0.8);
        assertThat(darkShare(ink, label, 400, 20, 580, 180, v -> v > 200)).as("light letters in the box turn dark")
                .isGreaterThan(0.8);
        assertThat(grey(ink, 10, 10)).as("the stock is white").isGreaterThan(230);
        assertThat(grey(ink, 420, 40)).as("the box's inside is white").isGreaterThan(230);
    }

    @Test
    void glareAcrossTheStockIsNoInk() {
        // a bright band fading across plain stock: slow brightening, no print
        BufferedImage label = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = label.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 120, 120), WIDTH, 0, new Color(250, 250, 250)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();

        RegionImage ink = LabelInk.of(RegionImage.whole(label, 1));

        // away from the ends, where the window is cut short and no longer centred on the slope
        for (int x = 50; x < WIDTH - 50; x += 50) {
            assertThat(grey(ink, x, HEIGHT / 2)).as("column %d", x).isGreaterThan(200);
        }
    }

    private interface Level {
        boolean printed(int value);
    }

    /** The share of the label's printed pixels in a rectangle that come out dark. */
    private static double darkShare(RegionImage ink, BufferedImage label, int left, int top, int right, int bottom,
            Level printed) {
        long letters = 0;
        long dark = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                if (printed.printed(label.getRaster().getSample(x, y, 0))) {
                    letters++;
                    dark += grey(ink, x, y) < 128 ? 1 : 0;
                }
            }
        }
        assertThat(letters).isGreaterThan(300);
        return (double) dark / letters;
    }

    private static int grey(RegionImage image, int x, int y) {
        return image.grey()[y * image.width() + x] & 0xFF;
    }
}

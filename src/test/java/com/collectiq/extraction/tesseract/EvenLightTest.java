package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class EvenLightTest {

    @Test
    void darkStrokesUnderAGlareBandStandOutFromAWhiteGround() {
        // a grey ground lit from dim on the left to bright on the right, crossed by strokes 6 px wide
        // printed at 55 % of the ground's brightness: the strokes on the right are lighter than the
        // ground on the left, so no one threshold parts print from ground
        int width = 400;
        int height = 120;
        byte[] grey = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double ground = 90 + 150.0 * x / width;
                boolean stroke = y >= 40 && y < 80 && x % 30 >= 12 && x % 30 < 18;
                grey[y * width + x] = (byte) Math.round(stroke ? 0.55 * ground : ground);
            }
        }
        RegionImage image = new RegionImage(grey, width, height, 0, 0, 1, width, height);
        assertThat(grey(image, 375, 60)).as("a stroke in the glare").isGreaterThan(grey(image, 5, 10));

        RegionImage even = EvenLight.of(image, 10);

        // the ground is white wherever it lies (less the glare's rise over the window); the strokes
        // are as dark in the dim as in the glare
        assertThat(grey(even, 5, 10)).isGreaterThan(235);
        assertThat(grey(even, 395, 110)).isGreaterThan(235);
        assertThat(grey(even, 15, 60)).isBetween(130, 150);
        assertThat(grey(even, 375, 60)).isBetween(130, 150);
        assertThat(even.width()).isEqualTo(width);
        assertThat(even.height()).isEqualTo(height);
    }

    @Test
    void aPlainImageComesOutWhiteEvenWhenBlack() {
        for (int level : new int[] {0, 128}) {
            BufferedImage plain = new BufferedImage(50, 40, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = plain.createGraphics();
            g.setColor(new Color(level, level, level));
            g.fillRect(0, 0, 50, 40);
            g.dispose();

            RegionImage even = EvenLight.of(RegionImage.whole(plain, 1), 10);

            for (byte pixel : even.grey()) {
                assertThat(pixel & 0xFF).isEqualTo(255);
            }
        }
    }

    private static int grey(RegionImage image, int x, int y) {
        return image.grey()[y * image.width() + x] & 0xFF;
    }
}

package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsharpMaskTest {

    @Test
    void aBlurredStrokeComesOutDarkerAndNarrowerOnAWhiterGround() {
        // a dark stroke 4 px wide on a light ground, enlarged from a small photo: its edges ramp over
        // 6 px either side, so its core reaches only 120 and its shoulders stay grey
        int width = 60;
        int height = 20;
        byte[] grey = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double distance = Math.max(0, Math.abs(x - 29.5) - 2);
                double level = 120 + 100 * Math.min(1, distance / 6);
                grey[y * width + x] = (byte) Math.round(level);
            }
        }
        RegionImage image = new RegionImage(grey, width, height, 0, 0, 1, width, height);

        RegionImage sharp = UnsharpMask.of(image, 3, 2);

        assertThat(grey(sharp, 30, 10)).as("the stroke's core").isLessThan(grey(image, 30, 10) - 30);
        assertThat(grey(sharp, 25, 10)).as("its shoulder").isLessThan(grey(image, 25, 10));
        assertThat(grey(sharp, 38, 10)).as("the ground beside it").isGreaterThanOrEqualTo(grey(image, 38, 10));
        assertThat(grey(sharp, 2, 10)).as("the ground far from it").isEqualTo(grey(image, 2, 10));
        assertThat(sharp.width()).isEqualTo(width);
        assertThat(sharp.height()).isEqualTo(height);
    }

    @Test
    void aPlainImageStaysAsItWas() {
        byte[] grey = new byte[30 * 10];
        java.util.Arrays.fill(grey, (byte) 200);
        RegionImage image = new RegionImage(grey, 30, 10, 0, 0, 1, 30, 10);

        assertThat(UnsharpMask.of(image, 2, 3).grey()).containsExactly(grey);
    }

    private static int grey(RegionImage image, int x, int y) {
        return image.grey()[y * image.width() + x] & 0xFF;
    }
}

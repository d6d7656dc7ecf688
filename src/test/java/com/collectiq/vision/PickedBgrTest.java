package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Reading a decoded BGR photo's region in place samples what the region copied into packed ints samples. */
class PickedBgrTest {

    @Test
    void samplesWhatThePickedCopySamplesBordersIncluded() {
        Random random = new Random(20261206);
        BufferedImage photo = new BufferedImage(301, 203, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        for (int step : new int[] {1, 2, 3}) {
            Rectangle region = new Rectangle(17, 9, 250, 180);
            Sampled inPlace = PickedBgr.of(photo, region, step);
            RgbImage copied = RgbImage.picked(photo, region, step);
            assertThat(inPlace).isInstanceOf(PickedBgr.class);
            for (int i = 0; i < 5000; i++) {
                // a little beyond the region on every side, where both clamp
                double x = random.nextDouble() * (copied.width + 4) - 2;
                double y = random.nextDouble() * (copied.height + 4) - 2;
                assertThat(inPlace.sample(x, y)).as("every %d at %.2f, %.2f", step, x, y).isEqualTo(copied.sample(x, y));
            }
        }
    }
}

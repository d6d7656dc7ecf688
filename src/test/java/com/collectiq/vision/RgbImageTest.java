package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class RgbImageTest {

    /** Three colours and grey, a pixel each, in a 2 × 2 image: the one place a mix-up of channels or rows shows. */
    private static final int[] PIXELS = {0xFF0000, 0x00FF00, 0x0000FF, 0x808080};

    @Test
    void aHandedOverImageIsTheCopyWithoutCopying() {
        RgbImage image = new RgbImage(2, 2, PIXELS.clone());

        BufferedImage copied = image.toBufferedImage();
        BufferedImage handedOver = image.handedOver();

        assertThat(handedOver.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB).isEqualTo(copied.getType());
        assertThat(handedOver.getRGB(0, 0, 2, 2, null, 0, 2)).containsExactly(copied.getRGB(0, 0, 2, 2, null, 0, 2));
        assertThat(RgbImage.of(handedOver).pixels).containsExactly(PIXELS);
        handedOver.setRGB(1, 1, 0xFFFFFF);
        assertThat(image.pixels[3]).as("the same array, not a copy").isEqualTo(0xFFFFFF);
    }
}

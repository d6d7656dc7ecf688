package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.testsupport.CardRenderer;

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"colour", "grey"})
    void pickedPixelsAreWhatTheDecoderSubsamplesFromTheRegion(String kind) throws IOException {
        BufferedImage photo = CardRenderer.builder().frame(900, 700).rotation(3).cardShare(0.5).seed(3).render().photo();
        BufferedImage encoded = photo;
        if (kind.equals("grey")) {
            encoded = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            encoded.getGraphics().drawImage(photo, 0, 0, null);
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(encoded, "jpg", jpeg);
        BufferedImage full = decoded(jpeg.toByteArray(), null, 1);

        for (Rectangle region : List.of(new Rectangle(0, 0, 900, 700), new Rectangle(101, 57, 500, 333))) {
            for (int step : new int[] {1, 2, 3}) {
                RgbImage decoder = RgbImage.of(decoded(jpeg.toByteArray(), region, step));
                RgbImage picked = RgbImage.picked(full, region, step);
                assertThat(new int[] {picked.width, picked.height}).as("%s every %d", region, step)
                        .containsExactly(decoder.width, decoder.height);
                assertThat(picked.pixels).as("%s every %d", region, step).isEqualTo(decoder.pixels);
            }
        }
    }

    /** The JDK's reader's own decode of a region of the photo, every {@code step}th pixel: what picking must equal. */
    static BufferedImage decoded(byte[] jpeg, Rectangle region, int step) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(region);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }
}

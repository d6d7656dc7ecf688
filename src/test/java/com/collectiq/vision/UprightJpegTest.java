package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class UprightJpegTest {

    @Test
    void aSmallDecodeGivesTheSameImageAtTheSameSize() throws IOException {
        byte[] photo = jpeg(halves(1000, 750));

        BufferedImage smoothed = UprightJpeg.decode(photo, ExifOrientation.NORMAL, 300);
        BufferedImage small = UprightJpeg.decodeSmall(photo, ExifOrientation.NORMAL, 300);

        assertThat(new int[] {small.getWidth(), small.getHeight()}).containsExactly(300, 225)
                .containsExactly(smoothed.getWidth(), smoothed.getHeight());
        // away from the edge between the halves, both are the colours drawn
        for (BufferedImage image : new BufferedImage[] {smoothed, small}) {
            assertThat(new Color(image.getRGB(60, 110)).getRed()).isGreaterThan(200);
            assertThat(new Color(image.getRGB(240, 110)).getBlue()).isGreaterThan(200);
        }
    }

    @Test
    void packedPixelsWithOrWithoutAlphaEncodeAsTheWriterEncodesBgrBytes() throws IOException {
        // Java2D draws the same halves into each layout; 3-byte BGR goes to the JDK's writer as it is
        byte[] bgr = UprightJpeg.encode(halves(400, 300, BufferedImage.TYPE_3BYTE_BGR), 0.9f);

        assertThat(UprightJpeg.encode(halves(400, 300, BufferedImage.TYPE_INT_RGB), 0.9f)).isEqualTo(bgr);
        assertThat(UprightJpeg.encode(halves(400, 300, BufferedImage.TYPE_INT_ARGB), 0.9f)).isEqualTo(bgr);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bgr));
        assertThat(new Color(decoded.getRGB(60, 150)).getRed()).isGreaterThan(200);
        assertThat(new Color(decoded.getRGB(340, 150)).getBlue()).isGreaterThan(200);
    }

    /** Left half red, right half blue. */
    private static BufferedImage halves(int width, int height) {
        return halves(width, height, BufferedImage.TYPE_INT_RGB);
    }

    private static BufferedImage halves(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}

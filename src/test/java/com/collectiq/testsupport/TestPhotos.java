package com.collectiq.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Small real images for tests that need a photo to exist. */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A PNG of a plain card-shaped rectangle; {@code seed} makes each one's bytes differ. */
    public static byte[] png(int seed) {
        BufferedImage image = new BufferedImage(126, 176, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF2C230));
        g.fillRect(0, 0, 126, 176);
        g.setColor(new Color((seed * 0x9E3779B1) & 0xFFFFFF));
        g.fillRect(10, 10, 106, 80);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

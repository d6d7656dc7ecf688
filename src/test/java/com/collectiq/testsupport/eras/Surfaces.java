package com.collectiq.testsupport.eras;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/** The surfaces a card is photographed on, painted procedurally into the frame. */
public final class Surfaces {

    private static final int TABLE = 4096;
    private static final double[] SINE = new double[TABLE];

    static {
        for (int i = 0; i < TABLE; i++) {
            SINE[i] = Math.sin(2 * Math.PI * i / TABLE);
        }
    }

    private Surfaces() {
    }

    public static void paint(BufferedImage frame, Background background, Random random) {
        switch (background) {
            case DARK_TABLE -> table(frame, random);
            case WOOD -> wood(frame, random);
            case PLAYMAT -> playmat(frame, random);
            case LIGHT_CLOTH -> cloth(frame, random);
        }
    }

    private static void table(BufferedImage frame, Random random) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        int[] px = pixels(frame);
        int base = 30 + random.nextInt(35);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = base + (int) (18.0 * (x + y) / (w + h));
                px[y * w + x] = (v << 16) | (v << 8) | (v + 6);
            }
        }
    }

    /** Planks of grain: stripes bent by slow waves, with darker seams between the planks. */
    private static void wood(BufferedImage frame, Random random) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        int[] px = pixels(frame);
        float hue = 0.06f + random.nextFloat() * 0.04f;
        float brightness = 0.45f + random.nextFloat() * 0.35f;
        Color light = Color.getHSBColor(hue, 0.55f, brightness);
        Color dark = Color.getHSBColor(hue, 0.7f, brightness * 0.6f);
        int plank = Math.max(w, h) / (4 + random.nextInt(4));
        double frequency = 0.02 + random.nextDouble() * 0.03;
        double[] bend = new double[w];
        for (int x = 0; x < w; x++) {
            bend[x] = 14 * Math.sin(x * 0.0021 + 1.3) + 6 * Math.sin(x * 0.0077);
        }
        for (int y = 0; y < h; y++) {
            int band = y / plank;
            double phase = band * 37.0;
            for (int x = 0; x < w; x++) {
                double grain = SINE[(int) (((y + bend[x] + phase) * frequency * TABLE / (2 * Math.PI)) % TABLE + TABLE) % TABLE];
                double t = 0.5 + 0.5 * grain * grain * Math.signum(grain);
                if (y % plank < 3) {
                    t = 1.4;
                }
                px[y * w + x] = mix(light, dark, Math.min(1, t));
            }
        }
    }

    /** A printed mat: a coloured field, big circles and arcs, and large lettering. */
    private static void playmat(BufferedImage frame, Random random) {
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = frame.getWidth();
        int h = frame.getHeight();
        g.setColor(Color.getHSBColor(random.nextFloat(), 0.6f, 0.35f + random.nextFloat() * 0.3f));
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 7; i++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.5f + 0.4f * random.nextFloat(), 0.4f + 0.5f * random.nextFloat()));
            double r = Math.max(w, h) * (0.08 + 0.3 * random.nextDouble());
            double cx = random.nextDouble() * w;
            double cy = random.nextDouble() * h;
            if (random.nextBoolean()) {
                g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            } else {
                g.setStroke(new BasicStroke((float) (r * 0.12)));
                g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
        }
        g.setColor(new Color(255, 255, 255, 170));
        Font lettering = EraFonts.SANS_BOLD.font(Math.max(w, h) * 0.07f);
        g.setFont(lettering);
        g.rotate(-0.2 + random.nextDouble() * 0.4, w / 2.0, h / 2.0);
        g.drawString("CHAMPIONSHIP SERIES", (float) (w * 0.05), (float) (h * (0.2 + random.nextDouble() * 0.6)));
        g.setFont(EraFonts.SANS.font(Math.max(w, h) * 0.025f));
        g.drawString("PLAY ZONE  -  ACTIVE  -  BENCH  -  PRIZES  -  DISCARD", (float) (w * 0.1), (float) (h * 0.92));
        g.dispose();
    }

    /** A light woven cloth: a fine criss-cross of threads. */
    private static void cloth(BufferedImage frame, Random random) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        int[] px = pixels(frame);
        Color base = Color.getHSBColor(random.nextFloat(), 0.12f, 0.82f + random.nextFloat() * 0.12f);
        Color thread = base.darker();
        int period = 6 + random.nextInt(6);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean warp = ((x / period) + (y / period)) % 2 == 0;
                int along = warp ? x % period : y % period;
                double t = along < 2 ? 0.55 : 0.1;
                px[y * w + x] = mix(base, thread, t);
            }
        }
    }

    public static int[] pixels(BufferedImage frame) {
        return ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
    }

    private static int mix(Color a, Color b, double t) {
        int r = (int) (a.getRed() * (1 - t) + b.getRed() * t);
        int g = (int) (a.getGreen() * (1 - t) + b.getGreen() * t);
        int bl = (int) (a.getBlue() * (1 - t) + b.getBlue() * t);
        return (Math.max(0, Math.min(255, r)) << 16) | (Math.max(0, Math.min(255, g)) << 8) | Math.max(0, Math.min(255, bl));
    }
}

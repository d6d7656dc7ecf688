package com.collectiq.testsupport.eras;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Photographs a card face into a scene: the card turned and leaning in perspective, placed at the
 * requested fill, on a surface, with glare, a sleeve, dim light and sensor noise, saved as a JPEG
 * (pixels stored turned with an EXIF tag when the scene asks).
 */
public final class Photographer {

    /** Draws a face at the resolution the photo needs, so that text is neither blocky nor wasted. */
    @FunctionalInterface
    public interface FaceDrawing {
        BufferedImage at(double pxPerMm);
    }

    /** Light the subject itself throws into the frame once it is placed, e.g. glare on a slab's plastic. */
    @FunctionalInterface
    public interface Overlay {
        /** corners: where the subject's top-left, top-right, bottom-right and bottom-left corners landed. */
        void paint(BufferedImage frame, List<Point2D.Double> corners);
    }

    private static final int NOISE_TABLE = 1 << 16;

    private Photographer() {
    }

    /** A photo of the card; neighbour, when not null, is a second card lying partly out of frame. */
    public static Photo shoot(FaceDrawing card, FaceDrawing neighbour, Scene scene) {
        return shoot(card, CardFace.WIDTH_MM, CardFace.HEIGHT_MM, neighbour, scene, (frame, corners) -> { });
    }

    /**
     * A photo of a flat subject of any size (a card, a graded slab), widthMm x heightMm, placed at the
     * scene's fill; the overlay adds the subject's own light before the exposure. The corners are the subject's.
     */
    public static Photo shoot(FaceDrawing subject, double widthMm, double heightMm, FaceDrawing neighbour, Scene scene,
                              Overlay overlay) {
        Random random = new Random(scene.seed() * 6364136223846793005L + 1442695040888963407L);
        BufferedImage frame = new BufferedImage(scene.frameWidth(), scene.frameHeight(), BufferedImage.TYPE_INT_RGB);
        Surfaces.paint(frame, scene.background(), random);
        List<Point2D.Double> corners = placement(scene, widthMm, heightMm, random);
        double subjectHeightPx = Math.max(corners.get(0).distance(corners.get(3)), corners.get(1).distance(corners.get(2)));
        // a phone's lens resolves less than its sensor: faces past 22 px/mm would only cost drawing time
        double pxPerMm = Math.max(6, Math.min(22, subjectHeightPx / heightMm * 1.15));
        if (neighbour != null && scene.secondCard()) {
            double cardHeightPx = subjectHeightPx * (CardFace.HEIGHT_MM / heightMm);
            Homography.draw(neighbour.at(pxPerMm), frame, neighbourPlacement(scene, cardHeightPx, random));
        }
        if (scene.sleeve()) {
            sleeveEdge(frame, corners);
        }
        Homography.draw(subject.at(pxPerMm), frame, corners);
        if (scene.sleeve()) {
            sleeveReflection(frame, corners, random);
        }
        glare(frame, corners, scene.glareSpots(), subjectHeightPx, random);
        overlay.paint(frame, corners);
        return new Photo(develop(frame, scene, random), scene.frameWidth(), scene.frameHeight(), corners);
    }

    /** The scene without any card: the surface, light and noise only. */
    public static Photo shootNothing(Scene scene) {
        Random random = new Random(scene.seed());
        BufferedImage frame = new BufferedImage(scene.frameWidth(), scene.frameHeight(), BufferedImage.TYPE_INT_RGB);
        Surfaces.paint(frame, scene.background(), random);
        return new Photo(develop(frame, scene, random), scene.frameWidth(), scene.frameHeight(), List.of());
    }

    /**
     * What the phone makes of a frame that everything has been drawn into: the scene's light, noise and
     * JPEG quality applied, the pixels stored turned as its EXIF orientation says. Changes the frame.
     */
    public static byte[] develop(BufferedImage frame, Scene scene, Random random) {
        expose(frame, scene, random);
        return ExifJpeg.encode(stored(frame, scene.exifOrientation()), scene.jpegQuality(), scene.exifOrientation());
    }

    /**
     * Where the card's corners fall: the card turned in its plane, leaned by the tilt about its axis,
     * seen through a pinhole from a phone's distance, then scaled to the fill and moved into the frame.
     */
    static List<Point2D.Double> placement(Scene scene, Random random) {
        return placement(scene, CardFace.WIDTH_MM, CardFace.HEIGHT_MM, random);
    }

    /** As {@link #placement(Scene, Random)} for a subject of widthMm x heightMm. */
    public static List<Point2D.Double> placement(Scene scene, double widthMm, double heightMm, Random random) {
        double roll = Math.toRadians(scene.rollDegrees());
        double tilt = Math.toRadians(scene.tiltDegrees());
        double axis = Math.toRadians(scene.tiltAxisDegrees());
        double distance = heightMm * (1.3 + 2 * random.nextDouble());
        double[][] card = {{-widthMm / 2, -heightMm / 2}, {widthMm / 2, -heightMm / 2},
                {widthMm / 2, heightMm / 2}, {-widthMm / 2, heightMm / 2}};
        double ax = Math.cos(axis);
        double ay = Math.sin(axis);
        List<Point2D.Double> projected = new ArrayList<>();
        for (double[] corner : card) {
            double x = corner[0] * Math.cos(roll) - corner[1] * Math.sin(roll);
            double y = corner[0] * Math.sin(roll) + corner[1] * Math.cos(roll);
            // Rodrigues' rotation of (x, y, 0) about the in-plane axis (ax, ay, 0)
            double along = ax * x + ay * y;
            double cos = Math.cos(tilt);
            double sin = Math.sin(tilt);
            double rx = x * cos + along * ax * (1 - cos);
            double ry = y * cos + along * ay * (1 - cos);
            double rz = (ax * y - ay * x) * sin;
            projected.add(new Point2D.Double(rx * distance / (distance + rz),
                    ry * distance / (distance + rz)));
        }
        double minX = projected.stream().mapToDouble(p -> p.x).min().orElseThrow();
        double maxX = projected.stream().mapToDouble(p -> p.x).max().orElseThrow();
        double minY = projected.stream().mapToDouble(p -> p.y).min().orElseThrow();
        double maxY = projected.stream().mapToDouble(p -> p.y).max().orElseThrow();
        double scale = scene.fill() / Math.max((maxX - minX) / scene.frameWidth(), (maxY - minY) / scene.frameHeight());
        double slackX = scene.frameWidth() - (maxX - minX) * scale;
        double slackY = scene.frameHeight() - (maxY - minY) * scale;
        double offsetX = slackX * scene.centreX() - minX * scale;
        double offsetY = slackY * scene.centreY() - minY * scale;
        return projected.stream().map(p -> new Point2D.Double(p.x * scale + offsetX, p.y * scale + offsetY)).toList();
    }

    /** A second card of about the same size, its centre just outside one edge, so a part of it shows. */
    private static List<Point2D.Double> neighbourPlacement(Scene scene, double cardHeightPx, Random random) {
        double w = cardHeightPx * CardFace.WIDTH_MM / CardFace.HEIGHT_MM;
        double h = cardHeightPx;
        double angle = random.nextDouble() * 2 * Math.PI;
        int edge = random.nextInt(4);
        double along = 0.15 + 0.7 * random.nextDouble();
        double outside = h * (0.2 + 0.2 * random.nextDouble());
        double cx = switch (edge) {
            case 0 -> -outside + h * 0.25;
            case 1 -> scene.frameWidth() + outside - h * 0.25;
            default -> along * scene.frameWidth();
        };
        double cy = switch (edge) {
            case 2 -> -outside + h * 0.25;
            case 3 -> scene.frameHeight() + outside - h * 0.25;
            default -> along * scene.frameHeight();
        };
        AffineTransform place = new AffineTransform();
        place.translate(cx, cy);
        place.rotate(angle);
        List<Point2D.Double> corners = new ArrayList<>();
        for (double[] c : new double[][] {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}}) {
            Point2D.Double p = new Point2D.Double();
            place.transform(new Point2D.Double(c[0], c[1]), p);
            corners.add(p);
        }
        return corners;
    }

    private static Path2D outline(List<Point2D.Double> corners, double grow) {
        double cx = corners.stream().mapToDouble(p -> p.x).average().orElseThrow();
        double cy = corners.stream().mapToDouble(p -> p.y).average().orElseThrow();
        Path2D path = new Path2D.Double();
        for (int i = 0; i < corners.size(); i++) {
            double x = cx + (corners.get(i).x - cx) * grow;
            double y = cy + (corners.get(i).y - cy) * grow;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    /** A sleeve is a little larger than the card: a faint film with a bright rim around it. */
    private static void sleeveEdge(BufferedImage frame, List<Point2D.Double> corners) {
        Graphics2D g = smooth(frame);
        Path2D sleeve = outline(corners, 1.045);
        g.setColor(new Color(255, 255, 255, 28));
        g.fill(sleeve);
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke((float) Math.max(1.5, corners.get(0).distance(corners.get(1)) * 0.006)));
        g.draw(sleeve);
        g.dispose();
    }

    /** The window or lamp reflected in the sleeve's plastic: a soft bright band across the card. */
    public static void sleeveReflection(BufferedImage frame, List<Point2D.Double> corners, Random random) {
        Graphics2D g = smooth(frame);
        g.clip(outline(corners, 1.045));
        Point2D.Double a = corners.get(0);
        Point2D.Double c = corners.get(2);
        double t = 0.2 + 0.6 * random.nextDouble();
        double mx = a.x + (c.x - a.x) * t;
        double my = a.y + (c.y - a.y) * t;
        double span = a.distance(c);
        double angle = random.nextDouble() * Math.PI;
        g.rotate(angle, mx, my);
        double width = span * (0.05 + 0.1 * random.nextDouble());
        for (int i = 0; i < 6; i++) {
            double inset = width * i / 12;
            g.setColor(new Color(255, 255, 255, 22));
            g.fill(new java.awt.geom.Rectangle2D.Double(mx - span, my - width / 2 + inset, 2 * span, width - 2 * inset));
        }
        g.dispose();
    }

    /** Bright, partly blown-out spots where a lamp reflects off the card's gloss. */
    public static void glare(BufferedImage frame, List<Point2D.Double> corners, int spots, double cardHeightPx, Random random) {
        Graphics2D g = smooth(frame);
        g.clip(outline(corners, 1.0));
        for (int i = 0; i < spots; i++) {
            double s = random.nextDouble();
            double t = random.nextDouble();
            Point2D.Double top = lerp(corners.get(0), corners.get(1), s);
            Point2D.Double bottom = lerp(corners.get(3), corners.get(2), s);
            Point2D.Double centre = lerp(top, bottom, t);
            float radius = (float) (cardHeightPx * (0.03 + 0.09 * random.nextDouble()));
            int peak = 150 + random.nextInt(100);
            g.setComposite(AlphaComposite.SrcOver);
            g.setPaint(new RadialGradientPaint(centre, radius, new float[] {0f, 0.35f, 1f},
                    new Color[] {new Color(255, 255, 250, peak), new Color(255, 255, 250, peak / 2), new Color(255, 255, 250, 0)},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fill(new java.awt.geom.Ellipse2D.Double(centre.x - radius, centre.y - radius, 2 * radius, 2 * radius));
        }
        g.dispose();
    }

    /** Dim light with a vignette and a warm cast, then sensor noise, stronger the darker the scene. */
    private static void expose(BufferedImage frame, Scene scene, Random random) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        int[] px = Surfaces.pixels(frame);
        float[] noise = new float[NOISE_TABLE];
        for (int i = 0; i < NOISE_TABLE; i++) {
            noise[i] = (float) (random.nextGaussian() * scene.noise());
        }
        double warm = 1 + 0.08 * random.nextDouble();
        double cool = 1 - 0.08 * random.nextDouble();
        double cx = w / 2.0;
        double cy = h / 2.0;
        double reach = cx * cx + cy * cy;
        int state = (int) scene.seed() | 1;
        for (int y = 0; y < h; y++) {
            double dy = (y - cy) * (y - cy);
            for (int x = 0; x < w; x++) {
                double gain = scene.light() * (1 - 0.35 * ((x - cx) * (x - cx) + dy) / reach);
                int rgb = px[y * w + x];
                state ^= state << 13;
                state ^= state >>> 17;
                state ^= state << 5;
                int r = level(((rgb >> 16) & 0xFF) * gain * warm + noise[state & 0xFFFF]);
                int g = level(((rgb >> 8) & 0xFF) * gain + noise[(state >>> 8) & 0xFFFF]);
                int b = level((rgb & 0xFF) * gain * cool + noise[(state >>> 16) & 0xFFFF]);
                px[y * w + x] = (r << 16) | (g << 8) | b;
            }
        }
    }

    /** The pixels as the camera stores them when the tag says to turn them for display. */
    private static BufferedImage stored(BufferedImage displayed, int orientation) {
        if (orientation == 1) {
            return displayed;
        }
        int w = displayed.getWidth();
        int h = displayed.getHeight();
        boolean sideways = orientation == 6 || orientation == 8;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] src = Surfaces.pixels(displayed);
        int[] dst = Surfaces.pixels(out);
        int ow = out.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // tag 6: the viewer turns the stored pixels 90° clockwise, so store them turned 90° anticlockwise
                int sx = switch (orientation) {
                    case 3 -> w - 1 - x;
                    case 6 -> y;
                    default -> h - 1 - y;
                };
                int sy = switch (orientation) {
                    case 3 -> h - 1 - y;
                    case 6 -> w - 1 - x;
                    default -> x;
                };
                dst[sy * ow + sx] = src[y * w + x];
            }
        }
        return out;
    }

    private static int level(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static Point2D.Double lerp(Point2D.Double a, Point2D.Double b, double t) {
        return new Point2D.Double(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }

    private static Graphics2D smooth(BufferedImage frame) {
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }
}

package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Homography;
import com.collectiq.testsupport.eras.Photographer;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reflections on a slab's plastic, in the case's millimetres: bands (a window, a strip light: soft and
 * wide, or hard-edged and narrow) and round spots (a lamp). Laid out before the photo is taken, so
 * the truth can say what they hide.
 */
public record Glare(List<Band> bands, List<Spot> spots) {

    /** Blown out: what lies beneath keeps less than a fifth of its contrast. */
    static final double BLOWN_OUT = 0.8;
    /** Of the layouts that would hide the whole cert number, the share kept (the rest are drawn again). */
    private static final double KEEP_HIDDEN = 0.3;
    private static final double KEEP_PARTLY = 0.6;

    /**
     * A straight reflection: through (x, y) at angle radians, strongest on its centre line.
     *
     * @param sharpness 2 for a soft band, higher for a hard-edged streak
     */
    public record Band(double x, double y, double angle, double halfWidth, double peak, double sharpness) {

        double at(double u, double v) {
            double d = Math.abs((u - x) * Math.sin(angle) - (v - y) * Math.cos(angle)) / halfWidth;
            return d > 3 ? 0 : peak * Math.exp(-Math.pow(d, sharpness));
        }
    }

    /** A lamp's round reflection. */
    public record Spot(double x, double y, double radius, double peak) {

        double at(double u, double v) {
            double d2 = ((u - x) * (u - x) + (v - y) * (v - y)) / (radius * radius);
            return d2 > 9 ? 0 : peak * Math.exp(-d2);
        }
    }

    public Glare {
        bands = List.copyOf(bands);
        spots = List.copyOf(spots);
    }

    /** How much a point's colour is pushed toward white: 0 untouched, 1 blown out. */
    public double at(double u, double v) {
        double kept = 1;
        for (Band band : bands) {
            kept *= 1 - band.at(u, v);
        }
        for (Spot spot : spots) {
            kept *= 1 - spot.at(u, v);
        }
        return 1 - kept;
    }

    /** What the glare does to text in the box: judged on a grid of points over it. */
    public CertGlare over(Rectangle2D box) {
        int blown = 0;
        int points = 0;
        for (int i = 0; i <= 8; i++) {
            for (int j = 0; j <= 2; j++) {
                points++;
                if (at(box.getX() + box.getWidth() * i / 8, box.getY() + box.getHeight() * j / 2) >= BLOWN_OUT) {
                    blown++;
                }
            }
        }
        return blown == 0 ? CertGlare.NONE : blown == points ? CertGlare.HIDDEN : CertGlare.PARTLY;
    }

    /**
     * Reflections as a phone meets them: often a band or two, sometimes a lamp; a layout that would blow
     * out the cert number is mostly drawn again, so that it stays readable in about nine photos of ten.
     */
    static Glare sample(SlabGeometry geometry, Rectangle2D cert, Random random) {
        Glare glare = draw(geometry, random);
        for (int attempt = 0; attempt < 50; attempt++) {
            CertGlare effect = glare.over(cert);
            boolean keep = switch (effect) {
                case NONE -> true;
                case PARTLY -> random.nextDouble() < KEEP_PARTLY;
                case HIDDEN -> random.nextDouble() < KEEP_HIDDEN;
            };
            if (keep) {
                return glare;
            }
            glare = draw(geometry, random);
        }
        return glare;
    }

    private static Glare draw(SlabGeometry geometry, Random random) {
        double w = geometry.width();
        double h = geometry.height();
        List<Band> bands = new ArrayList<>();
        double roll = random.nextDouble();
        int count = roll < 0.2 ? 0 : roll < 0.75 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            double angle = random.nextDouble() * Math.PI;
            double x = w * random.nextDouble();
            double y = h * random.nextDouble();
            bands.add(random.nextDouble() < 0.45
                    ? new Band(x, y, angle, 1 + 4 * random.nextDouble(), 0.7 + 0.28 * random.nextDouble(), 6)
                    : new Band(x, y, angle, 5 + 15 * random.nextDouble(), 0.3 + 0.6 * random.nextDouble(), 2));
        }
        List<Spot> spots = new ArrayList<>();
        int lamps = random.nextDouble() < 0.35 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < lamps; i++) {
            spots.add(new Spot(w * random.nextDouble(), h * random.nextDouble(), 3 + 10 * random.nextDouble(),
                    0.6 + 0.4 * random.nextDouble()));
        }
        return new Glare(bands, spots);
    }

    /** Paints the reflections onto the photo over the slab whose corners it is given, clipped to the case. */
    Photographer.Overlay overlay(SlabGeometry geometry) {
        return (frame, corners) -> paint(frame, corners, geometry);
    }

    private void paint(BufferedImage frame, List<Point2D.Double> corners, SlabGeometry geometry) {
        if (bands.isEmpty() && spots.isEmpty()) {
            return;
        }
        double w = geometry.width();
        double h = geometry.height();
        Homography toCase = Homography.mapping(corners, List.of(new Point2D.Double(0, 0), new Point2D.Double(w, 0),
                new Point2D.Double(w, h), new Point2D.Double(0, h)));
        int[] px = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        int fw = frame.getWidth();
        int fh = frame.getHeight();
        int minX = (int) Math.max(0, corners.stream().mapToDouble(p -> p.x).min().orElseThrow());
        int maxX = (int) Math.min(fw - 1, corners.stream().mapToDouble(p -> p.x).max().orElseThrow());
        int minY = (int) Math.max(0, corners.stream().mapToDouble(p -> p.y).min().orElseThrow());
        int maxY = (int) Math.min(fh - 1, corners.stream().mapToDouble(p -> p.y).max().orElseThrow());
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                Point2D.Double at = toCase.apply(x + 0.5, y + 0.5);
                if (!inside(at.x, at.y, geometry)) {
                    continue;
                }
                double a = at(at.x, at.y);
                if (a < 0.004) {
                    continue;
                }
                int rgb = px[y * fw + x];
                int r = (int) Math.round(((rgb >> 16) & 0xFF) + (255 - ((rgb >> 16) & 0xFF)) * a);
                int g = (int) Math.round(((rgb >> 8) & 0xFF) + (255 - ((rgb >> 8) & 0xFF)) * a);
                int b = (int) Math.round((rgb & 0xFF) + (250 - (rgb & 0xFF)) * a);
                px[y * fw + x] = (r << 16) | (g << 8) | Math.max(0, b);
            }
        }
    }

    /** Inside the case's rounded outline. */
    private static boolean inside(double u, double v, SlabGeometry geometry) {
        double w = geometry.width();
        double h = geometry.height();
        if (u < 0 || v < 0 || u > w || v > h) {
            return false;
        }
        double r = geometry.cornerRadius();
        double cx = Math.max(r, Math.min(w - r, u));
        double cy = Math.max(r, Math.min(h - r, v));
        return (u - cx) * (u - cx) + (v - cy) * (v - cy) <= r * r;
    }
}

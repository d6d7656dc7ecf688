package com.collectiq.testsupport.slabs;

import java.awt.geom.Rectangle2D;
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
    /** The share of photos with a strip light's reflection right along the cert number. */
    private static final double OVER_THE_CERT = 0.04;
    /** Of the layouts that would hide part of the cert number, the share kept (the rest are drawn again). */
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
     * Reflections as a phone meets them: often a band or two, sometimes a lamp. In a few photos a strip
     * light lies right along the cert number and blows it out; otherwise a layout that would hide the
     * number is drawn again (one that hides part of it is kept a little over half the time), so the
     * number stays readable in more than nine photos of ten.
     */
    static Glare sample(SlabGeometry geometry, Rectangle2D cert, Random random) {
        Glare glare = draw(geometry, random);
        if (random.nextDouble() < OVER_THE_CERT) {
            List<Band> bands = new ArrayList<>(glare.bands());
            bands.add(new Band(cert.getCenterX(), cert.getCenterY(), Math.toRadians(random.nextGaussian() * 6),
                    cert.getHeight() * (1.4 + random.nextDouble()), 0.97 + 0.03 * random.nextDouble(), 4));
            return new Glare(bands, glare.spots());
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            CertGlare effect = glare.over(cert);
            if (effect == CertGlare.NONE || effect == CertGlare.PARTLY && random.nextDouble() < KEEP_PARTLY) {
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
}

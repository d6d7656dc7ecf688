package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Homography;
import com.collectiq.testsupport.eras.Photographer;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Random;

/**
 * What a slab adds to the photo once it lies in it: the reflections on its plastic ({@link Glare}), the
 * side walls of the thick case where the camera sees past its top face, and the soft shadow it throws
 * on the surface. All are worked out in the case's millimetres and mapped into the photo through the
 * case's corners, so they follow its perspective.
 */
final class CaseOverlay implements Photographer.Overlay {

    /** The shadow: the case's outline moved away from the light, blurred, darkening the surface by strength. */
    record Shadow(double dx, double dy, double blur, double strength) {

        static Shadow sample(Random random) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double reach = 1 + 2.5 * random.nextDouble();
            return new Shadow(reach * Math.cos(angle), reach * Math.sin(angle), 1.5 + 2.5 * random.nextDouble(),
                    0.25 + 0.35 * random.nextDouble());
        }
    }

    /** A case is about this thick; its bottom face lies that far below the top face the corners give. */
    private static final double THICKNESS_MM = 6.5;
    /** A phone's main camera: a focal length of about 0.8 times the frame's longer side, in pixels. */
    private static final double FOCAL_PER_SIDE = 0.8;

    private final SlabGeometry geometry;
    private final Glare glare;
    private final Shadow shadow;

    CaseOverlay(SlabGeometry geometry, Glare glare, Shadow shadow) {
        this.geometry = geometry;
        this.glare = glare;
        this.shadow = shadow;
    }

    @Override
    public void paint(BufferedImage frame, List<Point2D.Double> corners) {
        double w = geometry.width();
        double h = geometry.height();
        Homography toCase = Homography.mapping(corners, List.of(new Point2D.Double(0, 0), new Point2D.Double(w, 0),
                new Point2D.Double(w, h), new Point2D.Double(0, h)));
        int[] px = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        int fw = frame.getWidth();
        int fh = frame.getHeight();
        double pxPerMm = Math.max(corners.get(0).distance(corners.get(3)), corners.get(1).distance(corners.get(2))) / h;
        Homography bottomToCase = Homography.mapping(bottomFace(corners, fw, fh, pxPerMm), List.of(new Point2D.Double(0, 0),
                new Point2D.Double(w, 0), new Point2D.Double(w, h), new Point2D.Double(0, h)));
        double margin = (Math.hypot(shadow.dx(), shadow.dy()) + 2 * shadow.blur() + THICKNESS_MM) * pxPerMm;
        int minX = (int) Math.max(0, corners.stream().mapToDouble(p -> p.x).min().orElseThrow() - margin);
        int maxX = (int) Math.min(fw - 1, corners.stream().mapToDouble(p -> p.x).max().orElseThrow() + margin);
        int minY = (int) Math.max(0, corners.stream().mapToDouble(p -> p.y).min().orElseThrow() - margin);
        int maxY = (int) Math.min(fh - 1, corners.stream().mapToDouble(p -> p.y).max().orElseThrow() + margin);
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                Point2D.Double at = toCase.apply(x + 0.5, y + 0.5);
                int rgb = px[y * fw + x];
                Point2D.Double below = bottomToCase.apply(x + 0.5, y + 0.5);
                double wall = outsideBy(below.x, below.y);
                if (outsideBy(at.x, at.y) <= 0) {
                    px[y * fw + x] = toward(rgb, 255, 255, 250, glare.at(at.x, at.y));
                } else if (wall <= 0) {
                    // the side wall seen at a grazing angle: mostly reflection, darker at its foot
                    px[y * fw + x] = wall > -0.5 ? toward(rgb, 20, 20, 24, 0.45) : toward(rgb, 214, 219, 226, 0.4);
                } else {
                    double d = outsideBy(at.x - shadow.dx(), at.y - shadow.dy());
                    double dark = shadow.strength() * Math.max(0, Math.min(1, 0.5 - d / (2 * shadow.blur())));
                    px[y * fw + x] = toward(rgb, 0, 0, 0, dark);
                }
            }
        }
    }

    /**
     * Where the case's bottom face lands: a little farther from the phone than the top face, so each corner
     * is drawn toward the frame's centre, and the side facing the centre shows between the two outlines.
     */
    private static List<Point2D.Double> bottomFace(List<Point2D.Double> top, int fw, int fh, double pxPerMm) {
        double focal = FOCAL_PER_SIDE * Math.max(fw, fh);
        double depth = THICKNESS_MM * pxPerMm / focal;
        return top.stream().map(p -> new Point2D.Double(p.x - (p.x - fw / 2.0) * depth, p.y - (p.y - fh / 2.0) * depth))
                .toList();
    }

    /** How far (u, v) lies outside the case's rounded outline, in mm; zero or less inside it. */
    private double outsideBy(double u, double v) {
        double r = geometry.cornerRadius();
        double qx = Math.abs(u - geometry.width() / 2) - (geometry.width() / 2 - r);
        double qy = Math.abs(v - geometry.height() / 2) - (geometry.height() / 2 - r);
        double outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
        return outside + Math.min(Math.max(qx, qy), 0) - r;
    }

    private static int toward(int rgb, int r, int g, int b, double share) {
        if (share < 0.004) {
            return rgb;
        }
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        return (mix(red, r, share) << 16) | (mix(green, g, share) << 8) | mix(blue, b, share);
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.max(0, Math.min(255, Math.round(from + (to - from) * share)));
    }
}

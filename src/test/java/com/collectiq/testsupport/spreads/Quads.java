package com.collectiq.testsupport.spreads;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.List;

/** Areas of quadrilaterals and of what is left of them once clipped: for visibility and for scoring. */
public final class Quads {

    private Quads() {
    }

    public static Area area(List<Point2D.Double> corners) {
        Path2D path = new Path2D.Double();
        path.moveTo(corners.get(0).x, corners.get(0).y);
        for (Point2D.Double corner : corners.subList(1, corners.size())) {
            path.lineTo(corner.x, corner.y);
        }
        path.closePath();
        return new Area(path);
    }

    /** Intersection over union of two quadrilaterals. */
    public static double iou(List<Point2D.Double> a, List<Point2D.Double> b) {
        Area first = area(a);
        Area both = new Area(first);
        both.intersect(area(b));
        double intersection = size(both);
        return intersection / (size(first) + size(area(b)) - intersection);
    }

    /** The share of a that b covers. */
    static double share(Area a, Area b) {
        Area both = new Area(a);
        both.intersect(b);
        return size(both) / size(a);
    }

    static boolean overlap(Area a, Area b) {
        Area both = new Area(a);
        both.intersect(b);
        return !both.isEmpty();
    }

    /** The area enclosed by an Area of straight segments: the shoelace formula over its sub-paths. */
    public static double size(Area area) {
        double total = 0;
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    startX = lastX = c[0];
                    startY = lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    total += lastX * c[1] - c[0] * lastY;
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    total += lastX * startY - startX * lastY;
                    lastX = startX;
                    lastY = startY;
                }
                default -> throw new IllegalStateException("a card's outline has straight sides only");
            }
        }
        return Math.abs(total) / 2;
    }
}

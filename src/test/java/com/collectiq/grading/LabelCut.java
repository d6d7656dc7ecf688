package com.collectiq.grading;

import java.awt.geom.Point2D;
import java.util.List;

import com.collectiq.testsupport.eras.Homography;
import com.collectiq.vision.ImagePoint;

/**
 * Whether a label was cut where the renderer drew it: the true label's corners, seen in the cut's own
 * frame (0..1 across and down, as the cut reads), must all lie inside it (a little slack for the
 * outline's error), each near the cut's own corner of the same name (so the cut reads upright), and
 * the label must fill a fair share of the cut (a cut of half the case holds the label and the card's
 * text too, which the reader then takes for the label's).
 */
record LabelCut(List<Point2D.Double> trueInCut) {

    /** How far past the cut's edge a true corner may lie: 5 % of the cut's width or height. */
    private static final double SLACK = 0.05;
    /** A case's label band, from the case's end to the card, is some 1.6 label heights: 0.4 leaves room. */
    private static final double MIN_FILL = 0.4;

    static LabelCut of(List<ImagePoint> cut, List<Point2D.Double> trueLabel) {
        List<Point2D.Double> unit = List.of(new Point2D.Double(0, 0), new Point2D.Double(1, 0), new Point2D.Double(1, 1),
                new Point2D.Double(0, 1));
        Homography toCut = Homography.mapping(cut.stream().map(p -> new Point2D.Double(p.x(), p.y())).toList(), unit);
        return new LabelCut(trueLabel.stream().map(p -> toCut.apply(p.x, p.y)).toList());
    }

    boolean right() {
        for (int i = 0; i < 4; i++) {
            Point2D.Double corner = trueInCut.get(i);
            boolean inside = corner.x >= -SLACK && corner.x <= 1 + SLACK && corner.y >= -SLACK && corner.y <= 1 + SLACK;
            // corners 0..3 are the top-left, top-right, bottom-right and bottom-left
            boolean sameCorner = (corner.x < 0.5) == (i == 0 || i == 3) && (corner.y < 0.5) == (i < 2);
            if (!inside || !sameCorner) {
                return false;
            }
        }
        return fill() >= MIN_FILL;
    }

    /** The share of the cut the true label covers. */
    double fill() {
        double twiceArea = 0;
        for (int i = 0; i < 4; i++) {
            Point2D.Double a = trueInCut.get(i);
            Point2D.Double b = trueInCut.get((i + 1) % 4);
            twiceArea += a.x * b.y - b.x * a.y;
        }
        return Math.abs(twiceArea) / 2;
    }
}

package com.collectiq.vision;

/**
 * The printed border's width on each side of the card, in millimetres of a 63 × 88 mm card, and the
 * centering they make.
 */
public record BorderMeasurement(double leftMm, double rightMm, double topMm, double bottomMm, Centering centering) {

    static BorderMeasurement of(double leftMm, double rightMm, double topMm, double bottomMm) {
        return new BorderMeasurement(leftMm, rightMm, topMm, bottomMm,
                new Centering(100 * leftMm / (leftMm + rightMm), 100 * topMm / (topMm + bottomMm)));
    }
}

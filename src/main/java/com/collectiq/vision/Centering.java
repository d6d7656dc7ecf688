package com.collectiq.vision;

import java.util.Locale;

/**
 * Centering as graders quote it: each axis's border split as a pair of percentages summing to 100
 * (50/50 is perfect; 60/40 means one border is 1.5 times the other).
 *
 * @param leftPercent the left border's share of left + right, 0..100
 * @param topPercent  the top border's share of top + bottom, 0..100
 */
public record Centering(double leftPercent, double topPercent) {

    /** Left/right as quoted, e.g. {@code "55/45"}. */
    public String leftRight() {
        return quote(leftPercent);
    }

    /** Top/bottom as quoted, e.g. {@code "52/48"}. */
    public String topBottom() {
        return quote(topPercent);
    }

    /** The larger share of the worse axis, 50..100: what a grader's centering limit compares. */
    public double worstShare() {
        return Math.max(Math.max(leftPercent, 100 - leftPercent), Math.max(topPercent, 100 - topPercent));
    }

    private static String quote(double percent) {
        long first = Math.round(percent);
        return String.format(Locale.ROOT, "%d/%d", first, 100 - first);
    }
}

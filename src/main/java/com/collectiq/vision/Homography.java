package com.collectiq.vision;

import java.util.List;

/** A plane-to-plane perspective mapping, fixed by four point pairs. */
final class Homography {

    private final double[] h; // row-major 3×3 with h[8] = 1

    private Homography(double[] h) {
        this.h = h;
    }

    /** The mapping that takes each {@code from} point to the {@code to} point of the same index. */
    static Homography mapping(List<ImagePoint> from, List<ImagePoint> to) {
        double[][] system = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from.get(i).x();
            double y = from.get(i).y();
            double u = to.get(i).x();
            double v = to.get(i).y();
            system[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            system[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        double[] solution = solve(system);
        return new Homography(new double[] {solution[0], solution[1], solution[2], solution[3], solution[4],
            solution[5], solution[6], solution[7], 1});
    }

    ImagePoint apply(double x, double y) {
        return new ImagePoint(applyX(x, y), applyY(x, y));
    }

    /** {@link #apply}'s x alone: a loop over a million pixels then allocates no point per pixel. */
    double applyX(double x, double y) {
        return (h[0] * x + h[1] * y + h[2]) / (h[6] * x + h[7] * y + h[8]);
    }

    /** {@link #apply}'s y alone. */
    double applyY(double x, double y) {
        return (h[3] * x + h[4] * y + h[5]) / (h[6] * x + h[7] * y + h[8]);
    }

    /** Gaussian elimination with partial pivoting on an augmented 8×9 system. */
    private static double[] solve(double[][] m) {
        int n = m.length;
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(m[row][column]) > Math.abs(m[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = m[column];
            m[column] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[column][column]) < 1e-12) {
                throw new IllegalArgumentException("the four points are degenerate (three on a line)");
            }
            for (int row = column + 1; row < n; row++) {
                double factor = m[row][column] / m[column][column];
                for (int k = column; k <= n; k++) {
                    m[row][k] -= factor * m[column][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}

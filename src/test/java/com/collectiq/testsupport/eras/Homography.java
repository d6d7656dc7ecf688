package com.collectiq.testsupport.eras;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/** A plane-to-plane projective map, and drawing an image through one: how the card lands in the photo. */
public final class Homography {

    private final double[] h;

    private Homography(double[] h) {
        this.h = h;
    }

    /** The map taking each of the four from-points to the matching to-point. */
    public static Homography mapping(List<Point2D.Double> from, List<Point2D.Double> to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from.get(i).x;
            double y = from.get(i).y;
            double u = to.get(i).x;
            double v = to.get(i).y;
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        double[] solution = solve(a);
        return new Homography(new double[] {solution[0], solution[1], solution[2], solution[3], solution[4],
                solution[5], solution[6], solution[7], 1});
    }

    public Point2D.Double apply(double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new Point2D.Double((h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w);
    }

    /**
     * Draws an ARGB image onto an RGB frame so that its corners land on quad (clockwise from its top
     * left), sampling bilinearly and blending by the image's alpha, so edges and rounded corners are smooth.
     */
    public static void draw(BufferedImage image, BufferedImage frame, List<Point2D.Double> quad) {
        int iw = image.getWidth();
        int ih = image.getHeight();
        int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        int fw = frame.getWidth();
        int fh = frame.getHeight();
        Homography back = mapping(quad, List.of(new Point2D.Double(0, 0), new Point2D.Double(iw, 0),
                new Point2D.Double(iw, ih), new Point2D.Double(0, ih)));
        double minX = quad.stream().mapToDouble(p -> p.x).min().orElseThrow();
        double maxX = quad.stream().mapToDouble(p -> p.x).max().orElseThrow();
        double minY = quad.stream().mapToDouble(p -> p.y).min().orElseThrow();
        double maxY = quad.stream().mapToDouble(p -> p.y).max().orElseThrow();
        double[] m = back.h;
        for (int y = Math.max(0, (int) minY - 1); y < Math.min(fh, (int) maxY + 2); y++) {
            for (int x = Math.max(0, (int) minX - 1); x < Math.min(fw, (int) maxX + 2); x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double w = m[6] * px + m[7] * py + m[8];
                double u = (m[0] * px + m[1] * py + m[2]) / w - 0.5;
                double v = (m[3] * px + m[4] * py + m[5]) / w - 0.5;
                if (u < -1 || v < -1 || u > iw || v > ih) {
                    continue;
                }
                int i0 = (int) Math.floor(u);
                int j0 = (int) Math.floor(v);
                double fu = u - i0;
                double fv = v - j0;
                double a = 0;
                double r = 0;
                double g = 0;
                double b = 0;
                for (int k = 0; k < 4; k++) {
                    int i = i0 + (k & 1);
                    int j = j0 + (k >> 1);
                    if (i < 0 || j < 0 || i >= iw || j >= ih) {
                        continue;
                    }
                    double weight = ((k & 1) == 1 ? fu : 1 - fu) * ((k >> 1) == 1 ? fv : 1 - fv);
                    int argb = src[j * iw + i];
                    double alpha = (argb >>> 24) / 255.0 * weight;
                    a += alpha;
                    r += ((argb >> 16) & 0xFF) * alpha;
                    g += ((argb >> 8) & 0xFF) * alpha;
                    b += (argb & 0xFF) * alpha;
                }
                if (a <= 0) {
                    continue;
                }
                int under = dst[y * fw + x];
                int red = (int) Math.round(r + ((under >> 16) & 0xFF) * (1 - a));
                int green = (int) Math.round(g + ((under >> 8) & 0xFF) * (1 - a));
                int blue = (int) Math.round(b + (under & 0xFF) * (1 - a));
                dst[y * fw + x] = (Math.min(255, red) << 16) | (Math.min(255, green) << 8) | Math.min(255, blue);
            }
        }
    }

    /** Gaussian elimination with partial pivoting on an 8 x 9 augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = 8;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[col][col]) < 1e-12) {
                throw new IllegalArgumentException("degenerate quadrilateral");
            }
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k <= n; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }
}

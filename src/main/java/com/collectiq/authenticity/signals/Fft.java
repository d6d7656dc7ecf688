package com.collectiq.authenticity.signals;

/** In-place radix-2 fast Fourier transform of a square power-of-two image (rows, then columns). */
final class Fft {

    private Fft() {
    }

    static void transform2d(double[] re, double[] im, int size) {
        double[] rowRe = new double[size];
        double[] rowIm = new double[size];
        for (int y = 0; y < size; y++) {
            System.arraycopy(re, y * size, rowRe, 0, size);
            System.arraycopy(im, y * size, rowIm, 0, size);
            transform(rowRe, rowIm);
            System.arraycopy(rowRe, 0, re, y * size, size);
            System.arraycopy(rowIm, 0, im, y * size, size);
        }
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                rowRe[y] = re[y * size + x];
                rowIm[y] = im[y * size + x];
            }
            transform(rowRe, rowIm);
            for (int y = 0; y < size; y++) {
                re[y * size + x] = rowRe[y];
                im[y * size + x] = rowIm[y];
            }
        }
    }

    /** Iterative Cooley–Tukey; {@code re.length} must be a power of two. */
    static void transform(double[] re, double[] im) {
        int n = re.length;
        if (Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two, not " + n);
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int length = 2; length <= n; length <<= 1) {
            double angle = -2 * Math.PI / length;
            double stepRe = Math.cos(angle);
            double stepIm = Math.sin(angle);
            for (int start = 0; start < n; start += length) {
                double wRe = 1;
                double wIm = 0;
                for (int k = 0; k < length / 2; k++) {
                    int a = start + k;
                    int b = a + length / 2;
                    double tRe = re[b] * wRe - im[b] * wIm;
                    double tIm = re[b] * wIm + im[b] * wRe;
                    re[b] = re[a] - tRe;
                    im[b] = im[a] - tIm;
                    re[a] += tRe;
                    im[a] += tIm;
                    double nextRe = wRe * stepRe - wIm * stepIm;
                    wIm = wRe * stepIm + wIm * stepRe;
                    wRe = nextRe;
                }
            }
        }
    }
}

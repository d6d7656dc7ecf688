package com.collectiq.identification;

/**
 * Thresholds a sample can hold: the targets are rates over hundreds of photos; on a small
 * sample a reader that truly meets a target still falls below it by chance. These bounds fail a
 * reader that meets the target only with probability alpha.
 */
final class Binomial {

    private Binomial() {
    }

    /** The most successes k such that a reader with true rate p scores fewer than k in n with probability at most alpha. */
    static int lowerBound(int n, double p, double alpha) {
        double below = 0;
        for (int k = 0; k <= n; k++) {
            double next = below + probability(n, k, p);
            if (next > alpha) {
                return k;
            }
            below = next;
        }
        return n;
    }

    /** The fewest failures allowed: a reader with true failure rate q exceeds it in n with probability at most alpha. */
    static int upperBound(int n, double q, double alpha) {
        return n - lowerBound(n, 1 - q, alpha);
    }

    private static double probability(int n, int k, double p) {
        double logChoose = 0;
        for (int i = 1; i <= k; i++) {
            logChoose += Math.log(n - k + i) - Math.log(i);
        }
        return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }
}

package com.collectiq.identification;

/**
 * Edit distance between an OCR reading and a catalog name, where the confusions OCR makes cost less
 * than real differences: {@code Charizord} is closer to {@code Charizard} than {@code Charmander}
 * is, and {@code B1astoise} is nearly {@code Blastoise}. Both sides are compared {@link OcrText#fold folded}.
 */
public final class OcrDistance {

    private static final double CONFUSION = 0.3;
    private static final double SPACING = 0.3;
    /** rn read for m, and the like: one letter printed, two read. */
    private static final double SPLIT = 0.4;

    private static final String[] CONFUSED_PAIRS = {
        "o0", "oq", "od", "0d", "l1", "li", "i1", "l|", "s5", "b8", "z2", "g6", "g9", "ce", "ec", "uv", "nh",
        "ao", "ae", "rn", "cg", "ft", "yv", "kx"};

    /** The pairs above as a lookup table: this runs for every read against every catalog name. */
    private static final boolean[][] CONFUSED = new boolean[128][128];

    static {
        for (String pair : CONFUSED_PAIRS) {
            CONFUSED[pair.charAt(0)][pair.charAt(1)] = true;
            CONFUSED[pair.charAt(1)][pair.charAt(0)] = true;
        }
    }

    private OcrDistance() {
    }

    /** 1 for the same folded text, 0 for nothing in common. */
    public static double similarity(String read, String name) {
        return similarityOfFolded(OcrText.fold(read), OcrText.fold(name));
    }

    /** {@link #similarity} of texts already folded, for callers comparing against many names. */
    static double similarityOfFolded(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) {
            return 0;
        }
        return Math.max(0, 1 - distance(a, b) / longest);
    }

    static double distance(String a, String b) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = d[i - 1][0] + gapCost(a.charAt(i - 1));
        }
        for (int j = 1; j <= b.length(); j++) {
            d[0][j] = d[0][j - 1] + gapCost(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double best = Math.min(d[i - 1][j] + gapCost(x), d[i][j - 1] + gapCost(y));
                best = Math.min(best, d[i - 1][j - 1] + substitutionCost(x, y));
                if (i > 1 && y == 'm' && x == 'n' && a.charAt(i - 2) == 'r') {
                    best = Math.min(best, d[i - 2][j - 1] + SPLIT);
                }
                if (j > 1 && x == 'm' && y == 'n' && b.charAt(j - 2) == 'r') {
                    best = Math.min(best, d[i - 1][j - 2] + SPLIT);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    private static double gapCost(char c) {
        return c == ' ' || c == '\'' ? SPACING : 1;
    }

    private static double substitutionCost(char x, char y) {
        if (x == y) {
            return 0;
        }
        return x < 128 && y < 128 && CONFUSED[x][y] ? CONFUSION : 1;
    }
}

package com.collectiq.vision;

/** The printed border's colour, named as collectors name it (yellow for classic Pokémon, silver, black, …). */
public enum BorderColour {
    YELLOW, GOLD, SILVER, WHITE, BLACK, RED, ORANGE, GREEN, BLUE, PURPLE;

    /** The nearest name for a measured colour (0xRRGGBB), by hue, saturation and brightness. */
    static BorderColour of(int rgb) {
        double[] hsv = hsv(rgb);
        double hue = hsv[0];
        double saturation = hsv[1];
        double value = hsv[2];
        if (value < 0.22) {
            return BLACK;
        }
        if (saturation < 0.18) {
            return value > 0.85 ? WHITE : SILVER;
        }
        if (hue < 15 || hue >= 340) {
            return RED;
        }
        if (hue < 38) {
            return ORANGE;
        }
        if (hue < 68) {
            return value < 0.7 ? GOLD : YELLOW;
        }
        if (hue < 165) {
            return GREEN;
        }
        return hue < 255 ? BLUE : PURPLE;
    }

    /** Hue in degrees 0..360, saturation and value 0..1. */
    static double[] hsv(int rgb) {
        double r = (rgb >> 16 & 0xFF) / 255.0;
        double g = (rgb >> 8 & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double chroma = max - min;
        double hue;
        if (chroma == 0) {
            hue = 0;
        } else if (max == r) {
            hue = 60 * (((g - b) / chroma + 6) % 6);
        } else if (max == g) {
            hue = 60 * ((b - r) / chroma + 2);
        } else {
            hue = 60 * ((r - g) / chroma + 4);
        }
        return new double[] {hue, max == 0 ? 0 : chroma / max, max};
    }
}

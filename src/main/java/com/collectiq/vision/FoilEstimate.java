package com.collectiq.vision;

/**
 * Whether the artwork looks holographic (foil): a holo pattern throws rainbow colours, so hue spreads
 * widely and saturation varies strongly across the artwork window. A heuristic from one photo:
 * colourful non-holo artwork scores too, and a foil photographed flat without a highlight can look
 * plain.
 *
 * @param hueDispersion      saturation-weighted circular variance of hue, 0 (one hue) .. 1 (all hues evenly)
 * @param saturationSpread   standard deviation of saturation, 0..0.5
 * @param score              the estimate, 0 (plain) .. 1 (strongly foil-like)
 */
public record FoilEstimate(double hueDispersion, double saturationSpread, double score) {

    /** Where the artwork sits on a standard card, as fractions of width and height. */
    private static final double ART_LEFT = 0.09;
    private static final double ART_RIGHT = 0.91;
    private static final double ART_TOP = 0.11;
    private static final double ART_BOTTOM = 0.47;

    static FoilEstimate measure(RgbImage image, int[] cardBox) {
        int width = cardBox[2] - cardBox[0];
        int height = cardBox[3] - cardBox[1];
        double sumCos = 0;
        double sumSin = 0;
        double weight = 0;
        double saturationSum = 0;
        double saturationSquares = 0;
        long count = 0;
        for (int y = cardBox[1] + (int) (ART_TOP * height); y < cardBox[1] + (int) (ART_BOTTOM * height); y++) {
            for (int x = cardBox[0] + (int) (ART_LEFT * width); x < cardBox[0] + (int) (ART_RIGHT * width); x++) {
                double[] hsv = BorderColour.hsv(image.pixels[y * image.width + x]);
                double hue = Math.toRadians(hsv[0]);
                double saturation = hsv[1] * hsv[2]; // dark pixels' hue is noise: weigh by chroma
                sumCos += saturation * Math.cos(hue);
                sumSin += saturation * Math.sin(hue);
                weight += saturation;
                saturationSum += hsv[1];
                saturationSquares += hsv[1] * hsv[1];
                count++;
            }
        }
        double hueDispersion = weight == 0 ? 0 : 1 - Math.hypot(sumCos, sumSin) / weight;
        double meanSaturation = saturationSum / count;
        double saturationSpread = Math.sqrt(Math.max(0, saturationSquares / count - meanSaturation * meanSaturation));
        double score = Math.min(1, hueDispersion * Math.min(1, saturationSpread / 0.25));
        return new FoilEstimate(hueDispersion, saturationSpread, score);
    }
}

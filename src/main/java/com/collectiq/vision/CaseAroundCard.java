package com.collectiq.vision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A slab whose card the outline detector found instead of its case (the case's clear plastic shows
 * its edges faintly, the card's stand out): the case is looked for around the card where slabs hold
 * one, in the card's own millimetres. Its long sides run beside the card's some 8 to 16 mm out, one
 * end lies a few millimetres past the card's foot and the other, past the label, 25 to 46 mm past
 * the card's head. Each of the four is the straight brightness step that runs most of the way along
 * its stretch and stands out among the offsets tried for it and the surface past them; the weakest
 * of the four must show. A raw card lies on a surface that holds no such frame around it (and the
 * label's reading decides anyway).
 */
final class CaseAroundCard {

    /** The flattened surroundings' resolution: the case's edges and rim are a few millimetres wide. */
    private static final double PX_PER_MM = 2.5;
    /** The case's long sides: this far out from the card's (cases are 84 to 89 mm wide, rims 3 mm). */
    private static final double MIN_SIDE_MM = 8;
    private static final double MAX_SIDE_MM = 16;
    /** The case's end beyond the card's foot, and beyond its head where the label lies. */
    private static final double MIN_FOOT_MM = 3;
    private static final double MAX_FOOT_MM = 15;
    private static final double MIN_HEAD_MM = 25;
    private static final double MAX_HEAD_MM = 46;
    /** The two long sides lie this alike (mm): the card sits centred across the case. */
    private static final double MAX_SIDE_ASYMMETRY_MM = 3;
    /** Across a line, brightness is compared this far either side of it (mm). */
    private static final double STEP_REACH_MM = 0.8;
    /**
     * The weakest side's step (the median along it, 8-bit luma), and how many times the median of the
     * offsets tried for that side it must be. Set on rendered slabs and raw cards (SlabReadingProbe's
     * detect mode).
     */
    private static final double MIN_STEP = 10;
    private static final double STANDS_OUT = 2.5;
    /**
     * What a side must stand out from also reaches this far past the offsets tried (mm), over the
     * surface around the case: the offsets tried are mostly the case's own rim, its wall seen at a
     * slant and its shadow, whose steps alone set the bar too high for the edge among them.
     */
    private static final double SURFACE_MM = 10;
    /** The label's band stops this short of the card (its well) and reaches this far past the case's end (mm). */
    private static final double BAND_CARD_GAP_MM = 1.5;
    private static final double BAND_BEYOND_END_MM = 2;

    /** One side of the case: its offset in flat pixels and its step. */
    private record Edge(int at, double step) {
    }

    /**
     * @param photo the analysed (upright, subsampled) photo
     * @param card the outline found in {@code photo}: taken to be the card inside a slab
     * @return the slab, when a case lies around the card
     */
    Optional<Slab> detect(RgbImage photo, CardOutline card) {
        // the flat surroundings: x from −(MAX_SIDE_MM + SURFACE_MM) to the card's width + as much, y likewise past either end
        int originX = px(MAX_SIDE_MM + SURFACE_MM);
        int originY = px(MAX_HEAD_MM + SURFACE_MM);
        int width = px(ReadingCrop.CARD_WIDTH_MM) + 2 * originX;
        int height = px(ReadingCrop.CARD_HEIGHT_MM) + 2 * originY;
        Homography flatToPhoto = Homography.mapping(List.of(flat(0, 0, originX, originY),
                flat(ReadingCrop.CARD_WIDTH_MM, 0, originX, originY), flat(ReadingCrop.CARD_WIDTH_MM, ReadingCrop.CARD_HEIGHT_MM, originX, originY),
                flat(0, ReadingCrop.CARD_HEIGHT_MM, originX, originY)), card.corners());
        float[] luma = SlabDetector.flatLuma(photo, flatToPhoto, width, height);
        int cardLeft = originX;
        int cardRight = originX + px(ReadingCrop.CARD_WIDTH_MM);
        int cardTop = originY;
        int cardBottom = originY + px(ReadingCrop.CARD_HEIGHT_MM);
        // searched from the card outward, so each is the case's outermost edge there (not the rim's inner one)
        Optional<Edge> left = outermost(luma, width, height, cardLeft - px(MIN_SIDE_MM), cardLeft - px(MAX_SIDE_MM),
                cardTop, cardBottom, false);
        Optional<Edge> right = outermost(luma, width, height, cardRight + px(MIN_SIDE_MM), cardRight + px(MAX_SIDE_MM),
                cardTop, cardBottom, false);
        if (left.isEmpty() || right.isEmpty()
                || Math.abs((cardLeft - left.get().at()) - (right.get().at() - cardRight)) > px(MAX_SIDE_ASYMMETRY_MM)) {
            return Optional.empty();
        }
        int inLeft = left.get().at() + px(STEP_REACH_MM) + 1;
        int inRight = right.get().at() - px(STEP_REACH_MM) - 1;
        Optional<Edge> headAbove = outermost(luma, width, height, cardTop - px(MIN_HEAD_MM), cardTop - px(MAX_HEAD_MM),
                inLeft, inRight, true);
        Optional<Edge> footBelow = outermost(luma, width, height, cardBottom + px(MIN_FOOT_MM),
                cardBottom + px(MAX_FOOT_MM), inLeft, inRight, true);
        Optional<Edge> footAbove = outermost(luma, width, height, cardTop - px(MIN_FOOT_MM), cardTop - px(MAX_FOOT_MM),
                inLeft, inRight, true);
        Optional<Edge> headBelow = outermost(luma, width, height, cardBottom + px(MIN_HEAD_MM),
                cardBottom + px(MAX_HEAD_MM), inLeft, inRight, true);
        double above = headAbove.isPresent() && footBelow.isPresent()
                ? Math.min(headAbove.get().step(), footBelow.get().step()) : 0;
        double below = headBelow.isPresent() && footAbove.isPresent()
                ? Math.min(headBelow.get().step(), footAbove.get().step()) : 0;
        if (above == 0 && below == 0) {
            return Optional.empty();
        }
        boolean labelAbove = above >= below;
        double bandLeft = left.get().at() + px(STEP_REACH_MM);
        double bandRight = right.get().at() - px(STEP_REACH_MM);
        int head = labelAbove ? headAbove.get().at() : headBelow.get().at();
        List<ImagePoint> band = labelAbove
                ? List.of(flatToPhoto.apply(bandLeft, head - px(BAND_BEYOND_END_MM)),
                        flatToPhoto.apply(bandRight, head - px(BAND_BEYOND_END_MM)),
                        flatToPhoto.apply(bandRight, cardTop - px(BAND_CARD_GAP_MM)),
                        flatToPhoto.apply(bandLeft, cardTop - px(BAND_CARD_GAP_MM)))
                : List.of(flatToPhoto.apply(bandRight, head + px(BAND_BEYOND_END_MM)),
                        flatToPhoto.apply(bandLeft, head + px(BAND_BEYOND_END_MM)),
                        flatToPhoto.apply(bandLeft, cardBottom + px(BAND_CARD_GAP_MM)),
                        flatToPhoto.apply(bandRight, cardBottom + px(BAND_CARD_GAP_MM)));
        double bandHeight = labelAbove ? cardTop - head : head - cardBottom;
        double mmPerPixel = 1 / PX_PER_MM;
        return Optional.of(new Slab(card, new SlabLabel(band, (bandRight - bandLeft) * mmPerPixel,
                (bandHeight + px(BAND_BEYOND_END_MM) - px(BAND_CARD_GAP_MM)) * mmPerPixel)));
    }

    /**
     * The straight steps along the lines from {@code from} to {@code to} (columns when
     * {@code horizontal} is false, rows when true), each measured between {@code start} and {@code end}
     * along it as the median step across it (a case's edge runs the whole way, texture and print do
     * not), and of those that stand out among them and the surface beyond {@code to}, the one farthest
     * toward {@code to}: past the card's head the label's own box and print show inside the case's
     * end, and the band must reach the end.
     */
    private static Optional<Edge> outermost(float[] luma, int width, int height, int from, int to, int start, int end,
            boolean horizontal) {
        int reach = px(STEP_REACH_MM);
        int direction = to >= from ? 1 : -1;
        int count = Math.abs(to - from) + 1;
        int withSurface = count + px(SURFACE_MM);
        double[] steps = new double[withSurface];
        double[] along = new double[Math.max(1, (end - start) / 2 + 1)];
        for (int k = 0; k < withSurface; k++) {
            int at = from + direction * k;
            for (int i = 0; i < along.length; i++) {
                int t = start + 2 * i;
                along[i] = horizontal
                        ? Math.abs(SlabDetector.at(luma, width, height, t, at + reach) - SlabDetector.at(luma, width, height, t, at - reach))
                        : Math.abs(SlabDetector.at(luma, width, height, at + reach, t) - SlabDetector.at(luma, width, height, at - reach, t));
            }
            Arrays.sort(along);
            steps[k] = along[along.length / 2];
        }
        double[] sorted = steps.clone();
        Arrays.sort(sorted);
        double bar = Math.max(MIN_STEP, STANDS_OUT * sorted[withSurface / 2]);
        for (int k = count - 1; k >= 0; k--) {
            if (steps[k] >= bar) {
                return Optional.of(new Edge(from + direction * k, steps[k]));
            }
        }
        return Optional.empty();
    }

    private static int px(double mm) {
        return (int) Math.round(mm * PX_PER_MM);
    }

    /** The flat pixel's outer corner where the card's corner (x, y mm) lies. */
    private static ImagePoint flat(double xMm, double yMm, int originX, int originY) {
        return new ImagePoint(originX + xMm * PX_PER_MM - 0.5, originY + yMm * PX_PER_MM - 0.5);
    }
}

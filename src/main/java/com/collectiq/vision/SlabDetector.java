package com.collectiq.vision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tells a graded card's slab from a card, and finds the card and the label inside it.
 *
 * <p>The outline detector finds the strongest card-like quadrilateral in a photo; for a slab that
 * is the hard case itself (or a frame of its rim), whose straight edges stand out more than the
 * card inside it. So the region inside the outline is flattened and the card looked for where a
 * slab holds it: a rectangle of a card's proportions, centred across the case, filling 64 to 80 %
 * of its width, near one end; the label fills the long gap at the other end. Each such placement
 * is scored by the weakest of its four sides' brightness steps, and the best must stand out from
 * the placements around it: a real card's edges run the whole side, nothing else does. Placements are
 * ranked by that less two signs of a part of the card and the label's compartment taken for the card:
 * its sides running on past its ends, and a line across the case (the label's edge, the ridge before
 * the well) running through its sides, seen in the margins beside them and just inside them, where a
 * card's own print stops. A raw card
 * holds no such rectangle: its own frames (a border's inner edge, the artwork window) are nearly as
 * wide as the card or not card-shaped. Where no placement's four sides stand out in an outline narrower
 * than any card's (below 0.64), a card lit from one side may show only the two beside its shadow:
 * placements are then rated by their best corner's two sides (in a wider outline, such as a raw card
 * seen at a slant, that rating took 5 of the first 73 raw cards of the probe's sample for slabs).
 *
 * <p>When the outline is as wide as a card, it may be the card inside a case whose clear plastic
 * showed its edges too faintly: {@link CaseAroundCard} looks for the case around it; so it does for
 * an outline as narrow as a case but with no card standing out inside it (a card seen at a slant).
 *
 * <p>Either end may hold the label (the outline's "top" is the top as photographed); the label's
 * corners are given as it reads, so a slab lying upside down has its label turned upright.
 */
final class SlabDetector {

    static final double CARD_ASPECT = 63.0 / 88.0;
    /**
     * Cases are narrower than cards (84–89 × 136 mm: 0.62–0.65; their rim's inner frame 0.60): an
     * outline wider than this, with a little to spare for perspective, is a card's, not a case's.
     */
    private static final double MAX_CASE_ASPECT = 0.69;
    /**
     * Perspective up to 20° narrows an outline by some 7 %: a card seen at a slant can look as narrow as
     * a case. An outline down to this narrow may be a card whose case is looked for around it, when no
     * card stands out inside it. (Not the other way: a raw card's own frames, tried as a card inside a
     * case, stand out too often.)
     */
    private static final double NARROWEST_CARD_ASPECT = 0.64;
    /** The flattened inside is searched at this height: enough for a card's edges, cheap to search. */
    private static final int FLAT_HEIGHT = 400;
    private static final double MIN_WIDTH_SHARE = 0.64;
    private static final double MAX_WIDTH_SHARE = 0.80;
    private static final double WIDTH_STEP = 0.01;
    /** The card's far end from the label: 1 to 16 % of the case's height from the case's end. */
    private static final double MIN_FOOT = 0.01;
    private static final double MAX_FOOT = 0.16;
    private static final double FOOT_STEP = 0.005;
    /** Real cases hold the card centred across; the outline may be a little off. */
    private static final double MAX_SHIFT = 0.03;
    private static final double SHIFT_STEP = 0.01;
    /** The label's end must leave this share of the case's height above the card. */
    private static final double MIN_LABEL_ROOM = 0.14;
    /**
     * The card's weakest side: a brightness step of at least this (8-bit luma), and this many times
     * the median placement's. Set on rendered slabs and raw cards (SlabReadingProbe): raw cards' own
     * frames reach steps of 15 at widths over 80 % of the card, slabs' cards mostly 15 to 120.
     */
    private static final double MIN_SIDE_STEP = 14;
    private static final double STANDS_OUT = 3;
    /**
     * Where a card's sides would run on past its end, as shares of the case's height: from past the
     * well's edge and the card's shadow around it (2 mm of 136) over some 8 mm.
     */
    private static final double OVERRUN_GAP = 0.015;
    private static final double OVERRUN_LENGTH = 0.06;
    /** Near the case's end too little is left to tell a side running on (3 mm). */
    private static final double MIN_OVERRUN_LENGTH = 0.02;
    /**
     * The case's margins beside the card, as shares of its width: from inside the rim (3 mm of 84 to
     * 89) to the widest placement's side (80 % of the width, 3 % off centre).
     */
    private static final double MARGIN_FROM = 0.045;
    private static final double MARGIN_TO = 0.07;
    /**
     * A placement's rows looked at for lines crossing its sides stop this share of the case's height
     * short of its ends: the well's own ends lie 1 to 2 mm past the card's.
     */
    private static final double CROSSING_INSET = 0.03;
    /**
     * Just inside a placement's side, as shares of the case's width: a card's plain border there (some
     * 0.4 to 2 mm of its 3), where a line crossing the side shows as it does in the margin beside it.
     */
    private static final double INSIDE_FROM = 0.005;
    private static final double INSIDE_TO = 0.025;
    /** How far the label's band reaches past the outline's end, as a share of its height (some 3 mm). */
    private static final double BAND_BEYOND_END = 0.02;
    /** Samples along a side, every this many flat pixels. */
    private static final int SAMPLE_EVERY = 2;

    /**
     * A card placement in the flattened case, in its pixels: how strongly its sides show (its
     * {@link SideRating}), and that less how strongly its sides run on toward the label and how
     * strongly a line crosses them (which ranks the placements).
     */
    private record Placement(double left, double top, double right, double bottom, boolean labelAbove, double rating,
            double score) {
    }

    /** How a placement's four sides' brightness steps rate it as the card. */
    @FunctionalInterface
    private interface SideRating {
        double of(double top, double bottom, double left, double right);
    }

    /** A card's edges run all round it: the weakest side. */
    private static final SideRating WEAKEST_SIDE = (top, bottom, left, right) -> Math.min(Math.min(top, bottom),
            Math.min(left, right));
    /**
     * Lit from one side, a card in its well may show only the two sides beside its shadow, the other
     * two as faint as the plastic's texture (a border the colour of the well): the stronger of its
     * corners' weaker sides, plus the weakest side, which still tells the card's size from a smaller
     * placement sharing that corner.
     */
    private static final SideRating SHADOWED_CORNER = (top, bottom, left, right) -> Math.max(
            Math.max(Math.min(top, left), Math.min(top, right)), Math.max(Math.min(bottom, left), Math.min(bottom, right)))
            + WEAKEST_SIDE.of(top, bottom, left, right);

    private final CaseAroundCard caseAroundCard = new CaseAroundCard();

    /**
     * @param photo the analysed (upright, subsampled) photo
     * @param outline the outline found in {@code photo}, in its pixels
     * @return the slab, when the outline is one
     */
    Optional<Slab> detect(RgbImage photo, CardOutline outline) {
        if (outline.fullFrame()) {
            return Optional.empty();
        }
        List<ImagePoint> corners = outline.corners();
        double width = (corners.get(0).distanceTo(corners.get(1)) + corners.get(3).distanceTo(corners.get(2))) / 2;
        double height = (corners.get(0).distanceTo(corners.get(3)) + corners.get(1).distanceTo(corners.get(2))) / 2;
        double aspect = width / height;
        if (aspect > MAX_CASE_ASPECT) {
            return caseAroundCard.detect(photo, outline);
        }
        Optional<Slab> inCase = cardInCase(photo, outline, width, height, aspect < NARROWEST_CARD_ASPECT);
        return inCase.isPresent() || aspect < NARROWEST_CARD_ASPECT ? inCase : caseAroundCard.detect(photo, outline);
    }

    /**
     * The slab, when the outline is its case and a card placement stands out inside it; rated by its
     * best corner's sides too when {@code narrowerThanACard}.
     */
    private static Optional<Slab> cardInCase(RgbImage photo, CardOutline outline, double width, double height,
            boolean narrowerThanACard) {
        List<ImagePoint> corners = outline.corners();
        int flatHeight = FLAT_HEIGHT;
        int flatWidth = (int) Math.round(FLAT_HEIGHT * width / height);
        Homography flatToPhoto = Homography.mapping(List.of(new ImagePoint(-0.5, -0.5),
                new ImagePoint(flatWidth - 0.5, -0.5), new ImagePoint(flatWidth - 0.5, flatHeight - 0.5),
                new ImagePoint(-0.5, flatHeight - 0.5)), corners);
        float[] luma = flatLuma(photo, flatToPhoto, flatWidth, flatHeight);
        return bestPlacement(luma, flatWidth, flatHeight, WEAKEST_SIDE)
                .or(() -> narrowerThanACard ? bestPlacement(luma, flatWidth, flatHeight, SHADOWED_CORNER) : Optional.empty())
                .map(card -> slab(card, flatWidth, flatHeight, flatToPhoto, outline.support()));
    }

    /** The photo's brightness flattened: flat pixel (u, v) is the photo's at {@code flatToPhoto}(u, v). */
    static float[] flatLuma(RgbImage photo, Homography flatToPhoto, int width, int height) {
        float[] luma = new float[width * height];
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                ImagePoint source = flatToPhoto.apply(u, v);
                luma[v * width + u] = RgbImage.luma(photo.sample(source.x(), source.y()));
            }
        }
        return luma;
    }

    /** The best card placement by {@code rating}, if it stands out enough to be a card in a slab. */
    private static Optional<Placement> bestPlacement(float[] luma, int width, int height, SideRating rating) {
        Placement best = null;
        double[] crossings = marginCrossings(luma, width, height);
        double[] sides = new double[4096];
        int count = 0;
        for (double share = MIN_WIDTH_SHARE; share <= MAX_WIDTH_SHARE + 1e-9; share += WIDTH_STEP) {
            double cardWidth = share * width;
            double cardHeight = cardWidth / CARD_ASPECT;
            for (double shift = -MAX_SHIFT; shift <= MAX_SHIFT + 1e-9; shift += SHIFT_STEP) {
                double left = (width - cardWidth) / 2 + shift * width;
                for (double foot = MIN_FOOT; foot <= MAX_FOOT + 1e-9; foot += FOOT_STEP) {
                    for (boolean labelAbove : new boolean[] {true, false}) {
                        double top = labelAbove ? height * (1 - foot) - cardHeight : height * foot;
                        double room = labelAbove ? top : height - (top + cardHeight);
                        if (room < MIN_LABEL_ROOM * height || top < 0 || top + cardHeight > height) {
                            continue;
                        }
                        double value = rated(luma, width, height, left, top, left + cardWidth, top + cardHeight, rating);
                        if (count == sides.length) {
                            sides = Arrays.copyOf(sides, count * 2);
                        }
                        sides[count++] = value;
                        // the overrun only lowers the score: not worth measuring for a placement that cannot win
                        if (best != null && value <= best.score()) {
                            continue;
                        }
                        double score = value - overrun(luma, width, height, left, left + cardWidth, top, top + cardHeight)
                                - crossing(luma, width, height, crossings, left, left + cardWidth, top, top + cardHeight);
                        if (best == null || score > best.score()) {
                            best = new Placement(left, top, left + cardWidth, top + cardHeight, labelAbove, value, score);
                        }
                    }
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double[] all = Arrays.copyOf(sides, count);
        Arrays.sort(all);
        double median = all[count / 2];
        return best.rating() >= MIN_SIDE_STEP && best.rating() >= STANDS_OUT * median ? Optional.of(best)
                : Optional.empty();
    }

    /** The rectangle's four sides, each the mean brightness step across it, rated by {@code rating}. */
    private static double rated(float[] luma, int width, int height, double left, double top, double right,
            double bottom, SideRating rating) {
        double topSide = step(luma, width, height, left, top, right, top, true);
        double bottomSide = step(luma, width, height, left, bottom, right, bottom, true);
        double leftSide = step(luma, width, height, left, top, left, bottom, false);
        double rightSide = step(luma, width, height, right, top, right, bottom, false);
        return rating.of(topSide, bottomSide, leftSide, rightSide);
    }

    /**
     * How strongly the card's long sides run on past either end: a card's sides stop at its corners,
     * so a placement whose sides run on is a part of the real card (and of the label beyond it) taken
     * for the card, which puts the label at the wrong end of the case.
     */
    private static double overrun(float[] luma, int width, int height, double left, double right, double top,
            double bottom) {
        double aboveFrom = top - OVERRUN_GAP * height;
        double aboveTo = Math.max(0, aboveFrom - OVERRUN_LENGTH * height);
        double belowFrom = bottom + OVERRUN_GAP * height;
        double belowTo = Math.min(height - 1, belowFrom + OVERRUN_LENGTH * height);
        double above = aboveFrom - aboveTo < MIN_OVERRUN_LENGTH * height ? 0
                : Math.max(medianStep(luma, width, height, left, aboveFrom, aboveTo),
                        medianStep(luma, width, height, right, aboveFrom, aboveTo));
        double below = belowTo - belowFrom < MIN_OVERRUN_LENGTH * height ? 0
                : Math.max(medianStep(luma, width, height, left, belowFrom, belowTo),
                        medianStep(luma, width, height, right, belowFrom, belowTo));
        return Math.max(above, below);
    }

    /**
     * Per row of the flattened case, how strongly a line across it shows in both margins beside the
     * card: the weaker of the two margins' {@link #rowStep}. A line through both runs across the case
     * (the label's edge, the ridge before the well, the well's end) or is the surface's, seen through it.
     */
    private static double[] marginCrossings(float[] luma, int width, int height) {
        int from = (int) Math.round(MARGIN_FROM * width);
        int to = (int) Math.round(MARGIN_TO * width);
        double[] crossings = new double[height];
        for (int y = 0; y < height; y++) {
            crossings[y] = Math.min(rowStep(luma, width, height, from, to, y),
                    rowStep(luma, width, height, width - 1 - to, width - 1 - from, y));
        }
        return crossings;
    }

    /**
     * The strongest line crossing a placement's sides between its top and bottom: one that shows in
     * both margins and just inside both sides. A card's own print stops at its sides and the surface
     * seen through the case stops at the card, so such a line is not the card's, and the placement is
     * a part of the card and the label's compartment taken for the card.
     */
    private static double crossing(float[] luma, int width, int height, double[] marginCrossings, double left,
            double right, double top, double bottom) {
        int insideFrom = (int) Math.round(INSIDE_FROM * width);
        int insideTo = (int) Math.round(INSIDE_TO * width);
        int leftSide = (int) Math.round(left);
        int rightSide = (int) Math.round(right);
        double strongest = 0;
        for (int y = (int) Math.ceil(top + CROSSING_INSET * height); y <= bottom - CROSSING_INSET * height; y++) {
            if (marginCrossings[y] <= strongest) {
                continue;
            }
            double inside = Math.min(rowStep(luma, width, height, leftSide + insideFrom, leftSide + insideTo, y),
                    rowStep(luma, width, height, rightSide - insideTo, rightSide - insideFrom, y));
            strongest = Math.max(strongest, Math.min(marginCrossings[y], inside));
        }
        return strongest;
    }

    /** The mean brightness step across row {@code y} (two pixels above to two below) from x {@code from} to {@code to}. */
    private static double rowStep(float[] luma, int width, int height, int from, int to, int y) {
        double sum = 0;
        for (int x = from; x <= to; x++) {
            sum += Math.abs(at(luma, width, height, x, y + 2) - at(luma, width, height, x, y - 2));
        }
        return sum / (to - from + 1);
    }

    /**
     * The median brightness step across an upright line from {@code y0} to {@code y1}: a side runs the
     * whole way, while the label's print (a barcode's bars) crosses only a part of it.
     */
    private static double medianStep(float[] luma, int width, int height, double x, double y0, double y1) {
        int samples = (int) Math.max(4, Math.abs(y1 - y0) / SAMPLE_EVERY);
        double[] steps = new double[samples + 1];
        int column = (int) Math.round(x);
        for (int i = 0; i <= samples; i++) {
            int y = (int) Math.round(y0 + (y1 - y0) * i / samples);
            steps[i] = Math.abs(at(luma, width, height, column + 2, y) - at(luma, width, height, column - 2, y));
        }
        Arrays.sort(steps);
        return steps[samples / 2];
    }

    /** The mean absolute brightness step across a side, two pixels either side of it. */
    private static double step(float[] luma, int width, int height, double x0, double y0, double x1, double y1,
            boolean horizontal) {
        int samples = (int) Math.max(4, Math.hypot(x1 - x0, y1 - y0) / SAMPLE_EVERY);
        double sum = 0;
        for (int i = 0; i <= samples; i++) {
            int x = (int) Math.round(x0 + (x1 - x0) * i / samples);
            int y = (int) Math.round(y0 + (y1 - y0) * i / samples);
            int ax = horizontal ? x : x - 2;
            int ay = horizontal ? y - 2 : y;
            int bx = horizontal ? x : x + 2;
            int by = horizontal ? y + 2 : y;
            sum += Math.abs(at(luma, width, height, bx, by) - at(luma, width, height, ax, ay));
        }
        return sum / (samples + 1);
    }

    static float at(float[] luma, int width, int height, int x, int y) {
        return luma[Math.max(0, Math.min(height - 1, y)) * width + Math.max(0, Math.min(width - 1, x))];
    }

    /**
     * The card and the label band, from a little past the case's end (the outline may have stopped at
     * the rim's inner edge or the label's own edge, which would cut the label's top line off) to the card.
     */
    private static Slab slab(Placement card, int flatWidth, int flatHeight, Homography flatToPhoto, double support) {
        List<ImagePoint> cardCorners = List.of(flatToPhoto.apply(card.left(), card.top()),
                flatToPhoto.apply(card.right(), card.top()), flatToPhoto.apply(card.right(), card.bottom()),
                flatToPhoto.apply(card.left(), card.bottom()));
        double margin = 0.01 * flatHeight;
        double beyondEnd = BAND_BEYOND_END * flatHeight;
        double left = 0.02 * flatWidth;
        double right = 0.98 * flatWidth;
        List<ImagePoint> band = card.labelAbove()
                ? List.of(flatToPhoto.apply(left, -beyondEnd), flatToPhoto.apply(right, -beyondEnd),
                        flatToPhoto.apply(right, card.top() - margin), flatToPhoto.apply(left, card.top() - margin))
                : List.of(flatToPhoto.apply(right, flatHeight + beyondEnd), flatToPhoto.apply(left, flatHeight + beyondEnd),
                        flatToPhoto.apply(left, card.bottom() + margin), flatToPhoto.apply(right, card.bottom() + margin));
        // the case's millimetres, from the card inside it (63 mm wide)
        double mmPerPixel = 63 / (card.right() - card.left());
        double bandHeight = (card.labelAbove() ? card.top() : flatHeight - card.bottom()) - margin + beyondEnd;
        return new Slab(new CardOutline(cardCorners, support, false),
                new SlabLabel(band, (right - left) * mmPerPixel, bandHeight * mmPerPixel));
    }
}

package com.collectiq.vision;

import java.util.ArrayList;
import java.util.List;

import com.collectiq.vision.CardLayoutFinder.Candidate;

/**
 * Cards of a known size from one corner: where two of a card's sides were found as lines but the
 * other two were not (too few votes on a busy cloth, a peak put down by a stronger line beside it),
 * the two lines meeting at a corner and the cards' size say where the card must lie. A
 * card of that size is laid from each corner two near-square lines make, in each of the four ways
 * and both turns, its far sides moved onto the edges there, and kept when all four sides, each fitted
 * onto its edge, are backed as asked. Scattered cards on a table make no grid to walk, so this reaches
 * cards {@link NeighbourSearch} does not.
 */
final class CornerSearch {

    /** A card's corner is square; the lines meeting there lean a little from it with the perspective. */
    private static final double MIN_CORNER_ANGLE = Math.toRadians(78);
    /**
     * The lines at a corner must be edges for the card's side leaving it: along most of each side, and
     * at the corner's end of it, or they cross at no corner (two lines of a page's grid, a text line).
     */
    private static final double MIN_SEED_SUPPORT = 0.55;
    /** The share of the side next to the corner that is its corner's end, and how much of that edges must back. */
    private static final double SEED_END = 0.3;
    private static final double MIN_SEED_END = 0.3;
    /** A far side is looked for this much nearer or further than the cards' size says: perspective. */
    private static final double MAX_SIZE_CHANGE = 0.08;
    private static final double STEP = 0.5;
    /** A far side must find this much edge before the card is fitted (the costly part). */
    private static final double MIN_FAR_SUPPORT = 0.4;

    private CornerSearch() {
    }

    /**
     * The cards as large as {@code like} that the corners of the lines make, backed as asked, none
     * lying on a known card: unordered, overlapping one another (one card has four corners).
     */
    static List<Candidate> cards(List<Line> lines, Candidate like, List<Candidate> known, CardOutlineDetector.EdgeMap edges,
            CardLayoutFinder.Backing backing) {
        double[] size = NeighbourSearch.size(like.corners());
        List<Candidate> cards = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                Line a = lines.get(i);
                Line b = lines.get(j);
                if (a.angleTo(b) < MIN_CORNER_ANGLE) {
                    continue;
                }
                ImagePoint corner = a.intersect(b);
                // a missed card's corner lies on no card found: most crossings of a page's lines do
                if (corner == null || corner.x() < 0 || corner.y() < 0 || corner.x() >= edges.width || corner.y() >= edges.height
                        || known.stream().anyMatch(card -> card.contains(corner))) {
                    continue;
                }
                for (int way = 0; way < 8; way++) {
                    // bits 0 and 1: which way along each line the card leaves the corner; bit 2: which line its long side lies on
                    double alongA = (way & 4) == 0 ? size[0] : size[1];
                    double alongB = (way & 4) == 0 ? size[1] : size[0];
                    ImagePoint toA = along(a, (way & 1) == 0 ? alongA : -alongA);
                    ImagePoint toB = along(b, (way & 2) == 0 ? alongB : -alongB);
                    Candidate card = laid(corner, toA, toB, a, b, like, known, cards, edges, backing);
                    if (card != null) {
                        cards.add(card);
                    }
                }
            }
        }
        return cards;
    }

    /** The card laid from the corner along the two offsets, or null when it makes none or lies on one known or made. */
    private static Candidate laid(ImagePoint corner, ImagePoint toA, ImagePoint toB, Line a, Line b, Candidate like,
            List<Candidate> known, List<Candidate> made, CardOutlineDetector.EdgeMap edges, CardLayoutFinder.Backing backing) {
        ImagePoint endA = plus(corner, toA, 1);
        ImagePoint endB = plus(corner, toB, 1);
        if (!seeds(corner, endA, a, edges) || !seeds(corner, endB, b, edges)) {
            return null;
        }
        ImagePoint centre = new ImagePoint(corner.x() + (toA.x() + toB.x()) / 2, corner.y() + (toA.y() + toB.y()) / 2);
        if (known.stream().anyMatch(card -> card.contains(centre)) || made.stream().anyMatch(card -> card.contains(centre))) {
            return null;
        }
        double scaleB = farScale(corner, toA, toB, edges);
        double scaleA = farScale(corner, toB, toA, edges);
        if (Double.isNaN(scaleA) || Double.isNaN(scaleB)) {
            return null;
        }
        ImagePoint farA = plus(corner, toA, scaleA);
        ImagePoint farB = plus(corner, toB, scaleB);
        List<ImagePoint> place = List.of(corner, farA, plus(farA, toB, scaleB), farB);
        return NeighbourSearch.fittedCard(place, like, edges, backing);
    }

    /** Whether the line is the edge of a side from the corner to the end: along most of it, and where it leaves the corner. */
    private static boolean seeds(ImagePoint corner, ImagePoint end, Line line, CardOutlineDetector.EdgeMap edges) {
        return edges.support(corner, end, 0.08, SEED_END, line, MIN_SEED_END) >= MIN_SEED_END
                && edges.support(corner, end, 0.08, 0.92, line, MIN_SEED_SUPPORT) >= MIN_SEED_SUPPORT;
    }

    /**
     * How far (a share of {@code across}) the side parallel to {@code along}'s lies where edges back it
     * best, within the cards' size give or take the perspective; NaN when none backs it enough.
     */
    private static double farScale(ImagePoint corner, ImagePoint along, ImagePoint across, CardOutlineDetector.EdgeMap edges) {
        double length = Math.hypot(across.x(), across.y());
        double best = Double.NaN;
        double bestSupport = MIN_FAR_SUPPORT;
        for (double scale = 1 - MAX_SIZE_CHANGE; scale <= 1 + MAX_SIZE_CHANGE; scale += STEP / length) {
            ImagePoint from = plus(corner, across, scale);
            ImagePoint to = plus(from, along, 1);
            double support = edges.support(from, to, 0.08, 0.92, Line.through(from.x(), from.y(), from.y() - to.y(), to.x() - from.x()), 0);
            if (support >= bestSupport) {
                bestSupport = support;
                best = scale;
            }
        }
        return best;
    }

    /** The offset of the given signed length along the line. */
    private static ImagePoint along(Line line, double length) {
        return new ImagePoint(-line.normalY() * length, line.normalX() * length);
    }

    private static ImagePoint plus(ImagePoint point, ImagePoint offset, double scale) {
        return new ImagePoint(point.x() + scale * offset.x(), point.y() + scale * offset.y());
    }
}

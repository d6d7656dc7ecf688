package com.collectiq.vision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.collectiq.vision.CardLayoutFinder.Candidate;

/**
 * Cards beside the cards already found: pages and rows of cards are grids, so a card's neighbour is the
 * card moved by its own width or height plus a gap. Where the lines of a missed card were too broken to
 * be found on their own (glare, a pocket's seam or a touching card running on past its corners), the
 * card moved across each of its sides is fitted to the edges there and kept when every side is backed.
 * What is found is searched from again, so a page is walked pocket by pocket.
 */
final class NeighbourSearch {

    /**
     * The widest gap looked across, as a share of the card's extent that way: cards on a table lie
     * touching to a finger or two apart, a page's pockets leave a seam and some play between its cards.
     */
    private static final double MAX_GAP = 0.3;
    private static final double GAP_STEP = 0.5;
    /** How far each side of the moved card may shift (detection pixels) and turn onto its edge: perspective, a card's play. */
    private static final double SHIFT_REACH = 3;
    private static final double SHIFT_STEP = 0.5;
    private static final double[] TURNS = {0, Math.toRadians(-0.6), Math.toRadians(0.6), Math.toRadians(-1.2), Math.toRadians(1.2)};
    /**
     * Each side of a neighbour must be backed along this share of its length: a little less than a card
     * found on its own needs, where glare breaks its side, since its place and size are known.
     */
    private static final double SIDE_SUPPORT = 0.65;
    /** A gap looked across is worth fitting only when the moved card's near and far sides both find this much edge. */
    private static final double MIN_PLACE_SUPPORT = 0.4;

    /**
     * The share of a card's inside on an edge, at least: its print (frame, art, text) gives 6 % or more
     * on rendered pages, an empty pocket's backing under 2 %, though its seams outline a card's place.
     */
    private static final double MIN_PRINT = 0.03;

    private NeighbourSearch() {
    }

    /** The cards found with the neighbours found beside them, at most {@code maxCards}. */
    static List<Candidate> completed(List<Candidate> found, CardOutlineDetector.EdgeMap edges, int maxCards) {
        List<Candidate> cards = new ArrayList<>(found);
        Deque<Candidate> toVisit = new ArrayDeque<>(found);
        while (!toVisit.isEmpty() && cards.size() < maxCards) {
            Candidate card = toVisit.poll();
            for (int side = 0; side < 4 && cards.size() < maxCards; side++) {
                Candidate neighbour = neighbour(card, side, edges, cards);
                if (neighbour != null) {
                    cards.add(neighbour);
                    toVisit.add(neighbour);
                }
            }
        }
        return cards;
    }

    /** The card across the given side, or null when there is none (or one already known there). */
    private static Candidate neighbour(Candidate card, int side, CardOutlineDetector.EdgeMap edges, List<Candidate> known) {
        List<ImagePoint> corners = card.corners();
        // side i runs from corner i−1 to corner i
        ImagePoint far = midpoint(corners.get((side + 3) % 4), corners.get(side));
        ImagePoint near = midpoint(corners.get((side + 1) % 4), corners.get((side + 2) % 4));
        double extent = far.distanceTo(near);
        double ux = (far.x() - near.x()) / extent;
        double uy = (far.y() - near.y()) / extent;
        ImagePoint centre = card.centre();
        double likely = extent * (1 + MAX_GAP / 2);
        if (known.stream().anyMatch(other -> other.contains(new ImagePoint(centre.x() + likely * ux, centre.y() + likely * uy)))) {
            return null;
        }
        double bestShift = -1;
        double bestSupport = 0;
        for (double gap = 0; gap <= MAX_GAP * extent; gap += GAP_STEP) {
            double shift = extent + gap;
            double across = Math.min(sideSupport(card, (side + 2) % 4, shift * ux, shift * uy, edges),
                    sideSupport(card, side, shift * ux, shift * uy, edges));
            if (across < MIN_PLACE_SUPPORT) {
                continue;
            }
            // the sides along the way count too: moved too far or too short, they run off the card's ends
            double support = across + sideSupport(card, (side + 1) % 4, shift * ux, shift * uy, edges)
                    + sideSupport(card, (side + 3) % 4, shift * ux, shift * uy, edges);
            if (support > bestSupport) {
                bestSupport = support;
                bestShift = shift;
            }
        }
        if (bestShift < 0) {
            return null;
        }
        double dx = bestShift * ux;
        double dy = bestShift * uy;
        List<ImagePoint> moved = corners.stream().map(p -> new ImagePoint(p.x() + dx, p.y() + dy)).toList();
        List<Line> sides = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sides.add(fitted(moved(card.sides().get(i), dx, dy), moved.get((i + 3) % 4), moved.get(i), edges));
        }
        Candidate neighbour = CardLayoutFinder.candidate(sides, edges, SIDE_SUPPORT, false);
        return neighbour == null || printed(neighbour, edges) < MIN_PRINT || known.stream().anyMatch(other -> other.overlaps(neighbour))
                ? null : neighbour;
    }

    /** How well edges back the card's side once the card is moved by (dx, dy). */
    private static double sideSupport(Candidate card, int side, double dx, double dy, CardOutlineDetector.EdgeMap edges) {
        ImagePoint from = card.corners().get((side + 3) % 4);
        ImagePoint to = card.corners().get(side);
        return edges.support(new ImagePoint(from.x() + dx, from.y() + dy), new ImagePoint(to.x() + dx, to.y() + dy),
                0.08, 0.92, moved(card.sides().get(side), dx, dy), 0);
    }

    /** The side shifted and turned a little onto the edge that backs it best between from and to. */
    private static Line fitted(Line side, ImagePoint from, ImagePoint to, CardOutlineDetector.EdgeMap edges) {
        ImagePoint middle = midpoint(from, to);
        Line best = side;
        double bestSupport = -1;
        for (double turn : TURNS) {
            double theta = side.theta() + turn;
            Line turned = new Line(theta, middle.x() * Math.cos(theta) + middle.y() * Math.sin(theta));
            for (double shift = -SHIFT_REACH; shift <= SHIFT_REACH; shift += SHIFT_STEP) {
                Line candidate = new Line(theta, turned.rho() + shift);
                // support is sampled at points along the segment: they must lie on the line tried
                double support = edges.support(onto(from, candidate), onto(to, candidate), 0.08, 0.92, candidate, 0);
                if (support > bestSupport) {
                    bestSupport = support;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** The share of points inside the card, away from its sides, on an edge: a card's print has many, an empty pocket few. */
    private static double printed(Candidate card, CardOutlineDetector.EdgeMap edges) {
        List<ImagePoint> c = card.corners();
        int hits = 0;
        int samples = 0;
        for (double v = 0.12; v <= 0.88; v += 0.02) {
            for (double u = 0.12; u <= 0.88; u += 0.02) {
                double x = (1 - v) * ((1 - u) * c.get(0).x() + u * c.get(1).x()) + v * ((1 - u) * c.get(3).x() + u * c.get(2).x());
                double y = (1 - v) * ((1 - u) * c.get(0).y() + u * c.get(1).y()) + v * ((1 - u) * c.get(3).y() + u * c.get(2).y());
                int px = (int) Math.round(x);
                int py = (int) Math.round(y);
                samples++;
                if (px >= 0 && py >= 0 && px < edges.width && py < edges.height && edges.angleBin[py * edges.width + px] >= 0) {
                    hits++;
                }
            }
        }
        return hits / (double) samples;
    }

    /** The point moved onto the line along its normal. */
    private static ImagePoint onto(ImagePoint point, Line line) {
        double distance = line.distance(point.x(), point.y());
        return new ImagePoint(point.x() - distance * line.normalX(), point.y() - distance * line.normalY());
    }

    private static Line moved(Line line, double dx, double dy) {
        return new Line(line.theta(), line.rho() + dx * line.normalX() + dy * line.normalY());
    }

    private static ImagePoint midpoint(ImagePoint a, ImagePoint b) {
        return new ImagePoint((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}

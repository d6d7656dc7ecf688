package com.collectiq.vision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
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
    /** A card found may be a pixel or two larger than it is (its shadow, the blur): its touching neighbour then starts inside it. */
    private static final double MIN_GAP = -0.03;
    private static final double GAP_STEP = 0.5;
    /**
     * The neighbour's turn against the card's: each card in a page's pocket turns up to 2.5° either way,
     * cards laid in rows by hand about as much.
     */
    private static final double[] PLACE_TURNS = {0, Math.toRadians(-1.5), Math.toRadians(1.5), Math.toRadians(-3),
        Math.toRadians(3), Math.toRadians(-4.5), Math.toRadians(4.5)};
    /** The neighbour's size over the card's: perspective makes cards nearer the camera larger. */
    private static final double[] SCALES = {1, 0.985, 1.015, 0.97, 1.03};
    /** How far each side of the moved card may shift (detection pixels) and turn onto its edge: perspective, a card's play. */
    private static final double SHIFT_REACH = 3;
    private static final double SHIFT_STEP = 0.5;
    /**
     * How far the moved card may slide along the side it was moved across, as a share of that side:
     * two neighbours in pockets lie up to some 2.5 % of a card apart that way, and each side's own fit
     * reaches a little further.
     */
    private static final double MAX_SLIDE = 0.03;
    /** Sides along the way backed this well show the moved card in line with its neighbour: it is not slid. */
    private static final double ALONG_WELL_BACKED = 0.8;
    /** The four sides' support (0..4) a slide must add. */
    private static final double MIN_SLIDE_GAIN = 0.2;
    private static final double MAX_SIDE_TURN = Math.toRadians(3);
    private static final double SIDE_TURN_STEP = Math.toRadians(0.5);
    /** A neighbour's width and height within this share of the card's: the scales tried and a side's shift. */
    private static final double MAX_SIZE_CHANGE = 0.1;
    /**
     * A neighbour's sides must be backed by edges along 80 % of their length on average, each along 45 %
     * and each end along a tenth: less than a card found on its own needs (glare and a pocket's seam
     * break a side), as its place and size are known. Its edges may run on past its corners.
     */
    private static final CardLayoutFinder.Backing BACKING = new CardLayoutFinder.Backing(0.45, 0.1, 0.8, false);
    /** A gap looked across is worth fitting only when the moved card's near and far sides both find this much edge. */
    private static final double MIN_PLACE_SUPPORT = 0.4;

    /**
     * The share of a card's inside on an edge, at least: its print (frame, art, text) gives 6 % or more
     * on rendered pages, an empty pocket's backing under 2 %, though its seams outline a card's place.
     */
    private static final double MIN_PRINT = 0.03;
    /**
     * How strong the strongest tenth of the edges inside a card are, at least (the edge map's gradient):
     * print is sharp, 66 or more on the rendered pages and spreads (dim light included), while a glare
     * spot or a reflected band across an empty pocket gives soft edges, 50 at most, that pass
     * {@link #MIN_PRINT} alone.
     */
    private static final double MIN_PRINT_CONTRAST = 58;
    private static final double STRONGEST_SHARE = 0.1;
    /** Cards and empty pockets walked at most: a 3 × 3 page has 9, a table a dozen cards. */
    private static final int MAX_PLACES = 20;

    private NeighbourSearch() {
    }

    /**
     * The cards found with the neighbours found beside them, at most {@code maxCards}. An empty pocket
     * is walked across, not kept: its seams outline a card's place as a card's sides do.
     */
    static List<Candidate> completed(List<Candidate> found, CardOutlineDetector.EdgeMap edges, int maxCards) {
        List<Candidate> cards = new ArrayList<>(found);
        List<Candidate> places = new ArrayList<>(found);
        Deque<Candidate> toVisit = new ArrayDeque<>(found);
        while (!toVisit.isEmpty() && cards.size() < maxCards && places.size() < MAX_PLACES) {
            Candidate place = toVisit.poll();
            for (int side = 0; side < 4; side++) {
                Candidate neighbour = neighbour(place, side, edges, places);
                if (neighbour != null) {
                    places.add(neighbour);
                    toVisit.add(neighbour);
                    if (printed(neighbour, edges)) {
                        cards.add(neighbour);
                    }
                }
            }
        }
        return cards.subList(0, Math.min(cards.size(), maxCards));
    }

    /** The card or empty pocket across the given side, or null when there is none (or one already known there). */
    private static Candidate neighbour(Candidate card, int side, CardOutlineDetector.EdgeMap edges, List<Candidate> known) {
        List<ImagePoint> corners = card.corners();
        // side i runs from corner i−1 to corner i: the neighbour's near side lies across side i from the
        // card, its far side the card's extent further
        ImagePoint far = midpoint(corners.get((side + 3) % 4), corners.get(side));
        ImagePoint near = midpoint(corners.get((side + 1) % 4), corners.get((side + 2) % 4));
        double extent = far.distanceTo(near);
        double ux = (far.x() - near.x()) / extent;
        double uy = (far.y() - near.y()) / extent;
        ImagePoint centre = card.centre();
        double likely = extent * (1 + MAX_GAP / 2);
        ImagePoint likelyCentre = new ImagePoint(centre.x() + likely * ux, centre.y() + likely * uy);
        // a neighbour must lie wholly in the photo: one card filling it has none to look for
        if (likelyCentre.x() < 0 || likelyCentre.y() < 0 || likelyCentre.x() >= edges.width || likelyCentre.y() >= edges.height
                || known.stream().anyMatch(other -> other.contains(likelyCentre))) {
            return null;
        }
        List<ImagePoint> best = null;
        double bestSupport = 0;
        for (double gap = MIN_GAP * extent; gap <= MAX_GAP * extent; gap += GAP_STEP) {
            for (double turn : PLACE_TURNS) {
                List<ImagePoint> place = turned(moved(corners, side, ux, uy, extent + gap, extent + gap), turn);
                double nearSupport = sideSupport(place, (side + 2) % 4, edges);
                if (nearSupport < MIN_PLACE_SUPPORT) {
                    continue;
                }
                for (double scale : SCALES) {
                    place = turned(moved(corners, side, ux, uy, gap + scale * extent, extent + gap), turn);
                    double farSupport = sideSupport(place, side, edges);
                    if (farSupport < MIN_PLACE_SUPPORT) {
                        continue;
                    }
                    // the sides along the way count too: moved too far or too short, they run off the card's ends
                    double support = nearSupport + farSupport + sideSupport(place, (side + 1) % 4, edges)
                            + sideSupport(place, (side + 3) % 4, edges);
                    if (support > bestSupport) {
                        bestSupport = support;
                        best = place;
                    }
                }
            }
        }
        if (best == null) {
            return null;
        }
        List<ImagePoint> slid = slid(best, side, edges);
        Candidate fitted = fittedCard(slid, card, edges, BACKING);
        // slid, a side may fit onto another edge and the outline fail as a card where the place as found passes
        Candidate neighbour = fitted == null && slid != best ? fittedCard(best, card, edges, BACKING) : fitted;
        return neighbour == null || known.stream().anyMatch(other -> other.overlaps(neighbour)) ? null : neighbour;
    }

    /** The card an outline placed as large as {@code like} makes, each side fitted onto its edge and backed as asked; null when it makes none. */
    static Candidate fittedCard(List<ImagePoint> place, Candidate like, CardOutlineDetector.EdgeMap edges, CardLayoutFinder.Backing backing) {
        List<Line> sides = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sides.add(fitted(line(place.get((i + 3) % 4), place.get(i)), place.get((i + 3) % 4), place.get(i), edges));
        }
        return CardLayoutFinder.candidate(sides, edges, backing, like);
    }

    /**
     * The card's corners moved across the given side along (ux, uy): those of that side (the
     * neighbour's far side) by {@code farShift}, those of the opposite side (its near side) by {@code nearShift}.
     */
    private static List<ImagePoint> moved(List<ImagePoint> corners, int side, double ux, double uy, double farShift, double nearShift) {
        List<ImagePoint> moved = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double shift = i == side || i == (side + 3) % 4 ? farShift : nearShift;
            moved.add(new ImagePoint(corners.get(i).x() + shift * ux, corners.get(i).y() + shift * uy));
        }
        return moved;
    }

    /**
     * The placed outline slid along the side it was moved across to where its four sides are best
     * backed: a pocket's play shifts a card along its row as well as across it, and cards laid in rows
     * by hand are never quite in line. Only an outline whose sides along the way are not both well
     * backed is slid, and only for a clear gain.
     */
    private static List<ImagePoint> slid(List<ImagePoint> place, int side, CardOutlineDetector.EdgeMap edges) {
        ImagePoint from = place.get((side + 3) % 4);
        ImagePoint to = place.get(side);
        double length = from.distanceTo(to);
        double vx = (to.x() - from.x()) / length;
        double vy = (to.y() - from.y()) / length;
        if (sideSupport(place, (side + 1) % 4, edges) >= ALONG_WELL_BACKED && sideSupport(place, (side + 3) % 4, edges) >= ALONG_WELL_BACKED) {
            return place; // in line already
        }
        List<ImagePoint> best = place;
        // a slide must win clearly: a little more edge beside the card is the next card's or its shadow
        double bestSupport = support(place, edges) + MIN_SLIDE_GAIN;
        for (double slide = SHIFT_STEP; slide <= MAX_SLIDE * length; slide += SHIFT_STEP) {
            for (double signed : new double[] {slide, -slide}) {
                List<ImagePoint> slidPlace = place.stream().map(p -> new ImagePoint(p.x() + signed * vx, p.y() + signed * vy)).toList();
                double support = support(slidPlace, edges);
                // the near and far sides keep the edges that placed the card: slid onto another card, they lose them
                if (support > bestSupport && sideSupport(slidPlace, side, edges) >= MIN_PLACE_SUPPORT
                        && sideSupport(slidPlace, (side + 2) % 4, edges) >= MIN_PLACE_SUPPORT) {
                    bestSupport = support;
                    best = slidPlace;
                }
            }
        }
        return best;
    }

    /** How well edges back the outline's four sides. */
    private static double support(List<ImagePoint> place, CardOutlineDetector.EdgeMap edges) {
        double support = 0;
        for (int i = 0; i < 4; i++) {
            support += sideSupport(place, i, edges);
        }
        return support;
    }

    /** The outline turned by the angle (radians) about its centre. */
    private static List<ImagePoint> turned(List<ImagePoint> corners, double angle) {
        if (angle == 0) {
            return corners;
        }
        double cx = corners.stream().mapToDouble(ImagePoint::x).average().orElseThrow();
        double cy = corners.stream().mapToDouble(ImagePoint::y).average().orElseThrow();
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        return corners.stream().map(p -> new ImagePoint(cx + cos * (p.x() - cx) - sin * (p.y() - cy),
                cy + sin * (p.x() - cx) + cos * (p.y() - cy))).toList();
    }

    /** How well edges back side i (from corner i−1 to corner i) of the outline. */
    private static double sideSupport(List<ImagePoint> corners, int side, CardOutlineDetector.EdgeMap edges) {
        ImagePoint from = corners.get((side + 3) % 4);
        ImagePoint to = corners.get(side);
        return edges.support(from, to, 0.08, 0.92, line(from, to), 0);
    }

    private static Line line(ImagePoint from, ImagePoint to) {
        return Line.through(from.x(), from.y(), from.y() - to.y(), to.x() - from.x());
    }

    /** The side shifted and turned a little onto the edge that backs it best between from and to. */
    private static Line fitted(Line side, ImagePoint from, ImagePoint to, CardOutlineDetector.EdgeMap edges) {
        ImagePoint middle = midpoint(from, to);
        Line best = side;
        double bestSupport = -1;
        for (double turn = -MAX_SIDE_TURN; turn <= MAX_SIDE_TURN + 1e-9; turn += SIDE_TURN_STEP) {
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

    /**
     * Whether the neighbour is as wide and as tall as the card, give or take the perspective: an outline
     * that took a line printed on the card (a name bar, an art box) for a side is shorter.
     */
    static boolean sameSize(List<ImagePoint> card, List<ImagePoint> neighbour) {
        double[] cardSize = size(card);
        double[] neighbourSize = size(neighbour);
        return Math.abs(neighbourSize[0] / cardSize[0] - 1) <= MAX_SIZE_CHANGE && Math.abs(neighbourSize[1] / cardSize[1] - 1) <= MAX_SIZE_CHANGE;
    }

    /** The outline's mean short and long side. */
    static double[] size(List<ImagePoint> corners) {
        double one = (corners.get(0).distanceTo(corners.get(1)) + corners.get(2).distanceTo(corners.get(3))) / 2;
        double other = (corners.get(1).distanceTo(corners.get(2)) + corners.get(3).distanceTo(corners.get(0))) / 2;
        return new double[] {Math.min(one, other), Math.max(one, other)};
    }

    /**
     * Whether enough points inside the card, away from its sides, lie on an edge, the strongest of them
     * sharply: a card's print has many, an empty pocket few, and under glare only soft ones.
     */
    static boolean printed(Candidate card, CardOutlineDetector.EdgeMap edges) {
        List<ImagePoint> c = card.corners();
        List<Float> strengths = new ArrayList<>();
        int samples = 0;
        for (double v = 0.12; v <= 0.88; v += 0.02) {
            for (double u = 0.12; u <= 0.88; u += 0.02) {
                double x = (1 - v) * ((1 - u) * c.get(0).x() + u * c.get(1).x()) + v * ((1 - u) * c.get(3).x() + u * c.get(2).x());
                double y = (1 - v) * ((1 - u) * c.get(0).y() + u * c.get(1).y()) + v * ((1 - u) * c.get(3).y() + u * c.get(2).y());
                int px = (int) Math.round(x);
                int py = (int) Math.round(y);
                samples++;
                if (px >= 0 && py >= 0 && px < edges.width && py < edges.height && edges.angleBin[py * edges.width + px] >= 0) {
                    strengths.add(edges.magnitude[py * edges.width + px]);
                }
            }
        }
        if (strengths.size() < MIN_PRINT * samples) {
            return false;
        }
        strengths.sort(Comparator.reverseOrder());
        return strengths.get((int) (STRONGEST_SHARE * strengths.size())) >= MIN_PRINT_CONTRAST;
    }

    /** The point moved onto the line along its normal. */
    private static ImagePoint onto(ImagePoint point, Line line) {
        double distance = line.distance(point.x(), point.y());
        return new ImagePoint(point.x() - distance * line.normalX(), point.y() - distance * line.normalY());
    }

    private static ImagePoint midpoint(ImagePoint a, ImagePoint b) {
        return new ImagePoint((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }
}

package com.collectiq.vision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every card in a photo that shows several: a binder page or cards on a table. It works on the
 * lines {@link CardOutlineDetector} finds, many more of them, and keeps every quadrilateral that is a
 * whole card rather than only the largest:
 * <ul>
 * <li>card-shaped: two pairs of near-parallel sides at a card's proportions (63 × 88 mm, leaning a little);</li>
 * <li>whole: all four corners inside the photo and every side backed by edges along its length and at
 *     both ends, so a card cut by the photo's edge or partly covered by another is not found (it cannot
 *     be valued whole);</li>
 * <li>ending at its corners: a card's side stops at its rounded corner, while a line that runs on past
 *     the corner is a longer edge (the art box inside a card, a pocket's seam, a row of cards) and the
 *     quadrilateral only a piece of something larger;</li>
 * <li>one card, not several: a quadrilateral with smaller candidates in two of its corners, or with
 *     like-sized ones apart inside it, is a block of cards (two side by side, a 2 × 2 block and a whole
 *     page are card-shaped too).</li>
 * </ul>
 * Of overlapping candidates the larger is kept (the card rather than the frame printed inside it)
 * unless it is much less well backed by edges (a pocket, a card with a strip of seam); of two kept,
 * one 1.6 times the other or more is a pair of cards when it holds candidates of the other's size,
 * which stand for it; none under half or (of three or more) over 1.6 times the middle-sized one, none
 * without sharp print inside (an empty pocket, glare on one). Once two or more cards are found, their
 * size is known: candidates of that size are taken less well backed (glare), then {@link NeighbourSearch}
 * walks the grid a page or a row of cards makes, fitting a card beside each card found where its sides
 * run on past its corners (touching cards, a pocket's seam), and {@link CornerSearch} lays a card of
 * that size from each corner two lines make (a card lying apart at its own turn, two of its sides
 * making no line: no grid reaches it). Each found side is re-fitted on the
 * analysis image. Slots follow reading order: rows top to bottom, left to right within a row. Fewer
 * than two cards found is a photo of one card (or none): an empty list, and none of the work that
 * needs two.
 */
final class CardLayoutFinder {

    /** Cards in a spread are smaller than a single card's photo: look at them a little sharper. */
    private static final int DETECTION_LONG_SIDE = 800;
    /** Cards on a busy cloth or under glare have fainter sides than one card filling the photo: more edges count. */
    private static final double EDGE_PERCENTILE = 0.70;
    private static final int MAX_PEAKS = 1200;
    private static final int MAX_LINES = 140;
    private static final int MAX_LINES_PER_DIRECTION = 30;
    private static final int MAX_CARDS = 16;
    private static final double MAX_PAIR_ANGLE = Math.toRadians(12);
    private static final double MIN_CORNER_ANGLE = Math.toRadians(65);
    /**
     * A card's long side, as a share of the photo's short side: from a dozen cards on a table to one
     * card filling a portrait photo (looked for too, so the boxes printed on it are not taken for cards).
     */
    private static final double MIN_CARD_SHARE = 0.12;
    private static final double MAX_CARD_SHARE = 1.5;
    /**
     * Cards in one photo are one size, give or take the perspective (a third either way at most here):
     * a box printed on a card is under half of it, two cards side by side twice it.
     */
    private static final double MIN_SHARE_OF_MIDDLE = 0.5;
    private static final double MAX_SHARE_OF_MIDDLE = 1.6;
    /** Short over long side: 63/88 = 0.716, a little either way for the lean of the camera. */
    private static final double MIN_ASPECT = 0.62;
    private static final double MAX_ASPECT = 0.82;
    private static final double MIN_SIDE_SUPPORT = 0.65;
    private static final double MIN_END_SUPPORT = 0.4;
    /** Past a corner, the share of the side's length looked at for an edge running on. */
    private static final double RUN_ON_FROM = 0.01;
    private static final double RUN_ON_TO = 0.045;
    private static final double MAX_RUN_ON_SUPPORT = 0.5;
    /**
     * How far beside the side a running-on edge is looked for, in detection pixels: a piece of a card
     * cut off by a printed box has a side fitted a degree off the card's edge it lies on.
     */
    private static final int RUN_ON_REACH = 2;
    /**
     * Of overlapping candidates the one with the largest area × support^weight is kept: a pocket or a
     * card with a strip of seam is larger than the card but less well backed.
     */
    private static final double SUPPORT_WEIGHT = 16;
    /** Outlines of one thing: a card and the frame printed inside it (some 86 % of it). */
    private static final double SAME_THING_AREA = 0.8;
    /** A block's corner card has a corner within this share of its size of the block's corner. */
    private static final double CORNER_MATCH = 0.05;
    /** Corners this close to the photo's edge (in detection pixels) may be cut by it. */
    private static final int FRAME_MARGIN = 2;

    List<FoundCard> find(RgbImage photo, int subsampling) {
        int factor = CardOutlineDetector.reduction(photo, DETECTION_LONG_SIDE);
        CardOutlineDetector.EdgeMap edges = CardOutlineDetector.EdgeMap.of(photo, factor, EDGE_PERCENTILE);
        List<Line> lines = CardOutlineDetector.houghLines(edges, MAX_PEAKS, MAX_LINES, MAX_LINES_PER_DIRECTION);
        List<Pair> pairs = pairs(lines, edges);
        // an empty pocket's seams outline a card's place: what has no print inside is no card
        List<Candidate> chosen = choose(candidates(pairs, edges, ON_ITS_OWN, null)).stream()
                .filter(card -> NeighbourSearch.printed(card, edges)).toList();
        if (chosen.size() >= 2) {
            Candidate middle = chosen.stream().sorted(Comparator.comparingDouble(Candidate::area)).skip(chosen.size() / 2).findFirst().orElseThrow();
            chosen = NeighbourSearch.completed(sizedLike(chosen, candidates(pairs, edges, OF_A_KNOWN_SIZE, middle), edges), edges, MAX_CARDS);
            // after the walk: on a page a pocket's seams meet at corners too, and the walk fits its card first
            chosen = sizedLike(chosen, CornerSearch.cards(lines, middle, chosen, edges, OF_A_KNOWN_SIZE), edges);
        }
        if (chosen.size() < 2) {
            return List.of(); // one card or none: the single-card path values the photo whole
        }
        List<List<ImagePoint>> outlines = new ArrayList<>();
        for (Candidate card : chosen) {
            outlines.add(refined(photo, card, factor).stream().map(corner -> corner.scaled(subsampling)).toList());
        }
        return inReadingOrder(outlines);
    }

    /** A whole card's outline in the detection image, its sides in order (each meets the next at a corner). */
    record Candidate(List<Line> sides, List<ImagePoint> corners, double area, double support) {

        boolean contains(ImagePoint point) {
            for (int i = 0; i < 4; i++) {
                ImagePoint a = corners.get(i);
                ImagePoint b = corners.get((i + 1) % 4);
                if ((b.x() - a.x()) * (point.y() - a.y()) - (b.y() - a.y()) * (point.x() - a.x()) < 0) {
                    return false;
                }
            }
            return true;
        }

        ImagePoint centre() {
            return new ImagePoint(corners.stream().mapToDouble(ImagePoint::x).average().orElseThrow(),
                    corners.stream().mapToDouble(ImagePoint::y).average().orElseThrow());
        }

        /** Whether most of other lies inside this: its centre and its corners pulled a quarter towards it. */
        boolean holds(Candidate other) {
            ImagePoint centre = other.centre();
            if (!contains(centre)) {
                return false;
            }
            return other.corners.stream().allMatch(corner -> contains(new ImagePoint(
                    corner.x() + 0.25 * (centre.x() - corner.x()), corner.y() + 0.25 * (centre.y() - corner.y()))));
        }

        /** Whether the two share ground: either's centre inside the other, or a corner well inside. */
        boolean overlaps(Candidate other) {
            return contains(other.centre()) || other.contains(centre()) || holdsCornerOf(other) || other.holdsCornerOf(this);
        }

        private boolean holdsCornerOf(Candidate other) {
            ImagePoint centre = other.centre();
            return other.corners.stream().anyMatch(corner -> contains(new ImagePoint(
                    corner.x() + 0.15 * (centre.x() - corner.x()), corner.y() + 0.15 * (centre.y() - corner.y()))));
        }
    }

    /**
     * How well edges must back a candidate's sides.
     *
     * @param side             the share of each side's length edges must back
     * @param end              the share of each end of each side (a fifth of it) edges must back
     * @param mean             the share of the four sides' length edges must back on average
     * @param endsAtTheCorners whether a side's edge must stop at its corners (not where a neighbouring
     *                         card explains an edge running on: a row of touching cards, a pocket's seam)
     */
    record Backing(double side, double end, double mean, boolean endsAtTheCorners) {
    }

    /** A card found on its own, knowing nothing of the others. */
    private static final Backing ON_ITS_OWN = new Backing(MIN_SIDE_SUPPORT, MIN_END_SUPPORT, 0, true);
    /**
     * A card once two or more were found: as large as they are (checked before its sides are measured)
     * and with print inside, it may be less well backed (glare breaking a side), if well on average.
     */
    private static final Backing OF_A_KNOWN_SIZE = new Backing(0.55, 0.3, 0.8, true);

    /** Pairs of near-parallel lines as far apart as a card's sides may be. */
    private static List<Pair> pairs(List<Line> lines, CardOutlineDetector.EdgeMap edges) {
        double shortSide = Math.min(edges.width, edges.height);
        double minSeparation = MIN_CARD_SHARE * shortSide * MIN_ASPECT;
        double maxSeparation = MAX_CARD_SHARE * shortSide;
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                Line a = lines.get(i);
                Line b = lines.get(j);
                if (a.angleTo(b) < MAX_PAIR_ANGLE) {
                    double separation = CardOutlineDetector.separation(a, b, edges);
                    if (separation > minSeparation && separation < maxSeparation) {
                        pairs.add(new Pair(a, b, separation));
                    }
                }
            }
        }
        return pairs;
    }

    /** Two near-parallel lines and how far apart they are at the photo's centre. */
    private record Pair(Line a, Line b, double separation) {
    }

    /** The whole cards the pairs make, backed as asked and, when {@code like} is not null, as large as it. */
    private static List<Candidate> candidates(List<Pair> pairs, CardOutlineDetector.EdgeMap edges, Backing backing, Candidate like) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                Pair p = pairs.get(i);
                Pair q = pairs.get(j);
                // separations are measured at the photo's centre, far from a small card: a loose first cut only
                double ratio = Math.min(p.separation(), q.separation()) / Math.max(p.separation(), q.separation());
                if (ratio < MIN_ASPECT - 0.25 || p.a().angleTo(q.a()) < MIN_CORNER_ANGLE || p.b().angleTo(q.b()) < MIN_CORNER_ANGLE) {
                    continue;
                }
                Candidate candidate = candidate(List.of(p.a(), q.a(), p.b(), q.b()), edges, backing, like);
                if (candidate != null) {
                    candidates.add(candidate);
                }
            }
        }
        return candidates;
    }

    /**
     * The whole card these sides make, backed by edges as asked, or null when they make none.
     *
     * @param like a card this one must be as large as, or null when its size is not known
     */
    static Candidate candidate(List<Line> sides, CardOutlineDetector.EdgeMap edges, Backing backing, Candidate like) {
        List<ImagePoint> corners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ImagePoint corner = sides.get(i).intersect(sides.get((i + 1) % 4));
            if (corner == null || corner.x() < FRAME_MARGIN || corner.y() < FRAME_MARGIN
                    || corner.x() > edges.width - 1 - FRAME_MARGIN || corner.y() > edges.height - 1 - FRAME_MARGIN) {
                return null;
            }
            corners.add(corner);
        }
        // side i runs from corner i−1 to corner i
        double[] lengths = new double[4];
        for (int i = 0; i < 4; i++) {
            lengths[i] = corners.get((i + 3) % 4).distanceTo(corners.get(i));
        }
        double across = (lengths[0] + lengths[2]) / 2;
        double along = (lengths[1] + lengths[3]) / 2;
        double aspect = Math.min(across, along) / Math.max(across, along);
        double shortSide = Math.min(edges.width, edges.height);
        if (aspect < MIN_ASPECT || aspect > MAX_ASPECT || Math.max(across, along) < MIN_CARD_SHARE * shortSide
                || Math.min(lengths[0], lengths[2]) < 0.85 * Math.max(lengths[0], lengths[2])
                || Math.min(lengths[1], lengths[3]) < 0.85 * Math.max(lengths[1], lengths[3])
                || like != null && !NeighbourSearch.sameSize(like.corners(), corners)) {
            return null;
        }
        double total = 0;
        for (int i = 0; i < 4; i++) {
            ImagePoint from = corners.get((i + 3) % 4);
            ImagePoint to = corners.get(i);
            Line side = sides.get(i);
            double support = edges.support(from, to, 0.08, 0.92, side, backing.side());
            if (support < backing.side() || edges.support(from, to, 0.08, 0.3, side, backing.end()) < backing.end()
                    || edges.support(from, to, 0.7, 0.92, side, backing.end()) < backing.end()
                    || backing.endsAtTheCorners() && (edges.support(from, to, -RUN_ON_TO, -RUN_ON_FROM, side, 0, RUN_ON_REACH) > MAX_RUN_ON_SUPPORT
                    || edges.support(from, to, 1 + RUN_ON_FROM, 1 + RUN_ON_TO, side, 0, RUN_ON_REACH) > MAX_RUN_ON_SUPPORT)) {
                return null;
            }
            total += support;
        }
        if (total / 4 < backing.mean()) {
            return null;
        }
        double twiceArea = 0;
        for (int i = 0; i < 4; i++) {
            twiceArea += corners.get(i).x() * corners.get((i + 1) % 4).y() - corners.get((i + 1) % 4).x() * corners.get(i).y();
        }
        if (twiceArea < 0) {
            // y grows downwards: keep the corners clockwise, so "inside" is on the same side of every edge
            List<ImagePoint> clockwise = new ArrayList<>(corners);
            Collections.reverse(clockwise);
            // corner i is where side i meets side i+1: reversed, the corners need the sides 0, 3, 2, 1
            List<Line> reversedSides = List.of(sides.get(0), sides.get(3), sides.get(2), sides.get(1));
            return new Candidate(reversedSides, clockwise, -twiceArea / 2, total / 4);
        }
        return new Candidate(sides, corners, twiceArea / 2, total / 4);
    }

    /**
     * The cards among the candidates: blocks of cards dropped, then of overlapping candidates the
     * larger, unless much less well backed by edges; none far from the middle-sized one.
     */
    private static List<Candidate> choose(List<Candidate> candidates) {
        // smallest first, so a block's members are known to be single cards (or boxes printed on one)
        List<Candidate> single = new ArrayList<>();
        List<Candidate> blocks = new ArrayList<>();
        for (Candidate candidate : candidates.stream().sorted(Comparator.comparingDouble(Candidate::area)).toList()) {
            List<Candidate> inside = single.stream()
                    .filter(other -> other.area < 0.6 * candidate.area && candidate.holds(other)).toList();
            (isBlock(candidate, inside) ? blocks : single).add(candidate);
        }
        // an outline that runs along the frame printed inside a card can meet the corners of the boxes
        // printed in it: it is no block when another outline of the same thing is none
        List<Candidate> cards = new ArrayList<>(single);
        blocks.stream().filter(block -> single.stream().anyMatch(other -> sameThing(block, other))).forEach(cards::add);
        cards.sort(Comparator.comparingDouble((Candidate c) -> c.area * Math.pow(c.support, SUPPORT_WEIGHT)).reversed());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : cards) {
            if (kept.stream().noneMatch(other -> other.overlaps(candidate))) {
                kept.add(candidate);
            }
        }
        List<Candidate> chosen = pairsSplit(kept, single);
        // cards in one photo are one size: against the middle one, a box printed on a card is much
        // smaller and, among three or more, a pair of cards taken for one much larger
        double middle = chosen.stream().mapToDouble(Candidate::area).sorted().skip(chosen.size() / 2).findFirst().orElse(0);
        return chosen.stream().filter(card -> card.area >= MIN_SHARE_OF_MIDDLE * middle
                && (chosen.size() < 3 || card.area <= MAX_SHARE_OF_MIDDLE * middle)).limit(MAX_CARDS).toList();
    }

    /**
     * The kept candidates, a pair of cards among them split into its cards. Two cards side by side are
     * card-shaped turned a quarter, and when their outer sides are a pocket's seams rather than the
     * cards' corners the block test misses them; with only one other candidate kept, the pair is the
     * middle-sized one and would hide that card. So when one of two kept candidates is at least
     * {@link #MAX_SHARE_OF_MIDDLE} times the other and holds candidates as large as the other (apart),
     * those stand for it. A photo of one card keeps no second candidate to compare with.
     */
    private static List<Candidate> pairsSplit(List<Candidate> kept, List<Candidate> single) {
        if (kept.size() != 2) {
            return kept;
        }
        Candidate larger = kept.get(0).area >= kept.get(1).area ? kept.get(0) : kept.get(1);
        Candidate smaller = larger == kept.get(0) ? kept.get(1) : kept.get(0);
        if (larger.area < MAX_SHARE_OF_MIDDLE * smaller.area) {
            return kept;
        }
        List<Candidate> inside = apart(single.stream().filter(member -> member.area < 0.6 * larger.area && larger.holds(member)
                && NeighbourSearch.sameSize(smaller.corners, member.corners)).toList());
        if (inside.isEmpty()) {
            return kept;
        }
        List<Candidate> cards = new ArrayList<>(inside);
        cards.add(smaller);
        return cards;
    }

    /**
     * The cards found with those of the candidates (as large as the cards found) that have print inside
     * and lie clear of the others: best backed first.
     */
    private static List<Candidate> sizedLike(List<Candidate> found, List<Candidate> candidates, CardOutlineDetector.EdgeMap edges) {
        List<Candidate> cards = new ArrayList<>(found);
        candidates.stream().sorted(Comparator.comparingDouble(Candidate::support).reversed())
                .filter(candidate -> NeighbourSearch.printed(candidate, edges))
                .forEach(candidate -> {
                    if (cards.size() < MAX_CARDS && cards.stream().noneMatch(card -> card.overlaps(candidate))) {
                        cards.add(candidate);
                    }
                });
        return cards;
    }

    /** Two outlines of one thing: nearly the same size around the same place (a card and the frame printed in it). */
    private static boolean sameThing(Candidate a, Candidate b) {
        return a.contains(b.centre()) && b.contains(a.centre())
                && Math.min(a.area, b.area) >= SAME_THING_AREA * Math.max(a.area, b.area);
    }

    /**
     * Whether the candidate is several cards: two of the smaller candidates inside it sit in its
     * corners (two cards side by side, a 2 × 2 block), or two or more of about one size lie apart
     * inside it, each under a third of it (a page, whose sheet has a margin around its cards). The
     * boxes printed on a card are a third of it or more, or of sizes far apart (art box, name bar).
     */
    private static boolean isBlock(Candidate candidate, List<Candidate> inside) {
        // near-copies of one card's outline count here: cards in a row are never quite in line, so a
        // block's corners are often one card's alone, met by that card's outline and its printed frame
        if (inside.stream().filter(member -> sharesCorner(candidate, member)).count() >= 2) {
            return true;
        }
        List<Candidate> apart = apart(inside.stream().filter(member -> member.area < 0.3 * candidate.area).toList());
        // largest first: one odd larger member (a pocket with its seams) must not hide the like-sized cards after it
        for (int i = 1; i < apart.size(); i++) {
            if (apart.get(i).area >= MIN_SHARE_OF_MIDDLE * apart.get(i - 1).area) {
                return true;
            }
        }
        return false;
    }

    /** The candidates that do not overlap one another, largest first: near-copies of one outline count once. */
    private static List<Candidate> apart(List<Candidate> candidates) {
        List<Candidate> apart = new ArrayList<>();
        candidates.stream().sorted(Comparator.comparingDouble(Candidate::area).reversed())
                .filter(member -> apart.stream().noneMatch(other -> other.overlaps(member)))
                .forEach(apart::add);
        return apart;
    }

    /**
     * Whether a smaller candidate has a corner on one of the larger's, as a card at the corner of a
     * block of cards has; a box printed inside a card lies a border's width in from every corner.
     */
    private static boolean sharesCorner(Candidate block, Candidate member) {
        double reach = CORNER_MATCH * Math.sqrt(member.area);
        return block.corners.stream().anyMatch(corner -> member.corners.stream().anyMatch(other -> other.distanceTo(corner) < reach));
    }

    /** The candidate's corners on the analysis image, each side moved onto its edge there. */
    private static List<ImagePoint> refined(RgbImage photo, Candidate card, int factor) {
        // a small-image pixel i covers full pixels [i·f, i·f + f): its centre is i·f + (f − 1)/2
        double offset = (factor - 1) / 2.0;
        List<ImagePoint> corners = card.corners.stream()
                .map(corner -> new ImagePoint(corner.x() * factor + offset, corner.y() * factor + offset)).toList();
        List<Line> sides = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Line side = CardOutlineDetector.enlarged(card.sides.get(i), factor);
            sides.add(CardOutlineDetector.refine(photo, side, factor + 2, corners.get((i + 3) % 4), corners.get(i)));
        }
        List<ImagePoint> refined = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ImagePoint corner = sides.get(i).intersect(sides.get((i + 1) % 4));
            // a re-fit that lost its edge would throw the corner far off: keep the coarse one then
            refined.add(corner == null || corner.distanceTo(corners.get(i)) > 2 * factor + 2 ? corners.get(i) : corner);
        }
        return CardOutlineDetector.portraitOrder(refined);
    }

    /** Slots in reading order: a card starts a new row when its centre lies below the row's by half a card. */
    private static List<FoundCard> inReadingOrder(List<List<ImagePoint>> outlines) {
        List<List<ImagePoint>> byHeight = new ArrayList<>(outlines);
        byHeight.sort(Comparator.comparingDouble(CardLayoutFinder::centreY));
        double halfCard = outlines.stream().mapToDouble(CardLayoutFinder::height).sorted().skip(outlines.size() / 2)
                .findFirst().orElseThrow() / 2;
        List<List<List<ImagePoint>>> rows = new ArrayList<>();
        double rowTop = Double.NEGATIVE_INFINITY;
        for (List<ImagePoint> outline : byHeight) {
            if (centreY(outline) > rowTop + halfCard) {
                rows.add(new ArrayList<>());
                rowTop = centreY(outline);
            }
            rows.get(rows.size() - 1).add(outline);
        }
        List<FoundCard> found = new ArrayList<>();
        for (List<List<ImagePoint>> row : rows) {
            row.sort(Comparator.comparingDouble(CardLayoutFinder::centreX));
            for (List<ImagePoint> outline : row) {
                found.add(new FoundCard(found.size(), outline));
            }
        }
        return found;
    }

    private static double centreX(List<ImagePoint> corners) {
        return corners.stream().mapToDouble(ImagePoint::x).average().orElseThrow();
    }

    private static double centreY(List<ImagePoint> corners) {
        return corners.stream().mapToDouble(ImagePoint::y).average().orElseThrow();
    }

    /** The outline's extent from top to bottom: a row is as tall as the cards in it lie. */
    private static double height(List<ImagePoint> corners) {
        return corners.stream().mapToDouble(ImagePoint::y).max().orElseThrow()
                - corners.stream().mapToDouble(ImagePoint::y).min().orElseThrow();
    }
}

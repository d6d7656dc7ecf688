package com.collectiq.vision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a card's outline in a photo: edges, then straight lines (a Hough transform steered by each
 * edge pixel's gradient direction, its lines ranked by the strength of their unbroken stretches so
 * wood grain or a playmat's print does not crowd out the card's sides), then the largest
 * quadrilateral of two roughly parallel pairs whose four sides are backed by edges along their
 * length and at both ends. The sides are then re-fitted on the full analysis image
 * with sub-pixel precision, because centering is a ratio of borders only a few pixels wide.
 */
final class CardOutlineDetector {

    static final double CARD_ASPECT = 63.0 / 88.0;

    /** Lines are searched on a small copy: a card's sides are long enough to survive it, texture is not. */
    static final int DETECTION_LONG_SIDE = 640;
    private static final int THETA_BINS = 180;
    private static final int VOTE_SPREAD_BINS = 2;
    private static final int MAX_LINES = 30;
    private static final int MAX_LINES_PER_DIRECTION = 8;
    private static final double MIN_EDGE_STRENGTH = 20;
    private static final double EDGE_PERCENTILE = 0.80;
    private static final double MAX_PAIR_ANGLE = Math.toRadians(20);
    private static final double MIN_CORNER_ANGLE = Math.toRadians(55);
    private static final double MIN_SIDE_SUPPORT = 0.6;
    private static final int SUPPORT_ANGLE_BINS = 12;
    private static final double FULL_FRAME_ASPECT_TOLERANCE = 0.02;
    private static final int MIN_CANDIDATE_VOTES = 12;
    /** A small card (a fifth of the frame, seen at a slant) has sides of some 12 % of the short side: half that votes. */
    private static final double MIN_VOTE_SHARE = 0.06;
    /**
     * The search among a surface's texture ({@link #detectAmongTexture}): many more Hough peaks ranked, twice
     * the lines kept in one direction, and a side with a third of the usual votes (0.06) taken as a line.
     */
    private static final int TEXTURE_PEAKS = 3000;
    private static final int TEXTURE_LINES_PER_DIRECTION = 16;
    private static final double TEXTURE_VOTE_SHARE = 0.02;
    private static final int MAX_CANDIDATE_PEAKS = 400;
    /** A stretch of a line counts towards its rank only this long (share of the short side): texture is shorter. */
    private static final double MIN_RUN_SHARE = 0.035;
    private static final int MIN_RUN_PIXELS = 8;
    /** Edge pixels a stretch may miss and still be one stretch (JPEG blocks, a speck of dust). */
    private static final int MAX_RUN_GAP = 2;
    /** Each end of each side must be backed this well: a side running on past the card's corner is not. */
    private static final double MIN_END_SUPPORT = 0.35;
    /**
     * A side's stretch next to each corner, from {@link #CORNER_ROUNDING} of its length from the corner
     * (past a card's rounded corner: 3 mm of a 63 mm side) to {@code TIP}: a card's side is backed
     * along it at least {@link #MIN_TIP_SUPPORT}.
     */
    private static final double TIP = 0.14;
    private static final double CORNER_ROUNDING = 0.06;
    private static final double MIN_TIP_SUPPORT = 0.25;
    /**
     * The smallest card looked for, as a share of the photo's area: a card a fifth of a 4:3 frame's
     * height tall covers some 2 % of it.
     */
    private static final double MIN_AREA_SHARE = 0.015;

    Optional<CardOutline> detect(RgbImage image) {
        return detect(image, DETECTION_LONG_SIDE);
    }

    /**
     * As {@link #detect(RgbImage)}, with lines searched on a copy of about {@code longSide} pixels: a
     * larger one finds what is small in the photo (a card or a slab a fifth of the frame tall), at more cost.
     */
    Optional<CardOutline> detect(RgbImage image, int longSide) {
        return detect(image, longSide, MAX_CANDIDATE_PEAKS, MAX_LINES_PER_DIRECTION, MIN_VOTE_SHARE);
    }

    /**
     * As {@link #detect(RgbImage, int)}, for an outline the surface's texture hides: wood grain or a
     * patterned mat gives hundreds of long lines whose peaks outvote an outline's sides, and a slab's
     * side, broken where its rim's edge runs beside it, gets few votes of its own. So far more peaks
     * are ranked, more lines kept in one direction and weaker lines let through: it costs more and takes
     * texture for sides more often, so its outline is for a caller that checks it further (a slab's case).
     */
    Optional<CardOutline> detectAmongTexture(RgbImage image, int longSide) {
        return detect(image, longSide, TEXTURE_PEAKS, TEXTURE_LINES_PER_DIRECTION, TEXTURE_VOTE_SHARE);
    }

    private Optional<CardOutline> detect(RgbImage image, int longSide, int peaks, int linesPerDirection, double voteShare) {
        int factor = reduction(image, longSide);
        EdgeMap edges = EdgeMap.of(image, factor, EDGE_PERCENTILE);
        List<Line> lines = houghLines(edges, peaks, MAX_LINES, linesPerDirection, voteShare);
        Optional<Quad> best = bestQuad(lines, edges);
        if (best.isEmpty()) {
            return fullFrame(image);
        }
        List<Line> sides = new ArrayList<>();
        for (Line side : best.get().sides) {
            ImagePoint[] ends = clip(enlarged(side, factor), image.width, image.height);
            sides.add(ends == null ? enlarged(side, factor) : refine(image, enlarged(side, factor), factor + 2, ends[0], ends[1]));
        }
        List<ImagePoint> corners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ImagePoint corner = sides.get(i).intersect(sides.get((i + 1) % 4));
            if (corner == null) {
                return fullFrame(image);
            }
            corners.add(corner);
        }
        return Optional.of(new CardOutline(portraitOrder(corners), best.get().minSupport, false));
    }

    /** The whole-number factor that brings the image's long side down to about {@code longSide}. */
    static int reduction(RgbImage image, int longSide) {
        return Math.max(1, (int) Math.ceil(Math.max(image.width, image.height) / (double) longSide));
    }

    /** A line of the image reduced by {@code factor}, in the full image's pixels. */
    static Line enlarged(Line line, int factor) {
        // a small-image pixel i covers full pixels [i·f, i·f + f): its centre is i·f + (f − 1)/2
        double offset = (factor - 1) / 2.0;
        return new Line(line.theta(), line.rho() * factor + offset * (line.normalX() + line.normalY()));
    }

    private static Optional<CardOutline> fullFrame(RgbImage image) {
        double aspect = Math.min(image.width, image.height) / (double) Math.max(image.width, image.height);
        if (Math.abs(aspect - CARD_ASPECT) > FULL_FRAME_ASPECT_TOLERANCE) {
            return Optional.empty();
        }
        double right = image.width - 0.5;
        double bottom = image.height - 0.5;
        return Optional.of(new CardOutline(portraitOrder(List.of(new ImagePoint(-0.5, -0.5), new ImagePoint(right, -0.5),
                new ImagePoint(right, bottom), new ImagePoint(-0.5, bottom))), 0, true));
    }

    /**
     * The photo's red, green and blue shrunk by {@code factor} (area average). Edges are looked for
     * in colour, not brightness alone: a blue border on a brown table can have the table's luma.
     */
    static float[][] downscaledChannels(RgbImage image, int factor) {
        int width = image.width / factor;
        int height = image.height / factor;
        float[][] channels = new float[3][width * height];
        float weight = 1f / (factor * factor);
        for (int y = 0; y < height * factor; y++) {
            int row = (y / factor) * width;
            int source = y * image.width;
            // cell by cell, its pixels in turn: no division per pixel
            for (int cell = row, x = 0; cell < row + width; cell++) {
                for (int end = x + factor; x < end; x++) {
                    int rgb = image.pixels[source + x];
                    channels[0][cell] += (rgb >> 16 & 0xFF) * weight;
                    channels[1][cell] += (rgb >> 8 & 0xFF) * weight;
                    channels[2][cell] += (rgb & 0xFF) * weight;
                }
            }
        }
        return channels;
    }

    /** A separable 1-4-6-4-1 binomial blur: quiets fine texture so it does not out-vote the card's sides. */
    static float[] smooth(float[] channel, int width, int height) {
        float[] across = new float[channel.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int row = y * width;
                across[row + x] = (channel[row + clamp(x - 2, width)] + 4 * channel[row + clamp(x - 1, width)] + 6 * channel[row + x]
                        + 4 * channel[row + clamp(x + 1, width)] + channel[row + clamp(x + 2, width)]) / 16;
            }
        }
        float[] out = new float[channel.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (across[clamp(y - 2, height) * width + x] + 4 * across[clamp(y - 1, height) * width + x]
                        + 6 * across[y * width + x] + 4 * across[clamp(y + 1, height) * width + x]
                        + across[clamp(y + 2, height) * width + x]) / 16;
            }
        }
        return out;
    }

    private static int clamp(int value, int size) {
        return value < 0 ? 0 : value >= size ? size - 1 : value;
    }

    /**
     * The image's straight lines, strongest first.
     *
     * @param maxPeaks        Hough peaks ranked by their unbroken stretches (the costly part)
     * @param maxLines        lines kept
     * @param maxPerDirection lines kept within 10° of one direction
     */
    static List<Line> houghLines(EdgeMap edges, int maxPeaks, int maxLines, int maxPerDirection) {
        return houghLines(edges, maxPeaks, maxLines, maxPerDirection, MIN_VOTE_SHARE);
    }

    /** As above, a line needing votes of {@code minVoteShare} of the short side (and {@link #MIN_CANDIDATE_VOTES}). */
    static List<Line> houghLines(EdgeMap edges, int maxPeaks, int maxLines, int maxPerDirection, double minVoteShare) {
        int diagonal = (int) Math.ceil(Math.hypot(edges.width, edges.height));
        int rhoBins = 2 * diagonal + 1;
        int[] votes = new int[THETA_BINS * rhoBins];
        double[] cos = new double[THETA_BINS];
        double[] sin = new double[THETA_BINS];
        for (int t = 0; t < THETA_BINS; t++) {
            cos[t] = Math.cos(Math.PI * t / THETA_BINS);
            sin[t] = Math.sin(Math.PI * t / THETA_BINS);
        }
        for (int y = 0; y < edges.height; y++) {
            for (int x = 0; x < edges.width; x++) {
                int bin = edges.angleBin[y * edges.width + x];
                if (bin < 0) {
                    continue;
                }
                // vote only near the pixel's own gradient direction: cheaper and far less noisy
                for (int k = -VOTE_SPREAD_BINS; k <= VOTE_SPREAD_BINS; k++) {
                    int t = Math.floorMod(bin + k, THETA_BINS);
                    int rho = (int) Math.round(x * cos[t] + y * sin[t]) + diagonal;
                    votes[t * rhoBins + rho]++;
                }
            }
        }
        int minVotes = Math.max(MIN_CANDIDATE_VOTES, (int) (minVoteShare * Math.min(edges.width, edges.height)));
        List<int[]> peaks = new ArrayList<>();
        for (int t = 0; t < THETA_BINS; t++) {
            for (int r = 0; r < rhoBins; r++) {
                int count = votes[t * rhoBins + r];
                if (count >= minVotes && isLocalMaximum(votes, rhoBins, t, r, count)) {
                    peaks.add(new int[] {t, r, count});
                }
            }
        }
        peaks.sort(Comparator.comparingInt((int[] peak) -> peak[2]).reversed());
        // votes add up every edge pixel on a line, and wood grain or a playmat's print lays many short
        // dashes along one line across the whole photo: rank by the unbroken stretches instead
        int minRun = Math.max(MIN_RUN_PIXELS, (int) (MIN_RUN_SHARE * Math.min(edges.width, edges.height)));
        List<RankedLine> ranked = new ArrayList<>();
        for (int[] peak : peaks.subList(0, Math.min(peaks.size(), maxPeaks))) {
            Line line = new Line(Math.PI * peak[0] / THETA_BINS, peak[1] - diagonal);
            double strength = edges.strengthInRuns(line, minRun);
            if (strength > 0) {
                ranked.add(new RankedLine(line, strength));
            }
        }
        ranked.sort(Comparator.comparingDouble(RankedLine::strength).reversed());
        List<Line> lines = new ArrayList<>();
        double centreX = edges.width / 2.0;
        double centreY = edges.height / 2.0;
        for (RankedLine candidate : ranked) {
            Line line = candidate.line();
            boolean duplicate = lines.stream().anyMatch(kept -> kept.angleTo(line) < Math.toRadians(4)
                    && Math.abs(kept.distance(centreX, centreY) - sameSense(kept, line) * line.distance(centreX, centreY)) < 2.5);
            // texture runs one way across the photo: it may not take every place a card's sides need
            boolean crowded = lines.stream().filter(kept -> kept.angleTo(line) < Math.toRadians(10)).count() >= maxPerDirection;
            if (!duplicate && !crowded) {
                lines.add(line);
                if (lines.size() == maxLines) {
                    break;
                }
            }
        }
        return lines;
    }

    private record RankedLine(Line line, double strength) {
    }

    /** −1 when two near-parallel lines' normals point opposite ways (θ and θ + π name one line). */
    private static int sameSense(Line a, Line b) {
        return Math.cos(a.theta() - b.theta()) < 0 ? -1 : 1;
    }

    private static boolean isLocalMaximum(int[] votes, int rhoBins, int t, int r, int count) {
        for (int dt = -2; dt <= 2; dt++) {
            int tt = Math.floorMod(t + dt, THETA_BINS);
            for (int dr = -2; dr <= 2; dr++) {
                int rr = r + dr;
                if (rr < 0 || rr >= rhoBins || (dt == 0 && dr == 0)) {
                    continue;
                }
                int other = votes[tt * rhoBins + rr];
                // ties go to the earlier cell so a flat top yields exactly one peak
                if (other > count || other == count && (dt < 0 || dt == 0 && dr < 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Optional<Quad> bestQuad(List<Line> lines, EdgeMap edges) {
        double minSide = Math.min(edges.width, edges.height);
        List<Line[]> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                Line a = lines.get(i);
                Line b = lines.get(j);
                if (a.angleTo(b) < MAX_PAIR_ANGLE && separation(a, b, edges) > 0.12 * minSide) {
                    pairs.add(new Line[] {a, b});
                }
            }
        }
        Quad best = null;
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                Line[] p = pairs.get(i);
                Line[] q = pairs.get(j);
                if (p[0].angleTo(q[0]) < MIN_CORNER_ANGLE || p[1].angleTo(q[1]) < MIN_CORNER_ANGLE) {
                    continue;
                }
                Quad candidate = Quad.of(p[0], q[0], p[1], q[1], edges, best == null ? 0 : best.score);
                if (candidate != null && (best == null || candidate.score > best.score)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How far apart two near-parallel lines are, measured where the first passes the image centre. */
    static double separation(Line a, Line b, EdgeMap edges) {
        double cx = edges.width / 2.0;
        double cy = edges.height / 2.0;
        double along = a.distance(cx, cy);
        return Math.abs(b.distance(cx - along * a.normalX(), cy - along * a.normalY()));
    }

    /**
     * Moves a side onto the strongest colour edge within {@code reach} pixels of it, sampled across
     * the side between {@code from} and {@code to} at many places, then fits a line through those
     * points (dropping outliers such as a finger over the edge).
     */
    static Line refine(RgbImage image, Line side, int reach, ImagePoint from, ImagePoint to) {
        double nx = side.normalX();
        double ny = side.normalY();
        ImagePoint[] ends = {from, to};
        List<double[]> points = new ArrayList<>();
        int samples = 48;
        double step = 0.5;
        int steps = (int) (2 * reach / step) + 1;
        double[] profile = new double[steps];
        for (int i = 0; i < samples; i++) {
            double t = 0.12 + 0.76 * i / (samples - 1);
            double px = ends[0].x() + t * (ends[1].x() - ends[0].x());
            double py = ends[0].y() + t * (ends[1].y() - ends[0].y());
            int bestIndex = -1;
            for (int k = 0; k < steps; k++) {
                double s = -reach + k * step;
                int before = image.sample(px + (s - 0.5) * nx, py + (s - 0.5) * ny);
                int after = image.sample(px + (s + 0.5) * nx, py + (s + 0.5) * ny);
                // prefer edges near the detected line: a card's inner frame line may be close by
                profile[k] = RgbImage.colourDistance(before, after) * (1 - Math.abs(s) / (2.0 * reach));
                if (bestIndex < 0 || profile[k] > profile[bestIndex]) {
                    bestIndex = k;
                }
            }
            if (profile[bestIndex] < 10 || bestIndex == 0 || bestIndex == steps - 1) {
                continue;
            }
            double offset = -reach + (bestIndex + parabolicPeak(profile[bestIndex - 1], profile[bestIndex],
                    profile[bestIndex + 1])) * step;
            points.add(new double[] {px + offset * nx, py + offset * ny});
        }
        Line fitted = fitLine(points, side);
        List<double[]> inliers = points.stream().filter(p -> Math.abs(fitted.distance(p[0], p[1])) < 1.0).toList();
        return inliers.size() >= samples / 3 ? fitLine(inliers, fitted) : side;
    }

    /** Sub-sample position of a peak from its two neighbours, −0.5..0.5. */
    static double parabolicPeak(double left, double centre, double right) {
        double denominator = left - 2 * centre + right;
        return denominator == 0 ? 0 : Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / denominator));
    }

    /** Total least squares: the line through the centroid along the points' main direction. */
    private static Line fitLine(List<double[]> points, Line fallback) {
        if (points.size() < 2) {
            return fallback;
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (double[] p : points) {
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
            sxy += (p[0] - mx) * (p[1] - my);
        }
        double direction = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        Line fitted = Line.through(mx, my, -Math.sin(direction), Math.cos(direction));
        // keep the normal pointing the way the original did, so "inside" stays on the same side
        return fitted.normalX() * fallback.normalX() + fitted.normalY() * fallback.normalY() >= 0
                ? fitted : new Line(fitted.theta() + Math.PI, -fitted.rho());
    }

    /** The part of a line inside a width × height image, as two end points; null if it misses the image. */
    static ImagePoint[] clip(Line line, int width, int height) {
        double w = width - 1;
        double h = height - 1;
        List<ImagePoint> hits = new ArrayList<>();
        Line[] frame = {new Line(0, 0), new Line(0, w), new Line(Math.PI / 2, 0), new Line(Math.PI / 2, h)};
        for (Line edge : frame) {
            ImagePoint p = line.intersect(edge);
            if (p != null && p.x() >= -1e-6 && p.x() <= w + 1e-6 && p.y() >= -1e-6 && p.y() <= h + 1e-6) {
                hits.add(p);
            }
        }
        if (hits.size() < 2) {
            return null;
        }
        ImagePoint a = hits.get(0);
        ImagePoint b = hits.stream().max(Comparator.comparingDouble(a::distanceTo)).orElseThrow();
        return new ImagePoint[] {a, b};
    }

    /** Clockwise from the top-left, with a short side on top (a card is held in portrait). */
    static List<ImagePoint> portraitOrder(List<ImagePoint> corners) {
        List<ImagePoint> ordered = new ArrayList<>(corners);
        double twiceArea = 0;
        for (int i = 0; i < 4; i++) {
            ImagePoint a = ordered.get(i);
            ImagePoint b = ordered.get((i + 1) % 4);
            twiceArea += a.x() * b.y() - b.x() * a.y();
        }
        if (twiceArea < 0) {
            Collections.reverse(ordered); // y grows downwards: clockwise has positive area
        }
        int start = 0;
        for (int i = 1; i < 4; i++) {
            if (ordered.get(i).x() + ordered.get(i).y() < ordered.get(start).x() + ordered.get(start).y()) {
                start = i;
            }
        }
        double top = ordered.get(start).distanceTo(ordered.get((start + 1) % 4));
        double right = ordered.get((start + 1) % 4).distanceTo(ordered.get((start + 2) % 4));
        if (top > right) {
            start = (start + 3) % 4; // lying in landscape: begin at the corner before, so a short side leads
        }
        List<ImagePoint> result = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            result.add(ordered.get((start + i) % 4));
        }
        return result;
    }

    /** Thin edges (gradient maxima) of the small image with their direction quantised to degrees. */
    static final class EdgeMap {
        final int width;
        final int height;
        /** The edge's normal direction in 0..179 degrees, or −1 where there is no edge. */
        final short[] angleBin;
        /** The gradient's strength, kept where there is an edge. */
        final float[] magnitude;

        private EdgeMap(int width, int height, short[] angleBin, float[] magnitude) {
            this.width = width;
            this.height = height;
            this.angleBin = angleBin;
            this.magnitude = magnitude;
        }

        /**
         * The edges of the image reduced by {@code factor}, its colour channels smoothed first.
         *
         * @param percentile the share of pixels whose gradient is too weak to be an edge
         */
        static EdgeMap of(RgbImage image, int factor, double percentile) {
            int width = image.width / factor;
            int height = image.height / factor;
            float[][] channels = downscaledChannels(image, factor);
            for (int c = 0; c < channels.length; c++) {
                channels[c] = smooth(channels[c], width, height);
            }
            return of(channels, width, height, percentile);
        }

        /** Per pixel, the Sobel gradient of whichever colour channel changes most there. */
        static EdgeMap of(float[][] channels, int width, int height, double percentile) {
            int size = width * height;
            float[] gx = new float[size];
            float[] gy = new float[size];
            float[] magnitude = new float[size];
            int[] histogram = new int[2048];
            for (float[] channel : channels) {
                for (int y = 1; y < height - 1; y++) {
                    for (int x = 1; x < width - 1; x++) {
                        int i = y * width + x;
                        float sx = channel[i - width + 1] + 2 * channel[i + 1] + channel[i + width + 1]
                                - channel[i - width - 1] - 2 * channel[i - 1] - channel[i + width - 1];
                        float sy = channel[i + width - 1] + 2 * channel[i + width] + channel[i + width + 1]
                                - channel[i - width - 1] - 2 * channel[i - width] - channel[i - width + 1];
                        float m = (float) Math.sqrt(sx * sx + sy * sy);
                        if (m > magnitude[i]) {
                            magnitude[i] = m;
                            gx[i] = sx;
                            gy[i] = sy;
                        }
                    }
                }
            }
            for (float m : magnitude) {
                histogram[Math.min(histogram.length - 1, (int) m)]++;
            }
            double threshold = Math.max(MIN_EDGE_STRENGTH, percentile(histogram, percentile));
            short[] angleBin = new short[size];
            Arrays.fill(angleBin, (short) -1);
            for (int y = 1; y < height - 1; y++) {
                for (int x = 1; x < width - 1; x++) {
                    int i = y * width + x;
                    float m = magnitude[i];
                    if (m < threshold) {
                        continue;
                    }
                    double theta = Math.atan2(gy[i], gx[i]);
                    // non-maximum suppression along the gradient keeps edges one pixel wide
                    int dx = (int) Math.round(Math.cos(theta));
                    int dy = (int) Math.round(Math.sin(theta));
                    if (m < magnitude[i + dy * width + dx] || m < magnitude[i - dy * width - dx]) {
                        continue;
                    }
                    double degrees = Math.toDegrees(theta < 0 ? theta + Math.PI : theta);
                    angleBin[i] = (short) (Math.round(degrees) % THETA_BINS);
                }
            }
            return new EdgeMap(width, height, angleBin, magnitude);
        }

        private static double percentile(int[] histogram, double fraction) {
            long total = 0;
            for (int count : histogram) {
                total += count;
            }
            long target = (long) (total * fraction);
            long seen = 0;
            for (int value = 0; value < histogram.length; value++) {
                seen += histogram[value];
                if (seen > target) {
                    return value;
                }
            }
            return histogram.length;
        }

        /** The strongest edge running along {@code line} within a pixel of (x, y), 0 when there is none. */
        float strength(double x, double y, Line line, int lineBin) {
            return strength(x, y, line, lineBin, 1);
        }

        /** The strongest edge running along {@code line} within {@code reach} pixels of (x, y), 0 when there is none. */
        float strength(double x, double y, Line line, int lineBin, int reach) {
            float strongest = 0;
            for (int k = -reach; k <= reach; k++) {
                int px = (int) Math.round(x + k * line.normalX());
                int py = (int) Math.round(y + k * line.normalY());
                if (px < 0 || py < 0 || px >= width || py >= height) {
                    continue;
                }
                int bin = angleBin[py * width + px];
                if (bin >= 0) {
                    int difference = Math.abs(bin - lineBin) % THETA_BINS;
                    if (Math.min(difference, THETA_BINS - difference) <= SUPPORT_ANGLE_BINS) {
                        strongest = Math.max(strongest, magnitude[py * width + px]);
                    }
                }
            }
            return strongest;
        }

        /**
         * The summed edge strength of the line's unbroken edge stretches of at least {@code minRun}
         * pixels: a card's side is long and contrasts with the table, wood grain is short and faint.
         */
        double strengthInRuns(Line line, int minRun) {
            ImagePoint[] ends = clip(line, width, height);
            if (ends == null) {
                return 0;
            }
            int lineBin = angleBin(line);
            int steps = (int) ends[0].distanceTo(ends[1]);
            double total = 0;
            double runStrength = 0;
            int run = 0;
            int gap = 0;
            for (int i = 0; i <= steps; i++) {
                double t = steps == 0 ? 0 : i / (double) steps;
                float strength = strength(ends[0].x() + t * (ends[1].x() - ends[0].x()), ends[0].y() + t * (ends[1].y() - ends[0].y()), line, lineBin);
                if (strength > 0) {
                    run += 1 + gap;
                    runStrength += strength;
                    gap = 0;
                } else if (run > 0 && ++gap > MAX_RUN_GAP) {
                    total += run >= minRun ? runStrength : 0;
                    run = 0;
                    runStrength = 0;
                    gap = 0;
                }
            }
            return total + (run >= minRun ? runStrength : 0);
        }

        /**
         * The share of the segment from {@code from} to {@code to} between fractions {@code start} and
         * {@code end} of its length (either may lie outside 0..1, past an end) that edges along {@code side} back.
         */
        double support(ImagePoint from, ImagePoint to, double start, double end, Line side) {
            return support(from, to, start, end, side, 0);
        }

        /**
         * As {@link #support(ImagePoint, ImagePoint, double, double, Line)}, but gives up with −1 as soon
         * as the share can no longer reach {@code needed}: most quadrilaterals a search tries are no card.
         */
        double support(ImagePoint from, ImagePoint to, double start, double end, Line side, double needed) {
            return support(from, to, start, end, side, needed, 1);
        }

        /** As above, counting edges within {@code reach} pixels of the side (a line close to it, not quite on it). */
        double support(ImagePoint from, ImagePoint to, double start, double end, Line side, double needed, int reach) {
            int samples = Math.max(16, (int) Math.abs((end - start) * from.distanceTo(to) / 2));
            int allowedMisses = (int) Math.floor((1 - needed) * samples + 1e-9);
            int lineBin = angleBin(side);
            int hits = 0;
            for (int i = 0; i < samples; i++) {
                double t = start + (end - start) * i / (samples - 1);
                if (strength(from.x() + t * (to.x() - from.x()), from.y() + t * (to.y() - from.y()), side, lineBin, reach) > 0) {
                    hits++;
                } else if (i + 1 - hits > allowedMisses) {
                    return -1;
                }
            }
            return hits / (double) samples;
        }

        /** The line's normal direction in the map's 0..179 degree bins. */
        static int angleBin(Line line) {
            double t = line.theta() % Math.PI;
            return (int) Math.round(Math.toDegrees(t < 0 ? t + Math.PI : t)) % THETA_BINS;
        }
    }

    /** A candidate outline: sides in order a, c, b, d (each meets the next at a corner). */
    private static final class Quad {
        final List<Line> sides;
        final double minSupport;
        final double score;

        private Quad(List<Line> sides, double minSupport, double score) {
            this.sides = sides;
            this.minSupport = minSupport;
            this.score = score;
        }

        /** The quad these sides make, or null if it is no card or cannot beat {@code scoreToBeat}. */
        static Quad of(Line a, Line c, Line b, Line d, EdgeMap edges, double scoreToBeat) {
            List<Line> sides = List.of(a, c, b, d);
            ImagePoint[] corners = new ImagePoint[4];
            for (int i = 0; i < 4; i++) {
                corners[i] = sides.get(i).intersect(sides.get((i + 1) % 4));
                if (corners[i] == null || corners[i].x() < -2 || corners[i].y() < -2
                        || corners[i].x() > edges.width + 1 || corners[i].y() > edges.height + 1) {
                    return null;
                }
            }
            double twiceArea = 0;
            for (int i = 0; i < 4; i++) {
                twiceArea += corners[i].x() * corners[(i + 1) % 4].y() - corners[(i + 1) % 4].x() * corners[i].y();
            }
            double area = Math.abs(twiceArea) / 2;
            // the score never exceeds the area: skip measuring support for a quad that cannot win
            if (area < MIN_AREA_SHARE * edges.width * edges.height || area <= scoreToBeat) {
                return null;
            }
            // side i runs from corner i−1 to corner i
            double[] lengths = new double[4];
            for (int i = 0; i < 4; i++) {
                lengths[i] = corners[(i + 3) % 4].distanceTo(corners[i]);
            }
            double across = (lengths[0] + lengths[2]) / 2;
            double along = (lengths[1] + lengths[3]) / 2;
            double aspect = Math.min(across, along) / Math.max(across, along);
            if (aspect < 0.5 || aspect > 0.95
                    || Math.min(lengths[0], lengths[2]) < 0.6 * Math.max(lengths[0], lengths[2])
                    || Math.min(lengths[1], lengths[3]) < 0.6 * Math.max(lengths[1], lengths[3])) {
                return null;
            }
            double minSupport = 1;
            double totalSupport = 0;
            for (int i = 0; i < 4; i++) {
                ImagePoint from = corners[(i + 3) % 4];
                ImagePoint to = corners[i];
                double support = edges.support(from, to, 0.08, 0.92, sides.get(i));
                if (support < MIN_SIDE_SUPPORT || edges.support(from, to, 0.08, 0.3, sides.get(i)) < MIN_END_SUPPORT
                        || edges.support(from, to, 0.7, 0.92, sides.get(i)) < MIN_END_SUPPORT) {
                    return null;
                }
                minSupport = Math.min(minSupport, support);
                totalSupport += support;
            }
            for (int i = 0; i < 4; i++) {
                // a card's sides are backed right up to its rounded corners: a side that stops short of
                // a corner runs on past the card to meet a line that is not the card's (a seam, a
                // playmat's print, a shadow), and the corner is not one
                ImagePoint corner = corners[i];
                if (edges.support(corners[(i + 3) % 4], corner, 1 - TIP, 1 - CORNER_ROUNDING, sides.get(i)) < MIN_TIP_SUPPORT
                        || edges.support(corner, corners[(i + 1) % 4], CORNER_ROUNDING, TIP, sides.get((i + 1) % 4)) < MIN_TIP_SUPPORT) {
                    return null;
                }
            }
            // every side is backed by edges (checked above); among such outlines the largest is the
            // card itself, not the frame printed inside it, so support and shape only break near-ties
            double meanSupport = totalSupport / 4;
            double aspectFit = 1 - Math.min(0.5, Math.abs(aspect - CARD_ASPECT));
            return new Quad(sides, minSupport, area * (0.95 + 0.025 * meanSupport + 0.025 * aspectFit));
        }

    }
}

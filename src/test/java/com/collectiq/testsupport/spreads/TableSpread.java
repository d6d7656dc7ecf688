package com.collectiq.testsupport.spreads;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.collectiq.testsupport.eras.CardFace;
import com.collectiq.testsupport.eras.Finish;
import com.collectiq.testsupport.eras.Homography;
import com.collectiq.testsupport.eras.Photographer;
import com.collectiq.testsupport.eras.PrintedCard;
import com.collectiq.testsupport.eras.Scene;
import com.collectiq.testsupport.eras.Surfaces;

/**
 * Loose cards on a table photographed from above with a little perspective: in rows (touching or a
 * finger apart) or scattered at any turn, plus distractors that must not be found: a card cut by the
 * frame's edge, a card partly under another. Whether a card counts is measured, not assumed: the
 * share of it inside the frame and not under a card drawn later.
 */
final class TableSpread {

    /** A card counts when this much of it shows: what the sampler draws is either all of it or at most 80 %. */
    private static final double COUNTS_VISIBLE = 0.995;
    private static final int PLACEMENT_TRIES = 300;

    private final Random random;
    private final double tableWidth;
    private final double tableHeight;
    private final List<Laid> laid = new ArrayList<>();

    private TableSpread(Random random, double tableWidth, double tableHeight) {
        this.random = random;
        this.tableWidth = tableWidth;
        this.tableHeight = tableHeight;
    }

    private record Laid(PrintedCard card, double cx, double cy, double degrees) {

        Area area() {
            return Quads.area(Cards.corners(cx, cy, degrees));
        }
    }

    /** @param count the cards meant to be found, 1 to 12 (scattered layouts may fit fewer) */
    static SpreadPhoto render(long seed, int count) {
        Random random = new Random(seed);
        Scene drawn = Scene.random(random.nextLong());
        int[][] frames = {{4000, 3000}, {3000, 4000}, {4032, 3024}, {3264, 2448}};
        int[] frameSize = frames[random.nextInt(frames.length)];
        Scene scene = drawn.withFrame(frameSize[0], frameSize[1]);
        boolean inRows = random.nextBoolean();
        // as many columns as make the rows about as wide for their height as the frame is
        int cols = (int) Math.round(Math.sqrt(count * frameSize[0] / (double) frameSize[1] * Cards.HEIGHT_MM / Cards.WIDTH_MM));
        cols = Math.max(1, Math.min(count, cols));
        int rows = (int) Math.ceil(count / (double) cols);
        boolean touching = random.nextDouble() < 0.4;
        double gap = touching ? 0.2 + random.nextDouble() * 0.5 : 3 + random.nextDouble() * 14;
        double gridWidth = cols * Cards.WIDTH_MM + (cols - 1) * gap;
        double gridHeight = rows * Cards.HEIGHT_MM + (rows - 1) * gap;
        // pixels per millimetre on the table: the rows fit with room to spare, a scatter gets room to spread
        double fit = Math.min(0.86 * frameSize[0] / gridWidth, 0.86 * frameSize[1] / gridHeight);
        double pxPerMm = Math.min(13, inRows ? fit : fit * (0.75 + 0.15 * random.nextDouble()));
        TableSpread table = new TableSpread(random, frameSize[0] / pxPerMm, frameSize[1] / pxPerMm);
        if (inRows) {
            table.rows(count, cols, gap, touching);
        } else {
            table.scatter(count);
        }
        if (random.nextDouble() < 0.5) {
            table.cutByTheEdge();
        }
        if (random.nextDouble() < 0.35) {
            table.coverOne();
        }
        return table.photograph(scene, pxPerMm);
    }

    private void rows(int count, int cols, double gap, boolean touching) {
        int rows = (int) Math.ceil(count / (double) cols);
        double pitchX = Cards.WIDTH_MM + gap;
        double pitchY = Cards.HEIGHT_MM + gap;
        double left = (tableWidth - (cols * pitchX - gap)) / 2;
        double top = (tableHeight - (rows * pitchY - gap)) / 2;
        for (int i = 0; i < count; i++) {
            double cx = left + (i % cols) * pitchX + Cards.WIDTH_MM / 2;
            double cy = top + (i / cols) * pitchY + Cards.HEIGHT_MM / 2;
            // cards laid by hand are never quite square; touching ones can turn less before they overlap
            double degrees = random.nextGaussian() * (touching ? 0.2 : 1.5);
            Laid card = new Laid(Cards.any(random), cx, cy, random.nextDouble() < 0.1 ? degrees + 180 : degrees);
            laid.add(overlapsAny(card.area()) ? new Laid(card.card(), cx, cy, card.degrees() > 90 ? 180 : 0) : card);
        }
    }

    private void scatter(int count) {
        for (int i = 0; i < count; i++) {
            for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
                Laid card = new Laid(Cards.any(random), tableWidth * (0.08 + 0.84 * random.nextDouble()),
                        tableHeight * (0.08 + 0.84 * random.nextDouble()), random.nextDouble() * 360);
                Area area = card.area();
                if (inside(area) && !overlapsAny(area)) {
                    laid.add(card);
                    break;
                }
            }
        }
    }

    /** A card whose centre lies near an edge, so that a fifth to three fifths of it is out of the frame. */
    private void cutByTheEdge() {
        for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
            int edge = random.nextInt(4);
            double along = random.nextDouble();
            double cx = edge == 0 ? 0 : edge == 1 ? tableWidth : along * tableWidth;
            double cy = edge == 2 ? 0 : edge == 3 ? tableHeight : along * tableHeight;
            Laid card = new Laid(Cards.any(random), cx + (random.nextDouble() - 0.5) * 40, cy + (random.nextDouble() - 0.5) * 40,
                    random.nextDouble() * 360);
            Area area = card.area();
            double outside = 1 - Quads.share(area, new Area(new Rectangle2D.Double(0, 0, tableWidth, tableHeight)));
            if (outside >= 0.2 && outside <= 0.6 && !overlapsAny(area)) {
                laid.add(card);
                return;
            }
        }
    }

    /** A card laid over a fifth to three fifths of one already there, which then no longer counts. */
    private void coverOne() {
        if (laid.isEmpty()) {
            return;
        }
        Laid under = laid.get(random.nextInt(laid.size()));
        Area underArea = under.area();
        for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            double reach = 30 + random.nextDouble() * 50;
            Laid card = new Laid(Cards.any(random), under.cx() + reach * Math.cos(angle), under.cy() + reach * Math.sin(angle),
                    random.nextDouble() * 360);
            Area area = card.area();
            double covered = Quads.share(underArea, area);
            boolean clearOfOthers = laid.stream().filter(other -> other != under).noneMatch(other -> Quads.overlap(other.area(), area));
            if (covered >= 0.2 && covered <= 0.6 && clearOfOthers && inside(area)) {
                laid.add(card);
                return;
            }
        }
    }

    private SpreadPhoto photograph(Scene scene, double pxPerMm) {
        int width = scene.frameWidth();
        int height = scene.frameHeight();
        // the camera a little off square: the table's far edge looks narrower than its near one
        double keystone = random.nextDouble() * 0.06 * width;
        double lean = (random.nextDouble() - 0.5) * 0.04 * height;
        Homography toFrame = Homography.mapping(List.of(new Point2D.Double(0, 0), new Point2D.Double(tableWidth, 0),
                new Point2D.Double(tableWidth, tableHeight), new Point2D.Double(0, tableHeight)),
                List.of(new Point2D.Double(keystone, lean), new Point2D.Double(width - keystone, -lean),
                        new Point2D.Double(width, height), new Point2D.Double(0, height)));
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Surfaces.paint(frame, scene.background(), random);
        Area frameArea = new Area(new Rectangle2D.Double(0, 0, width, height));
        List<List<Point2D.Double>> projected = new ArrayList<>();
        for (Laid card : laid) {
            List<Point2D.Double> corners = Cards.corners(card.cx(), card.cy(), card.degrees()).stream()
                    .map(corner -> toFrame.apply(corner.x, corner.y)).toList();
            projected.add(corners);
            shadow(frame, corners);
            Finish finish = Finish.of(card.card());
            double cardHeightPx = Math.max(corners.get(0).distance(corners.get(3)), corners.get(1).distance(corners.get(2)));
            BufferedImage face = CardFace.draw(card.card(), finish, Math.max(6, Math.min(14, cardHeightPx / Cards.HEIGHT_MM * 1.1)),
                    random.nextLong());
            Homography.draw(face, frame, corners);
            Photographer.glare(frame, corners, random.nextInt(Math.max(1, scene.glareSpots())), cardHeightPx, random);
        }
        List<PlacedCard> placed = new ArrayList<>();
        for (int i = 0; i < laid.size(); i++) {
            Area visible = Quads.area(projected.get(i));
            double whole = Quads.size(visible);
            visible.intersect(frameArea);
            for (int above = i + 1; above < laid.size(); above++) {
                visible.subtract(Quads.area(projected.get(above)));
            }
            Laid card = laid.get(i);
            placed.add(new PlacedCard(card.card(), Finish.of(card.card()), projected.get(i), Cards.upsideDown(card.degrees()),
                    Quads.size(visible) / whole >= COUNTS_VISIBLE));
        }
        byte[] jpeg = Photographer.develop(frame, scene, random);
        return new SpreadPhoto(jpeg, SpreadKind.TABLE, scene, placed);
    }

    /** The soft shadow a card's thickness casts on the table, so touching cards still show a seam. */
    private static void shadow(BufferedImage frame, List<Point2D.Double> corners) {
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double size = corners.get(0).distance(corners.get(1));
        for (int i = 3; i >= 1; i--) {
            double offset = size * 0.002 * i;
            g.setColor(new Color(0, 0, 0, 40));
            g.fill(Quads.area(corners.stream().map(p -> new Point2D.Double(p.x + offset, p.y + offset * 1.3)).toList()));
        }
        g.dispose();
    }

    private boolean inside(Area area) {
        Area outside = new Area(area);
        outside.subtract(new Area(new Rectangle2D.Double(0, 0, tableWidth, tableHeight)));
        return outside.isEmpty();
    }

    private boolean overlapsAny(Area area) {
        return laid.stream().anyMatch(other -> Quads.overlap(other.area(), area));
    }
}

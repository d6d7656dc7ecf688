package com.collectiq.testsupport.spreads;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
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
 * A binder page photographed: a sheet of pockets (welded seams, a plastic sheen, punched holes) over a
 * dark or light backing, a card in each pocket shifted and turned a little as pockets let cards lie,
 * some pockets empty and a card upside down now and then, the sheet's glare and a reflected band, then
 * the whole page in perspective on a surface and exposed as the era renderer exposes a card.
 */
final class BinderPage {

    /** A nine-pocket page's pocket, a little larger than the card, and the welded seam between pockets. */
    private static final double POCKET_WIDTH_MM = 66.5;
    private static final double POCKET_HEIGHT_MM = 92;
    private static final double SEAM_MM = 2.4;
    private static final double MARGIN_MM = 8;
    private static final double CORNER_MM = 3;

    private BinderPage() {
    }

    /**
     * @param everyPocketFilled every pocket holds a card, upright, in good light at a good JPEG quality
     *                          (for an end-to-end test); otherwise some pockets are empty, a card may lie
     *                          upside down and the light, noise and quality are as {@link Scene#random} draws them
     */
    static SpreadPhoto render(long seed, int rows, int cols, boolean everyPocketFilled) {
        Random random = new Random(seed);
        double pageWidth = cols * POCKET_WIDTH_MM + (cols + 1) * SEAM_MM + 2 * MARGIN_MM;
        double pageHeight = rows * POCKET_HEIGHT_MM + (rows + 1) * SEAM_MM + 2 * MARGIN_MM;
        Scene scene = scene(random, everyPocketFilled);

        List<Point2D.Double> pageCorners = Photographer.placement(scene, pageWidth, pageHeight, random);
        double pageHeightPx = Math.max(pageCorners.get(0).distance(pageCorners.get(3)), pageCorners.get(1).distance(pageCorners.get(2)));
        // drawn a little sharper than it lands, as the era renderer draws a face; capped for memory and time
        double pxPerMm = Math.max(6, Math.min(14, pageHeightPx / pageHeight * 1.1));

        BufferedImage page = new BufferedImage((int) Math.round(pageWidth * pxPerMm), (int) Math.round(pageHeight * pxPerMm),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.scale(pxPerMm, pxPerMm);
        boolean darkBacking = random.nextDouble() < 0.65;
        int backing = darkBacking ? 18 + random.nextInt(30) : 190 + random.nextInt(45);
        g.setColor(new Color(backing, backing, Math.min(255, backing + 6)));
        g.fill(new Rectangle2D.Double(0, 0, pageWidth, pageHeight));

        int upsideDownPocket = !everyPocketFilled && random.nextDouble() < 0.4 ? random.nextInt(rows * cols) : -1;
        List<Pocketed> cards = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int pocket = row * cols + col;
                if (!everyPocketFilled && random.nextDouble() < 0.12) {
                    continue;
                }
                PrintedCard card = Cards.any(random);
                double pocketX = MARGIN_MM + SEAM_MM + col * (POCKET_WIDTH_MM + SEAM_MM);
                double pocketY = MARGIN_MM + SEAM_MM + row * (POCKET_HEIGHT_MM + SEAM_MM);
                // a pocket leaves the card a millimetre or two of play and a degree or two of turn
                double slackX = (POCKET_WIDTH_MM - Cards.WIDTH_MM) / 2;
                double slackY = (POCKET_HEIGHT_MM - Cards.HEIGHT_MM) / 2;
                double turn = Math.max(-2.5, Math.min(2.5, random.nextGaussian() * 1.2));
                double cx = pocketX + POCKET_WIDTH_MM / 2 + (random.nextDouble() * 2 - 1) * slackX * 0.6;
                double cy = pocketY + POCKET_HEIGHT_MM / 2 + (random.nextDouble() * 2 - 1) * slackY * 0.6;
                double degrees = turn + (pocket == upsideDownPocket ? 180 : 0);
                cards.add(new Pocketed(card, Finish.of(card), cx, cy, degrees));
                drawCard(g, cards.get(cards.size() - 1), pxPerMm, random.nextLong());
            }
        }
        sheet(g, rows, cols, pageWidth, pageHeight);
        g.dispose();

        BufferedImage frame = new BufferedImage(scene.frameWidth(), scene.frameHeight(), BufferedImage.TYPE_INT_RGB);
        Surfaces.paint(frame, scene.background(), random);
        Homography.draw(page, frame, pageCorners);
        Photographer.glare(frame, pageCorners, 1 + random.nextInt(3), pageHeightPx * 1.4, random);
        if (random.nextDouble() < 0.6) {
            Photographer.sleeveReflection(frame, pageCorners, random);
        }
        Homography toFrame = Homography.mapping(List.of(new Point2D.Double(0, 0),
                new Point2D.Double(page.getWidth() / pxPerMm, 0), new Point2D.Double(page.getWidth() / pxPerMm, page.getHeight() / pxPerMm),
                new Point2D.Double(0, page.getHeight() / pxPerMm)), pageCorners);
        List<PlacedCard> placed = new ArrayList<>();
        for (Pocketed card : cards) {
            List<Point2D.Double> corners = Cards.corners(card.cx, card.cy, card.degrees).stream()
                    .map(corner -> toFrame.apply(corner.x, corner.y)).toList();
            boolean inFrame = corners.stream().allMatch(p -> p.x >= 0 && p.y >= 0 && p.x <= frame.getWidth() && p.y <= frame.getHeight());
            placed.add(new PlacedCard(card.card, card.finish, corners, Cards.upsideDown(card.degrees), inFrame));
        }
        byte[] jpeg = Photographer.develop(frame, scene, random);
        return new SpreadPhoto(jpeg, rows == 3 ? SpreadKind.BINDER_3X3 : SpreadKind.BINDER_2X2, scene, placed);
    }

    private record Pocketed(PrintedCard card, Finish finish, double cx, double cy, double degrees) {
    }

    /** The page's photographing conditions: mostly upright, sometimes turned a quarter, leaning up to 12°. */
    private static Scene scene(Random random, boolean clean) {
        Scene drawn = Scene.random(random.nextLong());
        int[][] frames = {{4000, 3000}, {3000, 4000}, {4032, 3024}, {3024, 4032}, {3264, 2448}};
        int[] frame = frames[random.nextInt(frames.length)];
        double roll = random.nextDouble() < 0.2 ? (random.nextBoolean() ? 90 : 270) : 0;
        roll += random.nextGaussian() * 3;
        double tilt = random.nextDouble() * 12;
        return new Scene(drawn.seed(), frame[0], frame[1], 0.78 + random.nextDouble() * 0.17, (roll + 360) % 360, tilt,
                random.nextDouble() * 360, random.nextDouble(), random.nextDouble(), drawn.background(), 0, false,
                clean ? 1 : drawn.light(), clean ? 2 : drawn.noise(), false, drawn.exifOrientation(),
                clean ? 88 : Math.max(drawn.jpegQuality(), 70));
    }

    /** The card with the faint shadow its thickness casts on the backing. */
    private static void drawCard(Graphics2D g, Pocketed card, double pxPerMm, long faceSeed) {
        AffineTransform place = Cards.placement(card.cx, card.cy, card.degrees);
        Graphics2D shadow = (Graphics2D) g.create();
        shadow.transform(place);
        shadow.translate(0.35, 0.45);
        shadow.setColor(new Color(0, 0, 0, 90));
        shadow.fill(new RoundRectangle2D.Double(0, 0, Cards.WIDTH_MM, Cards.HEIGHT_MM, 2 * CORNER_MM, 2 * CORNER_MM));
        shadow.dispose();
        BufferedImage face = CardFace.draw(card.card, card.finish, pxPerMm, faceSeed);
        Graphics2D drawn = (Graphics2D) g.create();
        drawn.transform(place);
        drawn.scale(1 / pxPerMm, 1 / pxPerMm);
        drawn.drawImage(face, 0, 0, null);
        drawn.dispose();
    }

    /** The pocket sheet over it all: a faint sheen, frosted welded seams and the punched holes in its margin. */
    private static void sheet(Graphics2D g, int rows, int cols, double pageWidth, double pageHeight) {
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(new Color(255, 255, 255, 16));
        g.fill(new Rectangle2D.Double(0, 0, pageWidth, pageHeight));
        g.setColor(new Color(235, 238, 242, 70));
        for (int col = 0; col <= cols; col++) {
            double x = MARGIN_MM + col * (POCKET_WIDTH_MM + SEAM_MM);
            g.fill(new Rectangle2D.Double(x, MARGIN_MM, SEAM_MM, pageHeight - 2 * MARGIN_MM));
        }
        for (int row = 0; row <= rows; row++) {
            double y = MARGIN_MM + row * (POCKET_HEIGHT_MM + SEAM_MM);
            g.fill(new Rectangle2D.Double(MARGIN_MM, y, pageWidth - 2 * MARGIN_MM, SEAM_MM));
        }
        g.setColor(new Color(40, 40, 44));
        for (int hole = 0; hole < 3; hole++) {
            double y = pageHeight * (0.2 + 0.3 * hole);
            g.fill(new Ellipse2D.Double(MARGIN_MM / 2 - 2.5, y - 2.5, 5, 5));
        }
    }
}

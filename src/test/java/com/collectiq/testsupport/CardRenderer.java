package com.collectiq.testsupport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Draws photos of a trading card the way a phone would take them: a card with real text at a real
 * card's proportions (63 × 88 mm, laid out like a classic Pokémon card: name and HP on top, artwork,
 * the illustrator's credit under it, attacks, and number/total and copyright on the bottom edge)
 * lying on a textured table, turned, blurred, in a frame of a phone camera's size.
 *
 * <p>Text is drawn at the photo's own resolution, so what a reader sees is what the layout says,
 * with the sharpness the blur leaves. {@link RenderedCard} also knows where the card's corners are,
 * so tests can cut the card out exactly as a perfect outline detector would.
 *
 * <pre>{@code
 * RenderedCard card = CardRenderer.builder().name("Charizard").hp(120).number("4").printedTotal("102")
 *         .rotation(7).blur(1.5).frame(4000, 3000).render();
 * }</pre>
 */
public final class CardRenderer {

    /** A real card's size in millimetres. */
    public static final double CARD_WIDTH_MM = 63;
    public static final double CARD_HEIGHT_MM = 88;

    private static final Color BORDER = new Color(0xF3C623);
    private static final Color PANEL = new Color(0xF1E7D0);
    private static final Color INK = new Color(0x141414);
    private static final Color HP_RED = new Color(0xB3141B);

    private final Builder spec;

    private CardRenderer(Builder spec) {
        this.spec = spec;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What to draw. Defaults: Base Set Charizard, upright, sharp, in a 12 MP landscape frame. */
    public static final class Builder {
        private String name = "Charizard";
        private int hp = 120;
        private String number = "4";
        private String printedTotal = "102";
        private String illustrator = "Mitsuhiro Arita";
        private String copyright = "©1995, 96, 98 Nintendo, Creatures, GAMEFREAK. ©1999 Wizards.";
        private List<Attack> attacks = List.of(
                new Attack("Energy Burn", "All Energy attached to Charizard are Fire Energy.", ""),
                new Attack("Fire Spin", "Discard 2 Energy cards attached to Charizard.", "100"));
        private double rotationDegrees;
        private double blurSigma;
        private int frameWidth = 4000;
        private int frameHeight = 3000;
        private double cardShare = 0.3;
        private long seed = 1;

        public Builder name(String name) {
            this.name = Objects.requireNonNull(name);
            return this;
        }

        public Builder hp(int hp) {
            this.hp = hp;
            return this;
        }

        public Builder number(String number) {
            this.number = Objects.requireNonNull(number);
            return this;
        }

        public Builder printedTotal(String printedTotal) {
            this.printedTotal = Objects.requireNonNull(printedTotal);
            return this;
        }

        public Builder illustrator(String illustrator) {
            this.illustrator = Objects.requireNonNull(illustrator);
            return this;
        }

        public Builder copyright(String copyright) {
            this.copyright = Objects.requireNonNull(copyright);
            return this;
        }

        public Builder attacks(List<Attack> attacks) {
            this.attacks = List.copyOf(attacks);
            return this;
        }

        /** Turns the card about its centre, clockwise, in degrees. */
        public Builder rotation(double degrees) {
            this.rotationDegrees = degrees;
            return this;
        }

        /** Gaussian blur over the whole photo, sigma in the photo's pixels (0: sharp). */
        public Builder blur(double sigma) {
            if (sigma < 0) {
                throw new IllegalArgumentException("blur sigma must not be negative");
            }
            this.blurSigma = sigma;
            return this;
        }

        /** The photo's size in pixels, e.g. 4000 × 3000 for 12 MP or 2000 × 1500 for 3 MP. */
        public Builder frame(int width, int height) {
            if (width < 64 || height < 64) {
                throw new IllegalArgumentException("frame too small: " + width + " × " + height);
            }
            this.frameWidth = width;
            this.frameHeight = height;
            return this;
        }

        /** The share of the frame's area the card covers, in (0, 0.5]: a photo, not a scan. */
        public Builder cardShare(double share) {
            if (!(share > 0 && share <= 0.5)) {
                throw new IllegalArgumentException("card share must be in (0, 0.5]: " + share);
            }
            this.cardShare = share;
            return this;
        }

        /** Seeds the table texture and the artwork, so each photo is repeatable. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public RenderedCard render() {
            return new CardRenderer(this).draw();
        }
    }

    /** One attack line: its name, its text and its damage (may be empty). */
    public record Attack(String name, String text, String damage) {
    }

    private RenderedCard draw() {
        BufferedImage photo = new BufferedImage(spec.frameWidth, spec.frameHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Random random = new Random(spec.seed);
        drawTable(g, random);

        double pixelsPerMm = Math.sqrt(spec.cardShare * spec.frameWidth * spec.frameHeight
                / (CARD_WIDTH_MM * CARD_HEIGHT_MM));
        AffineTransform cardToPhoto = new AffineTransform();
        cardToPhoto.translate(spec.frameWidth / 2.0, spec.frameHeight / 2.0);
        cardToPhoto.rotate(Math.toRadians(spec.rotationDegrees));
        cardToPhoto.scale(pixelsPerMm, pixelsPerMm);
        cardToPhoto.translate(-CARD_WIDTH_MM / 2, -CARD_HEIGHT_MM / 2);

        AffineTransform before = g.getTransform();
        g.transform(cardToPhoto);
        drawCard(g, random);
        g.setTransform(before);
        g.dispose();

        BufferedImage finished = spec.blurSigma > 0 ? gaussianBlur(photo, spec.blurSigma) : photo;
        return new RenderedCard(finished, corners(cardToPhoto), pixelsPerMm);
    }

    private void drawTable(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x6B4A2F), spec.frameWidth, spec.frameHeight, new Color(0x4E3421)));
        g.fillRect(0, 0, spec.frameWidth, spec.frameHeight);
        // wood-like grain: long faint streaks, so the card's edge has something to stand out from
        g.setStroke(new BasicStroke(Math.max(1, spec.frameHeight / 600f)));
        for (int i = 0; i < 120; i++) {
            int shade = 60 + random.nextInt(50);
            g.setColor(new Color(shade + 30, shade + 10, shade - 10 < 0 ? 0 : shade - 10, 90));
            int y = random.nextInt(spec.frameHeight);
            g.drawLine(0, y, spec.frameWidth, y + random.nextInt(spec.frameHeight / 10 + 1) - spec.frameHeight / 20);
        }
    }

    /** Draws the card in millimetres, (0, 0) at its top-left corner. */
    private void drawCard(Graphics2D g, Random random) {
        g.setColor(BORDER);
        g.fill(new RoundRectangle2D.Double(0, 0, CARD_WIDTH_MM, CARD_HEIGHT_MM, 6, 6));
        g.setColor(PANEL);
        g.fill(new RoundRectangle2D.Double(3, 3, CARD_WIDTH_MM - 6, CARD_HEIGHT_MM - 7, 2, 2));

        g.setColor(INK);
        text(g, spec.name, Font.BOLD, 4.6, 5.5, 9.6);
        g.setColor(HP_RED);
        rightAligned(g, spec.hp + " HP", Font.BOLD, 3.6, 57.5, 9.6);

        drawArtwork(g, random);
        g.setColor(INK);
        text(g, "Illus. " + spec.illustrator, Font.ITALIC, 1.8, 8, 50.6);

        double baseline = 58;
        for (Attack attack : spec.attacks) {
            text(g, attack.name(), Font.BOLD, 3.0, 15, baseline);
            rightAligned(g, attack.damage(), Font.BOLD, 3.4, 57, baseline);
            text(g, attack.text(), Font.PLAIN, 2.1, 8, baseline + 3.6);
            baseline += 9;
        }
        text(g, "weakness          resistance          retreat cost", Font.PLAIN, 1.5, 8, 79.5);

        text(g, spec.copyright, Font.PLAIN, 1.15, 5, 86.4);
        rightAligned(g, spec.number + "/" + spec.printedTotal, Font.BOLD, 1.7, 55.5, 86.4);
        star(g, 57.2, 85.8, 0.8);
    }

    private static void drawArtwork(Graphics2D g, Random random) {
        g.setColor(new Color(0x8C8C8C));
        g.fill(new Rectangle2D.Double(6.6, 11.1, 49.8, 37.3));
        g.setPaint(new GradientPaint(7, 11.5f, new Color(0xF2A541), 56, 48, new Color(0xB0321E)));
        g.fill(new Rectangle2D.Double(7, 11.5, 49, 36.5));
        // shapes instead of a dragon: colour and edges in the artwork, no text
        for (int i = 0; i < 14; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            double size = 3 + random.nextDouble() * 10;
            g.fill(new Ellipse2D.Double(7 + random.nextDouble() * (49 - size),
                    11.5 + random.nextDouble() * (36.5 - size), size, size));
        }
    }

    private static void star(Graphics2D g, double cx, double cy, double radius) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.45;
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(angle);
            double y = cy - r * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        g.setColor(INK);
        g.fill(path);
    }

    private static void text(Graphics2D g, String text, int style, double sizeMm, double x, double baseline) {
        if (!text.isEmpty()) {
            g.setFont(font(style, sizeMm));
            g.drawString(text, (float) x, (float) baseline);
        }
    }

    private static void rightAligned(Graphics2D g, String text, int style, double sizeMm, double right, double baseline) {
        if (!text.isEmpty()) {
            g.setFont(font(style, sizeMm));
            double width = g.getFont().getStringBounds(text, g.getFontRenderContext()).getWidth();
            g.drawString(text, (float) (right - width), (float) baseline);
        }
    }

    /** A font {@code sizeMm} tall in card millimetres (the transform in force scales it to pixels). */
    private static Font font(int style, double sizeMm) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) sizeMm);
    }

    private static List<Point2D> corners(AffineTransform cardToPhoto) {
        List<Point2D> corners = new ArrayList<>();
        for (double[] corner : new double[][] {{0, 0}, {CARD_WIDTH_MM, 0}, {CARD_WIDTH_MM, CARD_HEIGHT_MM}, {0, CARD_HEIGHT_MM}}) {
            corners.add(cardToPhoto.transform(new Point2D.Double(corner[0], corner[1]), null));
        }
        return List.copyOf(corners);
    }

    /** A separable Gaussian: two one-dimensional passes, so a 12 MP photo blurs in well under a second. */
    private static BufferedImage gaussianBlur(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        float[] weights = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            weights[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += weights[i + radius];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        BufferedImage horizontal = new ConvolveOp(new Kernel(weights.length, 1, weights), ConvolveOp.EDGE_NO_OP, null)
                .filter(image, null);
        return new ConvolveOp(new Kernel(1, weights.length, weights), ConvolveOp.EDGE_NO_OP, null).filter(horizontal, null);
    }
}

package com.collectiq.testsupport.eras;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/** Invented illustrations, holofoil and the printed symbols (set, rarity, energy), drawn from a seed. */
final class Artwork {

    private Artwork() {
    }

    /** A scene with a creature in it, filling the box; busy enough that OCR meets shapes that are not text. */
    static void illustration(Canvas canvas, Rectangle2D box, Palette type, Random random) {
        Graphics2D g = canvas.graphics();
        Shape savedClip = g.getClip();
        g.clip(box);
        Color sky = Color.getHSBColor(random.nextFloat(), 0.25f + 0.3f * random.nextFloat(), 0.75f + 0.2f * random.nextFloat());
        g.setPaint(new GradientPaint((float) box.getX(), (float) box.getY(), sky,
                (float) box.getX(), (float) box.getMaxY(), type.pale));
        g.fill(box);
        for (int hill = 0; hill < 3; hill++) {
            double y = box.getY() + box.getHeight() * (0.55 + 0.15 * hill);
            Path2D ground = new Path2D.Double();
            ground.moveTo(box.getX(), box.getMaxY());
            for (int i = 0; i <= 8; i++) {
                ground.lineTo(box.getX() + box.getWidth() * i / 8, y + (random.nextDouble() - 0.5) * box.getHeight() * 0.12);
            }
            ground.lineTo(box.getMaxX(), box.getMaxY());
            ground.closePath();
            canvas.fill(ground, Color.getHSBColor(0.2f + 0.2f * random.nextFloat(), 0.4f, 0.35f + 0.15f * hill));
        }
        for (int i = 0; i < 6; i++) {
            double r = box.getWidth() * (0.03 + 0.05 * random.nextDouble());
            canvas.circle(box.getX() + random.nextDouble() * box.getWidth(),
                    box.getY() + random.nextDouble() * box.getHeight() * 0.5, r, new Color(255, 255, 255, 120));
        }
        creature(canvas, box, type, random);
        g.setClip(savedClip);
    }

    private static void creature(Canvas canvas, Rectangle2D box, Palette type, Random random) {
        double cx = box.getCenterX() + (random.nextDouble() - 0.5) * box.getWidth() * 0.3;
        double cy = box.getCenterY() + box.getHeight() * 0.08;
        double body = Math.min(box.getWidth(), box.getHeight()) * (0.22 + 0.08 * random.nextDouble());
        Color skin = type.strong;
        Color outline = skin.darker().darker();
        Ellipse2D torso = new Ellipse2D.Double(cx - body, cy - body * 0.8, body * 2, body * 1.7);
        canvas.fill(torso, skin);
        canvas.stroke(torso, outline, 0.3);
        double head = body * 0.7;
        Ellipse2D face = new Ellipse2D.Double(cx - head, cy - body * 0.8 - head * 1.4, head * 2, head * 1.8);
        canvas.fill(face, skin.brighter());
        canvas.stroke(face, outline, 0.3);
        for (int side = -1; side <= 1; side += 2) {
            canvas.circle(cx + side * head * 0.4, cy - body * 0.8 - head * 0.6, head * 0.18, Color.WHITE);
            canvas.circle(cx + side * head * 0.4, cy - body * 0.8 - head * 0.6, head * 0.09, Color.BLACK);
            GeneralPath ear = new GeneralPath();
            ear.moveTo(cx + side * head * 0.5, cy - body * 0.8 - head * 1.2);
            ear.lineTo(cx + side * head * (1.1 + 0.4 * random.nextDouble()), cy - body * 0.8 - head * (2.0 + 0.6 * random.nextDouble()));
            ear.lineTo(cx + side * head * 0.9, cy - body * 0.8 - head * 0.9);
            ear.closePath();
            canvas.fill(ear, skin);
            canvas.stroke(ear, outline, 0.3);
        }
    }

    /** The foil: a starry, rainbow sheen over the art box, as holo rares print it. */
    static void holofoil(Canvas canvas, Rectangle2D box, Random random) {
        Graphics2D g = canvas.graphics();
        Shape savedClip = g.getClip();
        g.clip(box);
        for (int band = 0; band < 9; band++) {
            float hue = band / 9f + random.nextFloat() * 0.05f;
            Color c = Color.getHSBColor(hue, 0.6f, 1f);
            double x = box.getX() + (band - 2) * box.getWidth() / 5;
            Path2D stripe = new Path2D.Double();
            stripe.moveTo(x, box.getY());
            stripe.lineTo(x + box.getWidth() / 6, box.getY());
            stripe.lineTo(x + box.getWidth() / 6 + box.getHeight() * 0.6, box.getMaxY());
            stripe.lineTo(x + box.getHeight() * 0.6, box.getMaxY());
            stripe.closePath();
            canvas.fill(stripe, new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
        }
        for (int i = 0; i < 60; i++) {
            star(canvas, box.getX() + random.nextDouble() * box.getWidth(),
                    box.getY() + random.nextDouble() * box.getHeight(), 0.3 + random.nextDouble() * 0.7,
                    new Color(255, 255, 255, 150));
        }
        g.setClip(savedClip);
    }

    static void star(Canvas canvas, double cx, double cy, double r, Color color) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double reach = i % 2 == 0 ? r : r * 0.45;
            double x = cx + Math.cos(angle) * reach;
            double y = cy - Math.sin(angle) * reach;
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        canvas.fill(star, color);
    }

    /** An energy symbol: a disc of the type's colour with a simple white mark. */
    static void energy(Canvas canvas, double cx, double cy, double r, Palette type) {
        canvas.circle(cx, cy, r, type.strong);
        canvas.stroke(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), new Color(40, 40, 40), r * 0.12);
        Color mark = type == Palette.COLORLESS ? Color.DARK_GRAY : Color.WHITE;
        switch (type) {
            case FIRE, GRASS -> {
                Path2D drop = new Path2D.Double();
                drop.moveTo(cx, cy - r * 0.65);
                drop.quadTo(cx + r * 0.6, cy + r * 0.1, cx, cy + r * 0.55);
                drop.quadTo(cx - r * 0.6, cy + r * 0.1, cx, cy - r * 0.65);
                canvas.fill(drop, mark);
            }
            case LIGHTNING -> {
                Path2D bolt = new Path2D.Double();
                bolt.moveTo(cx + r * 0.1, cy - r * 0.7);
                bolt.lineTo(cx - r * 0.35, cy + r * 0.1);
                bolt.lineTo(cx, cy + r * 0.05);
                bolt.lineTo(cx - r * 0.1, cy + r * 0.7);
                bolt.lineTo(cx + r * 0.35, cy - r * 0.1);
                bolt.lineTo(cx, cy - r * 0.05);
                bolt.closePath();
                canvas.fill(bolt, mark);
            }
            case COLORLESS -> star(canvas, cx, cy, r * 0.65, mark);
            default -> canvas.circle(cx, cy, r * 0.4, mark);
        }
    }

    /** A set's expansion symbol: a simple shape chosen from the set's id, black on a white rim. */
    static void setSymbol(Canvas canvas, double cx, double cy, double size, String setId) {
        int shape = Math.floorMod(setId.hashCode(), 5);
        double r = size / 2;
        Shape outer = switch (shape) {
            case 0 -> new Ellipse2D.Double(cx - r, cy - r, size, size);
            case 1 -> polygon(cx, cy, r, 4, Math.PI / 4);
            case 2 -> polygon(cx, cy, r, 6, 0);
            case 3 -> polygon(cx, cy, r, 3, Math.PI / 2);
            default -> polygon(cx, cy, r, 4, 0);
        };
        canvas.stroke(outer, Color.WHITE, size * 0.25);
        canvas.fill(outer, new Color(25, 25, 25));
        canvas.fill(polygon(cx, cy, r * 0.45, 3 + Math.floorMod(setId.hashCode() / 5, 4), 0.3), Color.WHITE);
    }

    /** The rarity mark: circle, diamond or star(s) as the cards print them. */
    static void rarity(Canvas canvas, double x, double cy, double size, String rarity, Color ink) {
        double r = size / 2;
        if (rarity.equals("Common")) {
            canvas.circle(x + r, cy, r * 0.8, ink);
        } else if (rarity.equals("Uncommon")) {
            canvas.fill(polygon(x + r, cy, r * 0.9, 4, Math.PI / 2), ink);
        } else if (!rarity.isEmpty()) {
            int stars = rarity.contains("Double") || rarity.contains("Ultra") || rarity.contains("Special") ? 2 : 1;
            Color starInk = rarity.contains("Illustration") || rarity.contains("Hyper") || rarity.contains("Secret")
                    ? new Color(0xC9A227) : ink;
            for (int i = 0; i < stars; i++) {
                star(canvas, x + r + i * size * 0.9, cy, r, starInk);
            }
        }
    }

    static Path2D polygon(double cx, double cy, double r, int corners, double turn) {
        Path2D polygon = new Path2D.Double();
        for (int i = 0; i < corners; i++) {
            double angle = turn + i * 2 * Math.PI / corners;
            double x = cx + Math.cos(angle) * r;
            double y = cy - Math.sin(angle) * r;
            if (i == 0) {
                polygon.moveTo(x, y);
            } else {
                polygon.lineTo(x, y);
            }
        }
        polygon.closePath();
        return polygon;
    }
}

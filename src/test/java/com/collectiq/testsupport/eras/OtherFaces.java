package com.collectiq.testsupport.eras;

import com.collectiq.testsupport.eras.Canvas.Align;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Photos that must not be given a catalog id: a card's blank back, and a card of another game
 * (with a name, a collector number "042/280" and rules text, so a reader sees text that looks like a card's).
 */
public final class OtherFaces {

    private static final Color INK = new Color(0x161616);

    private OtherFaces() {
    }

    /** The back of a card: blue swirls around an emblem, no text at all. */
    public static Photo cardBack(Scene scene) {
        return Photographer.shoot(OtherFaces::back, null, scene);
    }

    /** A card of a fantasy game we do not catalogue. */
    public static Photo otherGame(Scene scene) {
        return Photographer.shoot(pxPerMm -> otherGameFace(pxPerMm, scene.seed()), null, scene);
    }

    static BufferedImage back(double pxPerMm) {
        BufferedImage image = blank(pxPerMm);
        Canvas canvas = new Canvas(image, pxPerMm);
        clip(canvas);
        canvas.rect(0, 0, CardFace.WIDTH_MM, CardFace.HEIGHT_MM, new Color(0x1F4E9C));
        canvas.rect(3, 3, CardFace.WIDTH_MM - 6, CardFace.HEIGHT_MM - 6, new Color(0x2F6FC9));
        for (int ring = 12; ring > 0; ring--) {
            double r = ring * 4.2;
            canvas.stroke(new Ellipse2D.Double(CardFace.WIDTH_MM / 2 - r * 0.8, CardFace.HEIGHT_MM / 2 - r, r * 1.6, r * 2),
                    ring % 2 == 0 ? new Color(0x4A8BE0) : new Color(0x245BB0), 1.6);
        }
        canvas.circle(CardFace.WIDTH_MM / 2, CardFace.HEIGHT_MM / 2, 13, new Color(0xD8342C));
        canvas.rect(CardFace.WIDTH_MM / 2 - 13, CardFace.HEIGHT_MM / 2, 26, 13, Color.WHITE);
        canvas.rect(CardFace.WIDTH_MM / 2 - 13, CardFace.HEIGHT_MM / 2 - 1, 26, 2, INK);
        canvas.circle(CardFace.WIDTH_MM / 2, CardFace.HEIGHT_MM / 2, 3.5, INK);
        canvas.circle(CardFace.WIDTH_MM / 2, CardFace.HEIGHT_MM / 2, 2.3, Color.WHITE);
        canvas.dispose();
        return image;
    }

    static BufferedImage otherGameFace(double pxPerMm, long seed) {
        Random random = new Random(seed);
        BufferedImage image = blank(pxPerMm);
        Canvas canvas = new Canvas(image, pxPerMm);
        clip(canvas);
        canvas.rect(0, 0, CardFace.WIDTH_MM, CardFace.HEIGHT_MM, INK);
        canvas.roundRect(3, 3, CardFace.WIDTH_MM - 6, CardFace.HEIGHT_MM - 6, 1, new Color(0xC9B79C));
        canvas.roundRect(4, 4.5, CardFace.WIDTH_MM - 8, 6, 1, new Color(0xE8DCC6));
        canvas.text("Emberwing Drake", EraFonts.SERIF_ITALIC, 3.6, 5.5, 9, INK, Align.LEFT);
        for (int gem = 0; gem < 3; gem++) {
            canvas.circle(CardFace.WIDTH_MM - 7 - gem * 3.4, 7.5, 1.4, new Color(0xB3261E));
        }
        Artwork.illustration(canvas, new Rectangle2D.Double(5, 11.5, CardFace.WIDTH_MM - 10, 37), Palette.FIRE, random);
        canvas.roundRect(4, 49.5, CardFace.WIDTH_MM - 8, 5, 1, new Color(0xE8DCC6));
        canvas.text("Creature — Dragon", EraFonts.SANS_BOLD, 2.6, 5.5, 53, INK, Align.LEFT);
        canvas.rect(5, 56, CardFace.WIDTH_MM - 10, 20, new Color(0xF1EAD8));
        double y = canvas.paragraph("Flying, haste. When Emberwing Drake enters the battlefield, it deals 2 damage to any target.",
                EraFonts.SANS, 2.1, 6.5, 59.5, CardFace.WIDTH_MM - 13, INK);
        canvas.paragraph("The sky over the ridge burned for a week after it passed.", EraFonts.SERIF_ITALIC, 1.9, 6.5, y + 1,
                CardFace.WIDTH_MM - 13, INK);
        canvas.roundRect(CardFace.WIDTH_MM - 16, 76.5, 11, 5, 1, new Color(0xE8DCC6));
        canvas.text("4/4", EraFonts.SANS_BOLD, 3.2, CardFace.WIDTH_MM - 10.5, 80.4, INK, Align.CENTER);
        canvas.text("042/280 R", EraFonts.SANS_BOLD, 1.6, 5, 84.3, Color.WHITE, Align.LEFT);
        canvas.text("DRK • EN   Illus. Rowan Vale", EraFonts.SANS, 1.4, 5, 86.3, Color.WHITE, Align.LEFT);
        canvas.dispose();
        return image;
    }

    private static BufferedImage blank(double pxPerMm) {
        return new BufferedImage((int) Math.round(CardFace.WIDTH_MM * pxPerMm),
                (int) Math.round(CardFace.HEIGHT_MM * pxPerMm), BufferedImage.TYPE_INT_ARGB);
    }

    private static void clip(Canvas canvas) {
        canvas.graphics().clip(new RoundRectangle2D.Double(0, 0, CardFace.WIDTH_MM, CardFace.HEIGHT_MM, 6, 6));
    }
}

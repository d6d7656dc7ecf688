package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas;
import com.collectiq.testsupport.eras.CardFace;
import com.collectiq.testsupport.eras.Finish;
import com.collectiq.testsupport.eras.PrintedCard;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a whole graded slab, seen from the front: the clear case (mostly see-through, so the surface
 * it lies on shows through it), its raised rim catching the light, the label under the top of the case,
 * the well with the card in it, and the insert where a grader's case has one.
 */
public final class SlabFace {

    /** The slab's picture (transparent where the case is clear) and every text its label printed. */
    public record Drawing(BufferedImage image, List<String> labelText) {
    }

    private SlabFace() {
    }

    public static Drawing draw(SlabLabel label, PrintedCard card, Finish finish, double pxPerMm, long seed) {
        Grader grader = label.grader();
        SlabGeometry geometry = SlabGeometry.of(grader);
        BufferedImage image = new BufferedImage((int) Math.round(geometry.width() * pxPerMm),
                (int) Math.round(geometry.height() * pxPerMm), BufferedImage.TYPE_INT_ARGB);
        Canvas canvas = new Canvas(image, pxPerMm);
        RoundRectangle2D outline = rounded(new Rectangle2D.Double(0, 0, geometry.width(), geometry.height()),
                geometry.cornerRadius());
        canvas.graphics().clip(outline);
        // the plastic is clear but not invisible: a faint cool haze over whatever lies beneath
        canvas.fill(outline, new Color(232, 238, 245, 30));
        insert(canvas, grader, geometry);
        well(canvas, geometry);
        cardShadow(canvas, geometry.card());
        placeCard(canvas, CardFace.draw(card, finish, pxPerMm, seed), geometry.card(), pxPerMm);
        List<String> text = label(canvas, label, geometry);
        rim(canvas, geometry, outline);
        canvas.dispose();
        return new Drawing(image, text);
    }

    /** Where the certificate number is printed, in the case's millimetres. */
    public static Rectangle2D certBox(SlabLabel label) {
        Rectangle2D area = SlabGeometry.of(label.grader()).label();
        Rectangle2D box = LabelArt.of(label.grader()).cert(label, area.getWidth(), area.getHeight()).bounds();
        return new Rectangle2D.Double(box.getX() + area.getX(), box.getY() + area.getY(), box.getWidth(), box.getHeight());
    }

    /** SGC's black "tuxedo" insert framing the card; Beckett's inner sleeve around it. */
    private static void insert(Canvas canvas, Grader grader, SlabGeometry geometry) {
        Rectangle2D well = geometry.well();
        if (grader == Grader.SGC) {
            double top = geometry.label().getMaxY() + 2.5;
            Rectangle2D tuxedo = new Rectangle2D.Double(geometry.rim() + 1, top, geometry.width() - 2 * geometry.rim() - 2,
                    geometry.height() - top - geometry.rim() - 1);
            canvas.fill(rounded(tuxedo, 2), new Color(0x121214));
        } else if (grader == Grader.BGS) {
            Rectangle2D sleeve = grown(well, 1.6);
            canvas.fill(rounded(sleeve, 1), new Color(255, 255, 255, 26));
            canvas.stroke(rounded(sleeve, 1), new Color(255, 255, 255, 90), 0.3);
        }
    }

    /** The recess the card lies in: a bright bevel on its inner edge and a shadowed outer one. */
    private static void well(Canvas canvas, SlabGeometry geometry) {
        Rectangle2D well = geometry.well();
        canvas.stroke(rounded(grown(well, 0.45), 2.6), new Color(10, 10, 15, 70), 0.4);
        canvas.stroke(rounded(well, 2.2), new Color(255, 255, 255, 120), 0.45);
        // the ridge that parts the label's compartment from the card's
        double ridge = (geometry.label().getMaxY() + well.getY()) / 2;
        canvas.rect(geometry.rim(), ridge, geometry.width() - 2 * geometry.rim(), 0.5, new Color(255, 255, 255, 95));
        canvas.rect(geometry.rim(), ridge + 0.5, geometry.width() - 2 * geometry.rim(), 0.4, new Color(0, 0, 0, 55));
    }

    /** The card lies a little above the case's back: a soft shadow shows around it through the plastic. */
    private static void cardShadow(Canvas canvas, Rectangle2D card) {
        Rectangle2D cast = new Rectangle2D.Double(card.getX() + 0.5, card.getY() + 0.8, card.getWidth(), card.getHeight());
        for (double spread = 1.2; spread > 0; spread -= 0.3) {
            canvas.fill(rounded(grown(cast, spread), 3 + spread), new Color(0, 0, 0, 22));
        }
    }

    private static void placeCard(Canvas canvas, BufferedImage face, Rectangle2D at, double pxPerMm) {
        AffineTransform place = AffineTransform.getTranslateInstance(at.getX(), at.getY());
        place.scale(1 / pxPerMm, 1 / pxPerMm);
        canvas.graphics().drawImage(face, place, null);
    }

    private static List<String> label(Canvas canvas, SlabLabel label, SlabGeometry geometry) {
        Rectangle2D area = geometry.label();
        Graphics2D g = canvas.graphics();
        AffineTransform saved = g.getTransform();
        Shape clip = g.getClip();
        g.translate(area.getX(), area.getY());
        g.clip(new RoundRectangle2D.Double(0, 0, area.getWidth(), area.getHeight(), 1.2, 1.2));
        LabelPen pen = new LabelPen(canvas);
        LabelArt.of(label.grader()).draw(pen, label, area.getWidth(), area.getHeight());
        g.setTransform(saved);
        g.setClip(clip);
        // the label's compartment: its edge shows as a thin dark line with a bright one inside the plastic
        canvas.stroke(rounded(grown(area, 0.5), 1), new Color(0, 0, 0, 70), 0.35);
        canvas.stroke(rounded(grown(area, 1.0), 1.4), new Color(255, 255, 255, 110), 0.35);
        return pen.written();
    }

    /**
     * The raised rim: a frosted band along the edge, dark where the plastic's edge bends the light
     * away, a bright bevel inside it, and a specular line along the top and left edges.
     */
    private static void rim(Canvas canvas, SlabGeometry geometry, RoundRectangle2D outline) {
        double rim = geometry.rim();
        RoundRectangle2D inner = rounded(new Rectangle2D.Double(rim, rim, geometry.width() - 2 * rim,
                geometry.height() - 2 * rim), Math.max(0.5, geometry.cornerRadius() - rim / 2));
        Area band = new Area(outline);
        band.subtract(new Area(inner));
        canvas.fill(band, new Color(240, 244, 250, 70));
        canvas.stroke(rounded(grown(new Rectangle2D.Double(0, 0, geometry.width(), geometry.height()), -0.25),
                geometry.cornerRadius()), new Color(15, 15, 20, 150), 0.5);
        canvas.stroke(rounded(grown(new Rectangle2D.Double(0, 0, geometry.width(), geometry.height()), -0.9),
                geometry.cornerRadius() - 0.6), new Color(255, 255, 255, 170), 0.4);
        canvas.stroke(inner, new Color(255, 255, 255, 130), 0.35);
        canvas.stroke(rounded(grown(inner.getBounds2D(), 0.4), inner.getArcWidth() / 2 + 0.4), new Color(0, 0, 0, 60), 0.3);
        canvas.rect(geometry.cornerRadius(), 1.5, geometry.width() * 0.55, 0.35, new Color(255, 255, 255, 200));
        canvas.rect(1.5, geometry.cornerRadius(), 0.35, geometry.height() * 0.4, new Color(255, 255, 255, 160));
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    private static RoundRectangle2D rounded(Rectangle2D r, double radius) {
        return new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 2 * radius, 2 * radius);
    }
}

package com.collectiq.testsupport.spreads;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.collectiq.testsupport.eras.CardFace;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PrintedCard;

/** The card geometry and the card picks both renderers share. */
final class Cards {

    static final double WIDTH_MM = CardFace.WIDTH_MM;
    static final double HEIGHT_MM = CardFace.HEIGHT_MM;

    private static final EraCatalog CATALOG = EraCatalog.bundled();

    private Cards() {
    }

    /** A card of the bundled data, any era. */
    static PrintedCard any(Random random) {
        return CATALOG.cards().get(random.nextInt(CATALOG.cards().size()));
    }

    /**
     * A card's printed corners (top-left, top-right, bottom-right, bottom-left) once it is turned by
     * {@code degrees} clockwise about its centre and the centre put at (cx, cy); all in millimetres.
     */
    static List<Point2D.Double> corners(double cx, double cy, double degrees) {
        AffineTransform place = placement(cx, cy, degrees);
        List<Point2D.Double> corners = new ArrayList<>();
        for (double[] c : new double[][] {{0, 0}, {WIDTH_MM, 0}, {WIDTH_MM, HEIGHT_MM}, {0, HEIGHT_MM}}) {
            Point2D.Double p = new Point2D.Double();
            place.transform(new Point2D.Double(c[0], c[1]), p);
            corners.add(p);
        }
        return corners;
    }

    /** The transform taking the face's millimetres (origin at its top-left) to where it lies. */
    static AffineTransform placement(double cx, double cy, double degrees) {
        AffineTransform place = new AffineTransform();
        place.translate(cx, cy);
        place.rotate(Math.toRadians(degrees));
        place.translate(-WIDTH_MM / 2, -HEIGHT_MM / 2);
        return place;
    }

    /** Turned by more than a quarter turn from upright either way: its print reads upside down. */
    static boolean upsideDown(double degrees) {
        double turn = ((degrees % 360) + 360) % 360;
        return turn > 90 && turn < 270;
    }
}

package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.CardFace;
import java.awt.geom.Rectangle2D;

/**
 * Where things sit in a grader's case, in millimetres from the case's top left: the label under the
 * top of the case, the well the card lies in, and the card, centred in the well.
 *
 * @param cornerRadius the case's rounded corners
 * @param rim how far the raised rim reaches in from the edge
 */
public record SlabGeometry(double width, double height, double cornerRadius, double rim, Rectangle2D label,
                           Rectangle2D well, Rectangle2D card) {

    public static SlabGeometry of(Grader grader) {
        double w = grader.widthMm();
        double h = grader.heightMm();
        double labelTop = 5;
        double labelHeight = switch (grader) {
            case PSA, SGC -> 22;
            case BGS -> 25;
            case CGC, ACE -> 23;
            case TAG -> 24;
        };
        double labelInset = grader == Grader.PSA ? 4.5 : 5;
        Rectangle2D label = new Rectangle2D.Double(labelInset, labelTop, w - 2 * labelInset, labelHeight);
        // the card sits in the space left below the label, a little below its middle as real cases hold it
        double below = labelTop + labelHeight;
        double cardTop = below + (h - below - CardFace.HEIGHT_MM) * 0.55;
        Rectangle2D card = new Rectangle2D.Double((w - CardFace.WIDTH_MM) / 2, cardTop, CardFace.WIDTH_MM, CardFace.HEIGHT_MM);
        double wellMargin = grader == Grader.SGC ? 1.2 : 2.2;
        Rectangle2D well = new Rectangle2D.Double(card.getX() - wellMargin, card.getY() - wellMargin,
                card.getWidth() + 2 * wellMargin, card.getHeight() + 2 * wellMargin);
        return new SlabGeometry(w, h, grader == Grader.PSA ? 4 : 5, 3, label, well, card);
    }
}

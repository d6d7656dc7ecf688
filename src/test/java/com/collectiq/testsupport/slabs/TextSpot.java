package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas.Align;
import com.collectiq.testsupport.eras.EraFonts;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;

/** A line of text on a label, in millimetres: where it is printed, so it can be both drawn and located. */
record TextSpot(String text, EraFonts font, double size, double x, double baseline, Align align) {

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** The box the text's ink fills, from its cap height to a little below the baseline. */
    Rectangle2D bounds() {
        double width = text.isEmpty() ? 0 : new TextLayout(text, font.font((float) size), MEASURE).getAdvance();
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        return new Rectangle2D.Double(left, baseline - 0.74 * size, width, 0.74 * size + 0.05 * size);
    }
}

package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas.Align;
import com.collectiq.testsupport.eras.EraFonts;
import java.awt.Color;
import java.util.Locale;

/**
 * SGC's black "tuxedo" label as it is publicly described: white capitals on black, the grader's name
 * at the top left, year and set then number and name, the grade words and the grade large at the right
 * (in gold on a pristine 10), the cert number and a barcode along the bottom.
 */
final class SgcLabel implements LabelArt {

    private static final Color BLACK = new Color(0x0F0F10);
    private static final Color WHITE = new Color(0xF4F4F2);
    private static final Color GOLD = new Color(0xD8B45C);
    private static final double MARGIN = 3;

    @Override
    public void draw(LabelPen pen, SlabLabel label, double width, double height) {
        pen.canvas().rect(0, 0, width, height, BLACK);
        pen.canvas().rect(0.8, 0.8, width - 1.6, 0.25, new Color(0x5A5A5C));
        pen.write(label.grader().printedName(), EraFonts.SANS_BOLD, 3.6, MARGIN, 5.0, WHITE, Align.LEFT);
        LabelCard card = label.card();
        double describe = width - 2 * MARGIN - 24;
        pen.write(card.year() + " POKEMON " + card.set().toUpperCase(Locale.ROOT), EraFonts.SANS_BOLD, 2.4, MARGIN, 9.3,
                WHITE, Align.LEFT, describe);
        pen.write(("#" + card.number() + " " + card.name().toUpperCase(Locale.ROOT) + " " + card.variant()).trim(),
                EraFonts.SANS_BOLD, 2.4, MARGIN, 12.7, WHITE, Align.LEFT, describe);
        TextSpot cert = cert(label, width, height);
        pen.write(cert, WHITE);
        double barcodeLeft = cert.bounds().getMaxX() + 2;
        pen.barcode(barcodeLeft, height - 5.0, width - 26 - barcodeLeft, 2.8, label.certNumber(), WHITE);
        Color grade = "PRISTINE".equals(label.qualifier()) ? GOLD : WHITE;
        double right = width - MARGIN;
        pen.write(label.qualifier(), EraFonts.SANS_BOLD, 2.6, right, 5.2, grade, Align.RIGHT, 22);
        if (label.grade() != null) {
            pen.write(label.grade(), EraFonts.SANS_BOLD, 10, right, 17.6, grade, Align.RIGHT);
        }
    }

    @Override
    public TextSpot cert(SlabLabel label, double width, double height) {
        return new TextSpot(label.certNumber(), EraFonts.SANS_BOLD, 2.4, MARGIN, height - 2.2, Align.LEFT);
    }
}

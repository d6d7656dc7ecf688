package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas.Align;
import com.collectiq.testsupport.eras.EraFonts;
import java.awt.Color;
import java.util.Locale;

/**
 * PSA's label as it is publicly described: white with a red frame; the description in capitals on
 * the left (year and set, then name and variant), the card number, grade words and the grade on the
 * right, the certificate number and a barcode along the bottom.
 */
final class PsaLabel implements LabelArt {

    private static final Color RED = new Color(0xC4161C);
    private static final Color INK = new Color(0x141414);
    private static final double MARGIN = 3;

    @Override
    public void draw(LabelPen pen, SlabLabel label, double width, double height) {
        pen.canvas().rect(0, 0, width, height, RED);
        pen.canvas().rect(1.2, 1.2, width - 2.4, height - 2.4, new Color(0xFCFCFA));
        LabelCard card = label.card();
        double right = width - MARGIN;
        double describe = width - 2 * MARGIN - 26;
        pen.write(card.year() + " POKEMON " + card.set().toUpperCase(Locale.ROOT), EraFonts.SANS_BOLD, 2.5, MARGIN, 5.6, INK,
                Align.LEFT, describe);
        String name = card.name().toUpperCase(Locale.ROOT);
        boolean holo = card.variant().equals("HOLO");
        pen.write(holo ? name + "-HOLO" : name, EraFonts.SANS_BOLD, 2.5, MARGIN, 9.2, INK, Align.LEFT, describe);
        if (!holo) {
            pen.write(card.variant(), EraFonts.SANS_BOLD, 2.5, MARGIN, 12.8, INK, Align.LEFT, describe);
        }
        pen.write("#" + card.number(), EraFonts.SANS_BOLD, 2.5, right, 5.6, INK, Align.RIGHT);
        String words = label.psaQualifier() == null ? label.qualifier() : label.qualifier() + " (" + label.psaQualifier() + ")";
        pen.write(words, EraFonts.SANS_BOLD, 2.5, right, 9.2, INK, Align.RIGHT, 25);
        if (label.grade() != null) {
            pen.write(label.grade(), EraFonts.SANS_BOLD, 5, right, 15.2, INK, Align.RIGHT);
        }
        TextSpot cert = cert(label, width, height);
        pen.write(cert, INK);
        double barcodeLeft = cert.bounds().getMaxX() + 2;
        pen.barcode(barcodeLeft, height - 5.6, width * 0.68 - barcodeLeft, 3.2, label.certNumber(), INK);
        pen.write(label.grader().printedName(), EraFonts.SANS_BOLD, 3.4, right, height - 2.5, RED, Align.RIGHT);
    }

    @Override
    public TextSpot cert(SlabLabel label, double width, double height) {
        return new TextSpot(label.certNumber(), EraFonts.SANS_BOLD, 2.6, MARGIN, height - 2.5, Align.LEFT);
    }
}

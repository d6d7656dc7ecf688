package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas.Align;
import com.collectiq.testsupport.eras.EraFonts;
import java.awt.Color;
import java.util.List;

/**
 * CGC's card label as it is publicly described: white stock under a blue band with the grader's name,
 * the card's name large, then set and number, then game and year; the grade in a box at the right
 * (blue, gold for Pristine and Perfect 10s) with the sub-grades beside it when given; the cert number
 * and a barcode at the bottom.
 */
final class CgcLabel implements LabelArt {

    private static final List<String> SUB_GRADE_NAMES = List.of("Centering", "Corners", "Edges", "Surface");
    private static final Color BLUE = new Color(0x1C4E9A);
    private static final Color GOLD = new Color(0xCFAE55);
    private static final Color INK = new Color(0x1A1A1A);
    private static final double MARGIN = 3;

    @Override
    public void draw(LabelPen pen, SlabLabel label, double width, double height) {
        pen.canvas().rect(0, 0, width, height, new Color(0xFBFCFD));
        pen.canvas().rect(0, 0, width, 5.2, BLUE);
        pen.write(label.grader().printedName() + " CARDS", EraFonts.SANS_BOLD, 3.0, MARGIN, 4.0, Color.WHITE, Align.LEFT);
        LabelCard card = label.card();
        double describe = width - 2 * MARGIN - 22 - (label.subGrades().isPresent() ? 16 : 0);
        label.subGrades().ifPresent(sub -> {
            List<String> values = sub.inOrder();
            for (int i = 0; i < values.size(); i++) {
                pen.write(SUB_GRADE_NAMES.get(i) + " " + values.get(i), EraFonts.SANS_BOLD, 1.6, width - 22.5, 9 + 2.6 * i, INK,
                        Align.RIGHT);
            }
        });
        String name = card.variant().isEmpty() ? card.name() : card.name() + " - " + card.variantInTitleCase();
        pen.write(name, EraFonts.SANS_BOLD, 2.9, MARGIN, 9.4, INK, Align.LEFT, describe);
        pen.write(card.set() + " #" + card.number(), EraFonts.SANS, 2.4, MARGIN, 12.9, INK, Align.LEFT, describe);
        pen.write("Pokémon (" + card.year() + ")", EraFonts.SANS, 2.2, MARGIN, 16.1, INK, Align.LEFT, describe);
        TextSpot cert = cert(label, width, height);
        pen.write(cert, INK);
        double barcodeLeft = cert.bounds().getMaxX() + 2;
        pen.barcode(barcodeLeft, height - 4.6, width - 24 - barcodeLeft, 2.8, label.certNumber(), INK);
        boolean gold = "Pristine".equals(label.qualifier()) || "Perfect".equals(label.qualifier());
        double boxLeft = width - 21;
        pen.canvas().roundRect(boxLeft, 6.6, 18, 14.6, 1.2, gold ? GOLD : BLUE);
        Color boxInk = gold ? INK : Color.WHITE;
        pen.write(label.qualifier(), EraFonts.SANS_BOLD, 2.6, boxLeft + 9, 10.4, boxInk, Align.CENTER, 16.5);
        if (label.grade() != null) {
            pen.write(label.grade(), EraFonts.SANS_BOLD, 7.5, boxLeft + 9, 18.8, boxInk, Align.CENTER);
        }
    }

    @Override
    public TextSpot cert(SlabLabel label, double width, double height) {
        return new TextSpot(label.certNumber(), EraFonts.SANS_BOLD, 2.4, MARGIN, height - 1.9, Align.LEFT);
    }
}

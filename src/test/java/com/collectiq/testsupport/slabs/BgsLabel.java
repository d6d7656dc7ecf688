package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas.Align;
import com.collectiq.testsupport.eras.EraFonts;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Beckett's label as it is publicly described: metallic stock (silver; gold from 9.5 up; black for the
 * pristine 10 with four 10 sub-grades), the description in mixed case on the left, the four sub-grades
 * in a row along the bottom, and the final grade large at the right under its words.
 */
final class BgsLabel implements LabelArt {

    private static final List<String> SUB_GRADE_NAMES = List.of("CENTERING", "CORNERS", "EDGES", "SURFACE");
    private static final Color INK = new Color(0x161616);
    private static final Color GOLD_INK = new Color(0xE2C06A);
    private static final double MARGIN = 3;

    @Override
    public void draw(LabelPen pen, SlabLabel label, double width, double height) {
        Rectangle2D all = new Rectangle2D.Double(0, 0, width, height);
        boolean gold = label.grade() != null && Double.parseDouble(label.grade()) >= 9.5;
        if (label.isBlackLabel()) {
            pen.shaded(all, new Color(0x2A2A2C), new Color(0x0C0C0D), new Color(0x1E1E20));
        } else if (gold) {
            pen.shaded(all, new Color(0xD9B75E), new Color(0xF3DF9C), new Color(0xB8923C));
        } else {
            pen.shaded(all, new Color(0xC4C8CE), new Color(0xF0F2F4), new Color(0xAEB3BA));
        }
        Color ink = label.isBlackLabel() ? GOLD_INK : INK;
        LabelCard card = label.card();
        double describe = width - 2 * MARGIN - 23;
        pen.write(label.grader().printedName() + " GRADING", EraFonts.SANS_BOLD, 2.2, MARGIN, 4.2, ink, Align.LEFT);
        pen.write(card.year() + " Pokemon " + card.set(), EraFonts.SANS, 2.5, MARGIN, 8.0, ink, Align.LEFT, describe);
        pen.write(("#" + card.number() + " " + card.name() + " " + card.variantInTitleCase()).trim(), EraFonts.SANS, 2.5,
                MARGIN, 11.4, ink, Align.LEFT, describe);
        TextSpot cert = cert(label, width, height);
        pen.write(cert, ink);
        double barcodeLeft = cert.bounds().getMaxX() + 1.5;
        pen.barcode(barcodeLeft, 12.6, width - 26 - barcodeLeft, 2.6, label.certNumber(), ink);
        label.subGrades().ifPresent(sub -> {
            List<String> values = sub.inOrder();
            for (int i = 0; i < values.size(); i++) {
                double centre = MARGIN + 6.6 + i * 13.4;
                pen.write(SUB_GRADE_NAMES.get(i), EraFonts.SANS_BOLD, 1.5, centre, 19.4, ink, Align.CENTER);
                pen.write(values.get(i), EraFonts.SANS_BOLD, 2.8, centre, 23.0, ink, Align.CENTER);
            }
        });
        double box = width - 12.5;
        String words = label.isBlackLabel() ? "PRISTINE" : label.qualifier();
        pen.write(words, EraFonts.SANS_BOLD, 2.6, box, 6.6, ink, Align.CENTER, 21);
        if (label.grade() != null) {
            pen.write(label.grade(), EraFonts.SANS_BOLD, 9, box, 18.8, ink, Align.CENTER);
        }
    }

    @Override
    public TextSpot cert(SlabLabel label, double width, double height) {
        return new TextSpot(label.certNumber(), EraFonts.SANS_BOLD, 2.4, MARGIN, 15.1, Align.LEFT);
    }
}

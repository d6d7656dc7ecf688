package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas.Align;
import com.collectiq.testsupport.eras.EraFonts;
import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * ACE's label, after public photos of it: dark navy stock with white capitals, the grader's name and
 * the description on the left, the four sub-grades in small boxes beneath, the grade words and the
 * grade in a white rounded box at the right, and the cert number under that box.
 */
final class AceLabel implements LabelArt {

    private static final List<String> SUB_GRADE_NAMES = List.of("CENTRING", "CORNERS", "EDGES", "SURFACE");
    private static final Color NAVY = new Color(0x15223F);
    private static final Color WHITE = new Color(0xF5F6F8);
    private static final double MARGIN = 3;
    private static final double BOX = 22;

    @Override
    public void draw(LabelPen pen, SlabLabel label, double width, double height) {
        pen.canvas().rect(0, 0, width, height, NAVY);
        pen.write(label.grader().printedName() + " GRADING", EraFonts.SANS_BOLD, 2.8, MARGIN, 4.6, WHITE, Align.LEFT);
        LabelCard card = label.card();
        double describe = width - BOX - 2 * MARGIN - 1;
        pen.write(card.year() + " " + card.set().toUpperCase(Locale.ROOT), EraFonts.SANS, 2.3, MARGIN, 8.4, WHITE,
                Align.LEFT, describe);
        pen.write((card.name().toUpperCase(Locale.ROOT) + " " + card.variant()).trim() + "  #" + card.number(),
                EraFonts.SANS_BOLD, 2.4, MARGIN, 11.8, WHITE, Align.LEFT, describe);
        label.subGrades().ifPresent(sub -> {
            List<String> values = sub.inOrder();
            double cell = describe / 4;
            for (int i = 0; i < values.size(); i++) {
                double left = MARGIN + i * cell;
                pen.canvas().roundRect(left, 13.6, cell - 1, 7.4, 0.8, new Color(0x2A3A60));
                pen.write(SUB_GRADE_NAMES.get(i), EraFonts.SANS, 1.3, left + (cell - 1) / 2, 15.8, WHITE, Align.CENTER);
                pen.write(values.get(i), EraFonts.SANS_BOLD, 2.6, left + (cell - 1) / 2, 19.6, WHITE, Align.CENTER);
            }
        });
        double boxLeft = width - BOX - MARGIN + 1;
        pen.canvas().roundRect(boxLeft, 2.4, BOX, 15.6, 1.6, WHITE);
        pen.write(label.qualifier(), EraFonts.SANS_BOLD, 2.5, boxLeft + BOX / 2, 6.6, NAVY, Align.CENTER, BOX - 3);
        pen.write(label.grade(), EraFonts.SANS_BOLD, 8.5, boxLeft + BOX / 2, 16.2, NAVY, Align.CENTER);
        pen.write(cert(label, width, height), WHITE);
    }

    @Override
    public TextSpot cert(SlabLabel label, double width, double height) {
        return new TextSpot(label.certNumber(), EraFonts.SANS_BOLD, 2.3, width - MARGIN + 1 - BOX / 2, height - 1.8, Align.CENTER);
    }
}

package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas.Align;
import com.collectiq.testsupport.eras.EraFonts;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * TAG's label, after public photos of it: white stock with a black panel at the right holding the grade
 * words and the grade; on the left the grader's name, the description, the four sub-grades in a row,
 * and a square matrix code beside the cert number (drawn as a look-alike: it encodes nothing).
 */
final class TagLabel implements LabelArt {

    private static final List<String> SUB_GRADE_NAMES = List.of("CENTER", "CORNERS", "EDGES", "SURFACE");
    private static final Color INK = new Color(0x111111);
    private static final double MARGIN = 3;
    private static final double PANEL = 22;

    @Override
    public void draw(LabelPen pen, SlabLabel label, double width, double height) {
        pen.canvas().rect(0, 0, width, height, new Color(0xF7F7F5));
        pen.canvas().rect(width - PANEL, 0, PANEL, height, INK);
        pen.write(label.grader().printedName(), EraFonts.SANS_BOLD, 3.4, MARGIN, 4.8, INK, Align.LEFT);
        LabelCard card = label.card();
        double describe = width - PANEL - 2 * MARGIN;
        pen.write(card.year() + " POKEMON " + card.set().toUpperCase(Locale.ROOT), EraFonts.SANS, 2.3, MARGIN, 8.6, INK,
                Align.LEFT, describe);
        pen.write((card.name().toUpperCase(Locale.ROOT) + " #" + card.number() + " " + card.variant()).trim(),
                EraFonts.SANS_BOLD, 2.4, MARGIN, 11.9, INK, Align.LEFT, describe);
        matrix(pen, MARGIN, 13.6, 8.4, label.certNumber());
        label.subGrades().ifPresent(sub -> {
            List<String> values = sub.inOrder();
            double cell = (width - PANEL - MARGIN - 13) / 4;
            for (int i = 0; i < values.size(); i++) {
                double centre = 13 + cell * (i + 0.5);
                pen.write(SUB_GRADE_NAMES.get(i), EraFonts.SANS, 1.3, centre, 15.0, INK, Align.CENTER);
                pen.write(values.get(i), EraFonts.SANS_BOLD, 2.3, centre, 18.0, INK, Align.CENTER);
            }
        });
        pen.write(cert(label, width, height), INK);
        double centre = width - PANEL / 2;
        pen.write(label.qualifier(), EraFonts.SANS_BOLD, 2.5, centre, 6.4, Color.WHITE, Align.CENTER, PANEL - 3);
        pen.write(label.grade(), EraFonts.SANS_BOLD, 9, centre, 18.4, Color.WHITE, Align.CENTER);
    }

    @Override
    public TextSpot cert(SlabLabel label, double width, double height) {
        return new TextSpot(label.certNumber(), EraFonts.SANS_BOLD, 2.4, 13, height - 2.0, Align.LEFT);
    }

    /** A square of modules with three finder squares: the look of a matrix code, encoding nothing. */
    private static void matrix(LabelPen pen, double x, double y, double size, String number) {
        int n = 21;
        double module = size / n;
        Random random = new Random(number.hashCode() * 31L);
        pen.canvas().rect(x, y, size, size, Color.WHITE);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (finder(i, j, n) || (!nearFinder(i, j, n) && random.nextBoolean())) {
                    pen.canvas().rect(x + i * module, y + j * module, module, module, INK);
                }
            }
        }
    }

    private static boolean finder(int i, int j, int n) {
        for (int[] origin : new int[][] {{0, 0}, {n - 7, 0}, {0, n - 7}}) {
            int a = i - origin[0];
            int b = j - origin[1];
            if (a >= 0 && a < 7 && b >= 0 && b < 7) {
                boolean ring = a == 0 || a == 6 || b == 0 || b == 6;
                boolean core = a >= 2 && a <= 4 && b >= 2 && b <= 4;
                return ring || core;
            }
        }
        return false;
    }

    private static boolean nearFinder(int i, int j, int n) {
        return (i < 8 && j < 8) || (i >= n - 8 && j < 8) || (i < 8 && j >= n - 8);
    }
}

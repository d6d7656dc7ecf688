package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Canvas;
import com.collectiq.testsupport.eras.Canvas.Align;
import com.collectiq.testsupport.eras.EraFonts;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws on a label in the label's own millimetres, keeping the list of every text it printed. */
final class LabelPen {

    private final Canvas canvas;
    private final List<String> written = new ArrayList<>();

    LabelPen(Canvas canvas) {
        this.canvas = canvas;
    }

    Canvas canvas() {
        return canvas;
    }

    void write(TextSpot spot, Color ink) {
        write(spot, ink, 0);
    }

    /** Writes the text, condensed sideways when wider than maxWidth (labels squeeze long descriptions). */
    void write(TextSpot spot, Color ink, double maxWidth) {
        if (spot.text().isEmpty()) {
            return;
        }
        canvas.text(spot.text(), spot.font(), spot.size(), spot.x(), spot.baseline(), ink, spot.align(), maxWidth);
        written.add(spot.text());
    }

    void write(String text, EraFonts font, double size, double x, double baseline, Color ink, Align align, double maxWidth) {
        write(new TextSpot(text, font, size, x, baseline, align), ink, maxWidth);
    }

    void write(String text, EraFonts font, double size, double x, double baseline, Color ink, Align align) {
        write(text, font, size, x, baseline, ink, align, 0);
    }

    /** A field shaded top to bottom, as foil and metallic label stock catches the light. */
    void shaded(Rectangle2D area, Color top, Color middle, Color bottom) {
        double x = area.getX();
        double y = area.getY();
        double h = area.getHeight();
        canvas.graphics().setPaint(new GradientPaint((float) x, (float) y, top, (float) x, (float) (y + h / 2), middle));
        canvas.graphics().fill(new Rectangle2D.Double(x, y, area.getWidth(), h / 2 + 0.01));
        canvas.graphics().setPaint(new GradientPaint((float) x, (float) (y + h / 2), middle, (float) x, (float) (y + h), bottom));
        canvas.graphics().fill(new Rectangle2D.Double(x, y + h / 2, area.getWidth(), h / 2));
    }

    /** Bars of a barcode's look (it encodes nothing): widths drawn from the number, so each label's differs. */
    void barcode(double x, double y, double width, double height, String number, Color ink) {
        Random random = new Random(number.hashCode());
        double module = width / 95;
        double at = x;
        boolean bar = true;
        while (at < x + width - module) {
            double span = module * (1 + random.nextInt(3));
            if (bar) {
                canvas.rect(at, y, Math.min(span, x + width - at), height, ink);
            }
            at += span;
            bar = !bar;
        }
    }

    List<String> written() {
        return List.copyOf(written);
    }
}

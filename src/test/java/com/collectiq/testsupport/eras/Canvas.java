package com.collectiq.testsupport.eras;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Drawing on a card face in millimetres (the card is 63 x 88 mm), so the layouts read like the
 * measurements of a real card whatever the resolution drawn at. The slab renderer draws its cases and labels with it too.
 */
public final class Canvas {

    public enum Align { LEFT, CENTER, RIGHT }

    private final Graphics2D g;

    public Canvas(BufferedImage image, double pxPerMm) {
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(pxPerMm, pxPerMm);
    }

    public Graphics2D graphics() {
        return g;
    }

    public void fill(Shape shape, Color color) {
        g.setColor(color);
        g.fill(shape);
    }

    public void stroke(Shape shape, Color color, double widthMm) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) widthMm, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    public void rect(double x, double y, double w, double h, Color color) {
        fill(new Rectangle2D.Double(x, y, w, h), color);
    }

    public void roundRect(double x, double y, double w, double h, double r, Color color) {
        fill(new RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r), color);
    }

    public void circle(double cx, double cy, double r, Color color) {
        fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), color);
    }

    /** Writes text on a baseline at y, shrunk sideways when wider than maxWidth (as cards condense long names). */
    public double text(String text, EraFonts face, double sizeMm, double x, double y, Color color, Align align,
                double maxWidth) {
        if (text.isEmpty()) {
            return 0;
        }
        TextLayout layout = new TextLayout(text, face.font((float) sizeMm), context());
        double width = layout.getAdvance();
        double squeeze = maxWidth > 0 && width > maxWidth ? maxWidth / width : 1;
        double drawn = width * squeeze;
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - drawn / 2;
            case RIGHT -> x - drawn;
        };
        AffineTransform saved = g.getTransform();
        g.translate(left, y);
        g.scale(squeeze, 1);
        g.setColor(color);
        layout.draw(g, 0, 0);
        g.setTransform(saved);
        return drawn;
    }

    public double text(String text, EraFonts face, double sizeMm, double x, double y, Color color, Align align) {
        return text(text, face, sizeMm, x, y, color, align, 0);
    }

    /** Text with a dark outline, as full-art cards print it over the artwork. */
    public void outlinedText(String text, EraFonts face, double sizeMm, double x, double y, Color fill, Color outline,
                      Align align, double maxWidth) {
        TextLayout layout = new TextLayout(text, face.font((float) sizeMm), context());
        double width = layout.getAdvance();
        double squeeze = maxWidth > 0 && width > maxWidth ? maxWidth / width : 1;
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width * squeeze / 2;
            case RIGHT -> x - width * squeeze;
        };
        AffineTransform placed = new AffineTransform();
        placed.translate(left, y);
        placed.scale(squeeze, 1);
        Shape glyphs = layout.getOutline(placed);
        stroke(glyphs, outline, sizeMm * 0.16);
        fill(glyphs, fill);
    }

    public double width(String text, EraFonts face, double sizeMm) {
        return text.isEmpty() ? 0 : new TextLayout(text, face.font((float) sizeMm), context()).getAdvance();
    }

    /** Flows prose into lines no wider than width; returns the baseline after the last line. */
    public double paragraph(String prose, EraFonts face, double sizeMm, double x, double y, double width, Color color) {
        double baseline = y;
        StringBuilder line = new StringBuilder();
        for (String word : prose.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (width(tried, face, sizeMm) > width && !line.isEmpty()) {
                text(line.toString(), face, sizeMm, x, baseline, color, Align.LEFT);
                baseline += sizeMm * 1.22;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        text(line.toString(), face, sizeMm, x, baseline, color, Align.LEFT);
        return baseline + sizeMm * 1.22;
    }

    public void dispose() {
        g.dispose();
    }

    private FontRenderContext context() {
        return new FontRenderContext(g.getTransform(), true, true);
    }
}

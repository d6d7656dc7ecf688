package com.collectiq.grading;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.collectiq.vision.ImagePoint;
import com.collectiq.vision.PhotoAnalysis;

/**
 * For looking at misses: the photo with the found outline and label (green, blue) over the true ones
 * (red). The photo is drawn as stored: for one stored turned under an EXIF tag the lines fall off it.
 */
final class Overlay {

    private Overlay() {
    }

    static void write(Path file, byte[] jpeg, PhotoAnalysis found, List<Point2D.Double> card, List<Point2D.Double> label)
            throws IOException {
        BufferedImage photo = ImageIO.read(new ByteArrayInputStream(jpeg));
        Graphics2D g = photo.createGraphics();
        g.setStroke(new BasicStroke(Math.max(2, photo.getWidth() / 400f)));
        g.setColor(Color.RED);
        g.draw(path(card.stream().map(p -> new ImagePoint(p.x, p.y)).toList()));
        g.draw(path(label.stream().map(p -> new ImagePoint(p.x, p.y)).toList()));
        g.setColor(Color.GREEN);
        found.features().outline().ifPresent(outline -> g.draw(path(outline.corners())));
        g.setColor(Color.BLUE);
        found.slab().ifPresent(slab -> {
            g.draw(path(slab.label().corners()));
            g.draw(path(slab.card().corners()));
        });
        g.dispose();
        Files.createDirectories(file.getParent());
        BufferedImage small = new BufferedImage(800, 800 * photo.getHeight() / photo.getWidth(), BufferedImage.TYPE_INT_RGB);
        Graphics2D s = small.createGraphics();
        s.drawImage(photo, 0, 0, small.getWidth(), small.getHeight(), null);
        s.dispose();
        ImageIO.write(small, "png", file.toFile());
    }

    private static Path2D path(List<ImagePoint> corners) {
        Path2D path = new Path2D.Double();
        path.moveTo(corners.get(0).x(), corners.get(0).y());
        for (int i = 1; i < corners.size(); i++) {
            path.lineTo(corners.get(i).x(), corners.get(i).y());
        }
        path.closePath();
        return path;
    }
}

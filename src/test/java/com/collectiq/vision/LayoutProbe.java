package com.collectiq.vision;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.testsupport.spreads.SpreadCase;
import com.collectiq.testsupport.spreads.SpreadPhoto;
import com.collectiq.testsupport.spreads.Spreads;

/**
 * The card layout finder alone on rendered pages and spreads, looked at by hand: per photo the cards
 * that count, found and false, and the analysis time; with a folder, each photo drawn small with the
 * true outlines (green) and the found ones (red) for the photos the finder got wrong (or all).
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.vision.LayoutProbe -Dexec.args="16 20261206 /tmp/layout"</pre>
 *
 * Arguments: photos, seed, and optionally a folder and "all" (draw every photo, not only those got wrong).
 *
 * With {@code eras N seed} instead, it counts the era renderer's one-card photos (N per era) that the
 * finder splits into two cards or more, which it must never do.
 */
public final class LayoutProbe {

    private LayoutProbe() {
    }

    public static void main(String[] args) throws Exception {
        if ("eras".equals(args[0])) {
            countSplits(Integer.parseInt(args[1]), Long.parseLong(args[2]));
            return;
        }
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path folder = args.length > 2 ? Path.of(args[2]) : null;
        boolean all = args.length > 3;
        PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));
        LayoutScores scores = new LayoutScores();
        List<SpreadCase> cases = Spreads.sample(seed, count);
        for (int i = 0; i < cases.size(); i++) {
            long drawStart = System.nanoTime();
            SpreadPhoto photo = cases.get(i).render();
            long start = System.nanoTime();
            PhotoAnalysis analysis = analyzer.analyse(photo.jpeg(), "image/jpeg");
            List<FoundCard> found = analysis.cards();
            long ms = (System.nanoTime() - start) / 1_000_000;
            LayoutScores.Scored scored = scores.add(photo, found);
            System.out.printf(Locale.ROOT, "%3d %-10s %dx%d exif %d: %2d count (%d drawn), %2d found, %d false; analyse %d ms, drawn in %d ms%n",
                    i, photo.kind(), photo.scene().frameWidth(), photo.scene().frameHeight(), photo.scene().exifOrientation(),
                    scored.cards(), photo.cards().size(), scored.found(), scored.falseCards(), ms, (start - drawStart) / 1_000_000);
            if (folder != null && (all || scored.found() < scored.cards() || scored.falseCards() > 0)) {
                Files.createDirectories(folder);
                Files.write(folder.resolve(i + ".jpg"), photo.jpeg());
                ImageIO.write(overlay(photo, found), "png", folder.resolve(i + "-overlay.png").toFile());
            }
        }
        System.out.println(scores.summary());
    }

    private static void countSplits(int perEra, long seed) {
        PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));
        List<PhotoCase> cases = PhotoSampler.perEra(EraCatalog.bundled(), seed, perEra);
        int split = 0;
        for (PhotoCase photoCase : cases) {
            CardPhoto photo = photoCase.render();
            int found = analyzer.analyse(photo.jpeg(), "image/jpeg").cards().size();
            if (found > 1) {
                split++;
                System.out.printf(Locale.ROOT, "split into %d: %s%n", found, photo.truth().scene());
            }
        }
        System.out.printf(Locale.ROOT, "%d one-card photos, %d split%n", cases.size(), split);
    }

    private static BufferedImage overlay(SpreadPhoto photo, List<FoundCard> found) throws Exception {
        PhotoCheck check = new PhotoChecker(ImageProperties.defaults()).check(photo.jpeg(), "image/jpeg");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        BufferedImage upright = RgbImage.of(stored).upright(check.orientation()).toBufferedImage();
        double scale = 1000.0 / Math.max(upright.getWidth(), upright.getHeight());
        BufferedImage small = new BufferedImage((int) (upright.getWidth() * scale), (int) (upright.getHeight() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(upright, 0, 0, small.getWidth(), small.getHeight(), null);
        g.setStroke(new BasicStroke(2));
        photo.cards().forEach(card -> {
            g.setColor(card.counts() ? Color.GREEN : Color.ORANGE);
            g.draw(path(card.corners(), scale));
        });
        g.setColor(Color.RED);
        for (FoundCard card : found) {
            g.draw(path(card.corners().stream().map(p -> new Point2D.Double(p.x(), p.y())).toList(), scale));
            g.drawString(String.valueOf(card.slot()), (float) (card.corners().get(0).x() * scale + 6),
                    (float) (card.corners().get(0).y() * scale + 16));
        }
        g.dispose();
        return small;
    }

    private static Path2D path(List<Point2D.Double> corners, double scale) {
        Path2D path = new Path2D.Double();
        path.moveTo(corners.get(0).x * scale, corners.get(0).y * scale);
        corners.subList(1, 4).forEach(p -> path.lineTo(p.x * scale, p.y * scale));
        path.closePath();
        return path;
    }
}

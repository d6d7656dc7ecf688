package com.collectiq.vision;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;

/**
 * Outline detection alone on the era renderer's photos, measured by hand: how often the outline found
 * lies within 3 % of the card's diagonal from the true corners, how often none is found, and the
 * analysis' process CPU per photo.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.vision.OutlineProbe -Dexec.args="8 20261205 /tmp/outlines"</pre>
 *
 * Arguments: photos per era, seed, and optionally a folder to write the photos whose outline is off into.
 */
public final class OutlineProbe {

    private OutlineProbe() {
    }

    public static void main(String[] args) throws Exception {
        int perEra = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path misses = args.length > 2 ? Path.of(args[2]) : null;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PhotoChecker checker = new PhotoChecker(ImageProperties.defaults());
        PhotoAnalyzer analyzer = new PhotoAnalyzer(checker);
        List<PhotoCase> cases = PhotoSampler.perEra(EraCatalog.bundled(), seed, perEra);
        int none = 0;
        int off = 0;
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CardPhoto photo = cases.get(i).render();
            long before = os.getProcessCpuTime();
            PhotoAnalysis analysis = analyzer.analyse(photo.jpeg(), "image/jpeg");
            cpu.add((os.getProcessCpuTime() - before) / 1_000_000);
            double error = error(analysis, photo.truth().corners());
            if (Double.isNaN(error) || error > 0.03) {
                if (Double.isNaN(error)) {
                    none++;
                } else {
                    off++;
                }
                var scene = photo.truth().scene();
                System.out.printf(Locale.ROOT, "%2d %-8s %s bg=%s fill=%.2f tilt=%.0f roll=%.0f glare=%d sleeve=%b second=%b light=%.2f -> %s%n",
                        i, photo.truth().era(), photo.truth().catalogId(), scene.background(), scene.fill(), scene.tiltDegrees(),
                        scene.rollDegrees(), scene.glareSpots(), scene.sleeve(), scene.secondCard(), scene.light(),
                        Double.isNaN(error) ? "none" : String.format(Locale.ROOT, "%.0f%%", 100 * error));
                if (misses != null) {
                    Files.createDirectories(misses);
                    Files.write(misses.resolve(seed + "-" + i + ".jpg"), photo.jpeg());
                    writeOverlay(checker, photo, analysis, misses.resolve(seed + "-" + i + ".png"));
                }
            }
        }
        long[] sorted = cpu.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "seed %d: %d photos, %d without outline, %d off by > 3 %%; analysis CPU median %d ms, p90 %d ms, max %d ms%n",
                seed, cases.size(), none, off, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1]);
    }

    /** The analysed photo with the true outline in green and the one found in red, to look at. */
    private static void writeOverlay(PhotoChecker checker, CardPhoto photo, PhotoAnalysis analysis, Path file) throws Exception {
        PhotoChecker.DecodedPhoto decoded = checker.decode(photo.jpeg(), analysis.check());
        java.awt.image.BufferedImage image = decoded.image().toBufferedImage();
        java.awt.Graphics2D g = image.createGraphics();
        g.setStroke(new java.awt.BasicStroke(1.5f));
        double scale = 1.0 / decoded.subsampling();
        g.setColor(java.awt.Color.GREEN);
        g.draw(polygon(photo.truth().corners().stream().map(p -> new ImagePoint(p.x, p.y)).toList(), scale));
        if (analysis.features().outline().isPresent()) {
            g.setColor(java.awt.Color.RED);
            g.draw(polygon(analysis.features().outline().get().corners(), scale));
        }
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    private static java.awt.geom.Path2D polygon(List<ImagePoint> corners, double scale) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        path.moveTo(corners.get(0).x() * scale, corners.get(0).y() * scale);
        for (ImagePoint corner : corners.subList(1, corners.size())) {
            path.lineTo(corner.x() * scale, corner.y() * scale);
        }
        path.closePath();
        return path;
    }

    private static double error(PhotoAnalysis analysis, List<java.awt.geom.Point2D.Double> truth) {
        if (analysis.features().outline().isEmpty()) {
            return Double.NaN;
        }
        double diagonal = truth.get(0).distance(truth.get(2));
        double worst = 0;
        for (ImagePoint corner : analysis.features().outline().get().corners()) {
            worst = Math.max(worst, truth.stream().mapToDouble(t -> t.distance(corner.x(), corner.y())).min().orElse(0));
        }
        return worst / diagonal;
    }
}

package com.collectiq.vision;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.testsupport.spreads.SpreadCase;
import com.collectiq.testsupport.spreads.SpreadPhoto;
import com.collectiq.testsupport.spreads.Spreads;

/**
 * The card layout finder alone on rendered pages and spreads, for working on it: per photo the cards
 * that count, found and false, and the finder's time (the photo checked and decoded as {@code analyse}
 * does, without the features or any reading); per kind and overall the share found and false; with a
 * folder, each photo drawn small with the true outlines (green, distractors orange) and the found ones
 * (red) for the photos the finder got wrong (or all).
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.vision.LayoutProbe -Dexec.args="16 20261206 /tmp/layout"</pre>
 *
 * Arguments: photos, seed, and optionally a folder and "all" (draw every photo, not only those got wrong).
 * Drawing a photo takes longer than finding its cards: with {@code -Dprobe.cache=folder} each photo is
 * drawn once, kept there (JPEG and true outlines) and read back on the next run; {@code -Dprobe.only=i}
 * looks at the i-th photo alone.
 *
 * With {@code pages N [folder]} instead, the cards found on the clean full 3 × 3 pages {@code Spreads.binderPage(seed, 3, 3)}
 * of seeds 1 to N. With {@code eras N seed}, it counts the era renderer's one-card photos (N per era)
 * that the finder splits into two cards or more, which it must never do.
 */
public final class LayoutProbe {

    private static final PhotoChecker CHECKER = new PhotoChecker(ImageProperties.defaults());
    private static final CardLayoutFinder FINDER = new CardLayoutFinder();

    private LayoutProbe() {
    }

    /** A photo and its true outlines, as drawn or as read back from the cache. */
    private record Shot(String kind, byte[] jpeg, List<Outline> cards) {

        List<List<Point2D.Double>> counted() {
            return cards.stream().filter(Outline::counts).map(Outline::corners).toList();
        }

        static Shot of(SpreadPhoto photo) {
            return new Shot(photo.kind().name(), photo.jpeg(),
                    photo.cards().stream().map(card -> new Outline(card.corners(), card.counts())).toList());
        }
    }

    private record Outline(List<Point2D.Double> corners, boolean counts) {
    }

    /** What the finder gave for one photo and how long it took. */
    private record Finding(List<FoundCard> cards, long millis) {
    }

    public static void main(String[] args) throws Exception {
        if ("eras".equals(args[0])) {
            countSplits(Integer.parseInt(args[1]), Long.parseLong(args[2]));
            return;
        }
        if ("pages".equals(args[0])) {
            fullPages(Integer.parseInt(args[1]), args.length > 2 ? Path.of(args[2]) : null);
            return;
        }
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path folder = args.length > 2 ? Path.of(args[2]) : null;
        boolean all = args.length > 3;
        String cache = System.getProperty("probe.cache");
        LayoutScores scores = new LayoutScores();
        Map<String, LayoutScores> byKind = new TreeMap<>();
        List<Long> times = new ArrayList<>();
        List<SpreadCase> cases = Spreads.sample(seed, count);
        String only = System.getProperty("probe.only");
        for (int i = 0; i < cases.size(); i++) {
            if (only != null && !only.equals(String.valueOf(i))) {
                continue;
            }
            Shot shot = cache == null ? Shot.of(cases.get(i).render()) : cached(Path.of(cache, seed + "-" + i), cases.get(i));
            Finding finding = find(shot.jpeg());
            times.add(finding.millis());
            LayoutScores.Scored scored = scores.add(shot.counted(), finding.cards());
            byKind.computeIfAbsent(shot.kind(), kind -> new LayoutScores()).add(shot.counted(), finding.cards());
            System.out.printf(Locale.ROOT, "%3d %-10s %2d count (%2d drawn), %2d found, %d false; finder %d ms%n",
                    i, shot.kind(), scored.cards(), shot.cards().size(), scored.found(), scored.falseCards(), finding.millis());
            if (folder != null && (all || scored.found() < scored.cards() || scored.falseCards() > 0)) {
                Files.createDirectories(folder);
                Files.write(folder.resolve(i + ".jpg"), shot.jpeg());
                ImageIO.write(overlay(shot, finding.cards()), "png", folder.resolve(i + "-overlay.png").toFile());
            }
        }
        byKind.forEach((kind, kindScores) -> System.out.printf(Locale.ROOT, "%-10s %s%n", kind, kindScores.summary()));
        System.out.printf(Locale.ROOT, "all        %s; finder median %d ms%n", scores.summary(),
                times.stream().sorted().skip(times.size() / 2).findFirst().orElse(0L));
    }

    /** The finder alone on the photo checked and decoded as {@code PhotoAnalyzer.analyse} decodes it. */
    private static Finding find(byte[] jpeg) {
        PhotoCheck check = CHECKER.check(jpeg, "image/jpeg");
        PhotoChecker.DecodedPhoto decoded = CHECKER.decode(jpeg, check);
        long start = System.nanoTime();
        List<FoundCard> cards = FINDER.find(decoded.image(), decoded.subsampling());
        return new Finding(cards, (System.nanoTime() - start) / 1_000_000);
    }

    /** The photo from the cache, drawn and put there first when it is not yet there. */
    private static Shot cached(Path stem, SpreadCase spread) throws IOException {
        Path jpeg = stem.resolveSibling(stem.getFileName() + ".jpg");
        Path truth = stem.resolveSibling(stem.getFileName() + ".txt");
        if (Files.exists(jpeg) && Files.exists(truth)) {
            List<String> lines = Files.readAllLines(truth);
            return new Shot(lines.get(0), Files.readAllBytes(jpeg), lines.subList(1, lines.size()).stream().map(LayoutProbe::outline).toList());
        }
        Shot shot = Shot.of(spread.render());
        Files.createDirectories(stem.getParent());
        Files.write(jpeg, shot.jpeg());
        List<String> lines = new ArrayList<>(List.of(shot.kind()));
        shot.cards().forEach(card -> lines.add(card.counts() + " " + card.corners().stream()
                .map(p -> p.x + " " + p.y).collect(Collectors.joining(" "))));
        Files.write(truth, lines);
        return shot;
    }

    private static Outline outline(String line) {
        String[] parts = line.split(" ");
        List<Point2D.Double> corners = new ArrayList<>();
        for (int i = 1; i < parts.length; i += 2) {
            corners.add(new Point2D.Double(Double.parseDouble(parts[i]), Double.parseDouble(parts[i + 1])));
        }
        return new Outline(corners, Boolean.parseBoolean(parts[0]));
    }

    private static void fullPages(int seeds, Path folder) throws Exception {
        LayoutScores scores = new LayoutScores();
        List<String> counts = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            SpreadPhoto page = Spreads.binderPage(seed, 3, 3);
            List<FoundCard> found = find(page.jpeg()).cards();
            LayoutScores.Scored scored = scores.add(page, found);
            if (folder != null && (scored.found() < scored.cards() || scored.falseCards() > 0)) {
                Files.createDirectories(folder);
                ImageIO.write(overlay(Shot.of(page), found), "png", folder.resolve("page-" + seed + "-overlay.png").toFile());
            }
            counts.add(scored.found() + (scored.falseCards() > 0 ? "+" + scored.falseCards() + " false" : ""));
        }
        System.out.printf(Locale.ROOT, "full 3 x 3 pages, seeds 1..%d: %s of 9; %s%n", seeds, String.join(",", counts), scores.summary());
    }

    private static void countSplits(int perEra, long seed) {
        PhotoAnalyzer analyzer = new PhotoAnalyzer(CHECKER);
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

    private static BufferedImage overlay(Shot shot, List<FoundCard> found) throws Exception {
        PhotoCheck check = CHECKER.check(shot.jpeg(), "image/jpeg");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(shot.jpeg()));
        BufferedImage upright = RgbImage.of(stored).upright(check.orientation()).toBufferedImage();
        double scale = 1000.0 / Math.max(upright.getWidth(), upright.getHeight());
        BufferedImage small = new BufferedImage((int) (upright.getWidth() * scale), (int) (upright.getHeight() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(upright, 0, 0, small.getWidth(), small.getHeight(), null);
        g.setStroke(new BasicStroke(2));
        shot.cards().forEach(card -> {
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

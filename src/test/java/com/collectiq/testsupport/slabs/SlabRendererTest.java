package com.collectiq.testsupport.slabs;

import static org.assertj.core.api.Assertions.assertThat;

import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.Homography;
import com.collectiq.testsupport.eras.Scene;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The slab renderer: its labels, determinism, geometry, and photos whose pixels agree with the truth. */
class SlabRendererTest {

    private static final EraCatalog CATALOG = EraCatalog.bundled();
    private static final Path SAMPLES = Path.of("target/slab-samples");
    /** The graders' public cert formats, written out here rather than taken from the renderer. */
    private static final Map<Grader, Pattern> CERT_FORMATS = Map.of(
            Grader.PSA, Pattern.compile("[1-9]\\d{7}|1\\d{8}"),
            Grader.BGS, Pattern.compile("\\d{10}"),
            Grader.CGC, Pattern.compile("[1-9]\\d{9}"),
            Grader.SGC, Pattern.compile("[1-9]\\d{6,7}|[1-9]\\d{9}"),
            Grader.TAG, Pattern.compile("[A-Z]\\d{7}"),
            Grader.ACE, Pattern.compile("\\d{8}"));

    @Test
    void theSameSeedGivesTheSameCasesAndBytesAndAnotherSeedOthers() {
        List<SlabCase> first = SlabSampler.sample(CATALOG, 11, 12);
        assertThat(SlabSampler.sample(CATALOG, 11, 12)).isEqualTo(first);
        List<SlabCase> other = SlabSampler.sample(CATALOG, 12, 12);
        assertThat(other).isNotEqualTo(first);
        SlabCase small = shrunk(first.get(2), 4);
        assertThat(small.render().jpeg()).isEqualTo(small.render().jpeg());
        assertThat(Arrays.equals(small.render().jpeg(), shrunk(other.get(2), 4).render().jpeg())).isFalse();
    }

    @Test
    void sixtyCasesHoldEveryGraderAndEveryKindOfLabel() {
        List<SlabLabel> labels = SlabSampler.sample(CATALOG, 29, 60).stream().map(SlabCase::label).toList();
        Map<Grader, Long> perGrader = labels.stream().collect(Collectors.groupingBy(SlabLabel::grader, Collectors.counting()));
        assertThat(perGrader).hasSize(6).allSatisfy((grader, count) -> assertThat(count).isEqualTo(10));
        assertThat(labels).extracting(SlabLabel::kind).contains(LabelKind.GRADED, LabelKind.AUTHENTIC, LabelKind.ALTERED);
        assertThat(labels).anyMatch(SlabLabel::isBlackLabel);
        assertThat(labels).anyMatch(label -> label.psaQualifier() != null);
        assertThat(labels).anyMatch(label -> label.grade() != null && label.grade().endsWith(".5"));
        assertThat(labels).anyMatch(label -> label.grade() != null && Double.parseDouble(label.grade()) <= 7);
        assertThat(labels).filteredOn(label -> label.grader() == Grader.BGS || label.grader() == Grader.TAG
                || label.grader() == Grader.ACE).filteredOn(label -> label.kind() == LabelKind.GRADED)
                .allMatch(label -> label.subGrades().isPresent());
    }

    @Test
    void gradesFollowARealisticMixAndEachGradersRules() {
        List<SlabLabel> labels = SlabSampler.sample(CATALOG, 5, 1200).stream().map(SlabCase::label).toList();
        List<SlabLabel> graded = labels.stream().filter(label -> label.kind() == LabelKind.GRADED).toList();
        double nineOrMore = graded.stream().filter(label -> Double.parseDouble(label.grade()) >= 9).count() / (double) graded.size();
        double half = graded.stream().filter(label -> label.grade().endsWith(".5")).count() / (double) graded.size();
        long blackLabels = labels.stream().filter(SlabLabel::isBlackLabel).count();
        long bgs = labels.stream().filter(label -> label.grader() == Grader.BGS).count();
        System.out.printf("grades >= 9: %.2f, half grades: %.2f, not graded: %d of %d, black labels: %d of %d BGS%n",
                nineOrMore, half, labels.size() - graded.size(), labels.size(), blackLabels, bgs);
        assertThat(nineOrMore).isBetween(0.55, 0.85);
        assertThat(half).isBetween(0.1, 0.4);
        assertThat(labels.size() - graded.size()).isBetween(labels.size() / 30, labels.size() / 10);
        assertThat(blackLabels).isPositive().isLessThan(bgs / 5);
        for (SlabLabel label : labels) {
            assertThat(label.grade() == null).as(label.toString()).isEqualTo(label.kind() != LabelKind.GRADED);
            if (label.grade() != null) {
                double grade = Double.parseDouble(label.grade());
                assertThat(grade).as(label.toString()).isBetween(1.0, 10.0);
                assertThat(grade * 2).as("whole or half grade: " + label).isEqualTo(Math.rint(grade * 2));
            }
            label.subGrades().ifPresent(sub -> assertThat(sub.allTen()).as(label.toString())
                    .isEqualTo(label.isBlackLabel() || "Perfect".equals(label.qualifier())));
            label.subGrades().filter(sub -> label.grader() == Grader.BGS).ifPresent(sub -> {
                // Beckett: the final grade is at most half a grade above the lowest sub-grade
                double lowest = sub.inOrder().stream().mapToDouble(Double::parseDouble).min().orElseThrow();
                assertThat(Double.parseDouble(label.grade()) - lowest).as(label.toString()).isBetween(0.0, 0.5);
            });
            if (label.psaQualifier() != null) {
                assertThat(label.grader()).isEqualTo(Grader.PSA);
                assertThat(label.psaQualifier()).isIn("OC", "ST", "PD", "OF", "MC", "MK");
                assertThat(label.grade()).as("PSA qualifies whole grades below 10 only").isIn("1", "2", "3", "4", "5", "6", "7",
                        "8", "9");
            }
            if (label.isBlackLabel()) {
                assertThat(label.grader()).isEqualTo(Grader.BGS);
                assertThat(label.grade()).isEqualTo("10");
            }
        }
        assertThat(graded).filteredOn(label -> label.grader() == Grader.ACE).allMatch(label -> !label.grade().contains("."));
    }

    @Test
    void certNumbersHaveEachGradersPublicFormat() {
        Map<Grader, List<String>> certs = new EnumMap<>(Grader.class);
        for (SlabCase slab : SlabSampler.sample(CATALOG, 3, 1200)) {
            certs.computeIfAbsent(slab.label().grader(), g -> new ArrayList<>()).add(slab.label().certNumber());
        }
        certs.forEach((grader, numbers) -> {
            assertThat(numbers).as(grader.name()).allMatch(n -> CERT_FORMATS.get(grader).matcher(n).matches());
            assertThat(numbers.stream().distinct().count()).as("distinct " + grader).isEqualTo(numbers.size());
        });
        assertThat(certs.get(Grader.PSA)).anyMatch(n -> n.length() == 8).anyMatch(n -> n.length() == 9);
        assertThat(certs.get(Grader.BGS)).anyMatch(n -> n.startsWith("00"));
        assertThat(certs.get(Grader.SGC)).anyMatch(n -> n.length() <= 8).anyMatch(n -> n.length() == 10);
    }

    @Test
    void glareCoversPartOfTheLabelOftenAndHidesTheWholeCertNumberRarely() {
        List<SlabCase> cases = SlabSampler.sample(CATALOG, 17, 1200);
        int hidden = 0;
        int partly = 0;
        int labelTouched = 0;
        for (SlabCase slab : cases) {
            Glare glare = slab.glare();
            CertGlare cert = glare.over(SlabFace.certBox(slab.label()));
            hidden += cert == CertGlare.HIDDEN ? 1 : 0;
            partly += cert == CertGlare.PARTLY ? 1 : 0;
            Rectangle2D label = SlabGeometry.of(slab.label().grader()).label();
            boolean touched = false;
            for (int i = 0; i <= 20 && !touched; i++) {
                for (int j = 0; j <= 10 && !touched; j++) {
                    touched = glare.at(label.getX() + label.getWidth() * i / 20, label.getY() + label.getHeight() * j / 10) > 0.5;
                }
            }
            labelTouched += touched ? 1 : 0;
        }
        System.out.printf("cert hidden %d, partly hidden %d, label under bright glare %d, of %d%n", hidden, partly,
                labelTouched, cases.size());
        assertThat(hidden).isPositive().isLessThanOrEqualTo(cases.size() / 10);
        assertThat(hidden + partly).isLessThanOrEqualTo(cases.size() / 5);
        assertThat(labelTouched).isGreaterThan(cases.size() / 5);
    }

    @Test
    void theCardAndTheLabelLieInsideTheSlabWithTheLabelAboveTheCard() {
        for (SlabCase slab : SlabSampler.sample(CATALOG, 41, 12)) {
            SlabTruth truth = shrunk(slab, 5).render().truth();
            Path2D outline = polygon(truth.slabCorners());
            assertThat(truth.labelCorners()).allMatch(p -> outline.contains(p));
            assertThat(truth.cardCorners()).allMatch(p -> outline.contains(p));
            // measured along the slab's own top-to-bottom axis, the label ends before the card begins
            Point2D.Double top = midpoint(truth.slabCorners().get(0), truth.slabCorners().get(1));
            Point2D.Double bottom = midpoint(truth.slabCorners().get(3), truth.slabCorners().get(2));
            double labelLowest = truth.labelCorners().stream().mapToDouble(p -> along(top, bottom, p)).max().orElseThrow();
            double cardHighest = truth.cardCorners().stream().mapToDouble(p -> along(top, bottom, p)).min().orElseThrow();
            assertThat(labelLowest).as(truth.label().toString()).isLessThan(cardHighest);
            assertThat(area(truth.cardCorners())).isLessThan(area(truth.slabCorners()) * 0.6);
        }
    }

    @Test
    void theJpegDecodesAtTheStatedSizeAsStoredForItsExifTag() throws IOException {
        int turned = 0;
        for (SlabCase slab : SlabSampler.sample(CATALOG, 8, 12)) {
            SlabCase small = shrunk(slab, 6);
            SlabPhoto photo = small.render();
            Scene scene = photo.truth().card().scene();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
            boolean sideways = scene.exifOrientation() == 6 || scene.exifOrientation() == 8;
            turned += scene.exifOrientation() == 1 ? 0 : 1;
            assertThat(image.getWidth()).isEqualTo(sideways ? scene.frameHeight() : scene.frameWidth());
            assertThat(image.getHeight()).isEqualTo(sideways ? scene.frameWidth() : scene.frameHeight());
            assertThat(photo.truth().labelText()).contains(slab.label().certNumber());
            if (slab.label().grade() != null) {
                assertThat(photo.truth().labelText()).contains(slab.label().grade());
            }
        }
        assertThat(turned).as("some photos stored turned").isPositive();
    }

    /**
     * Reads the decoded pixels where the truth says the label and the case are, and checks them against
     * what each grader's label looks like (white PSA and CGC stock, black SGC, navy ACE...), skipping
     * any point the truth's glare brightens.
     */
    @ParameterizedTest
    @EnumSource(Grader.class)
    void thePixelsShowEachGradersLabelWhereTheTruthSays(Grader grader) throws IOException {
        SlabCase slab = SlabSampler.sample(CATALOG, 2, 60).stream()
                .filter(c -> c.label().grader() == grader && !c.label().isBlackLabel()).findFirst().orElseThrow();
        SlabPhoto photo = slab.withScene(Scene.plain(7).withFrame(1200, 900)).render();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        SlabTruth truth = photo.truth();
        double label = median(image, truth, truth.labelCorners(), 0.05, 0.1, 0.7, 0.9);
        double panel = median(image, truth, truth.labelCorners(), 0.8, 0.45, 0.97, 0.55);
        double gapBelowLabel = median(image, truth, truth.slabCorners(), 0.05, 0.25, 0.1, 0.27);
        double card = median(image, truth, truth.cardCorners(), 0.1, 0.55, 0.9, 0.85);
        System.out.printf("%s: label %.0f, right panel %.0f, case beside the card %.0f, card %.0f%n", grader, label, panel,
                gapBelowLabel, card);
        switch (grader) {
            case PSA, CGC -> assertThat(label).isGreaterThan(170);
            case BGS -> assertThat(label).isGreaterThan(140);
            case TAG -> {
                assertThat(label).isGreaterThan(170);
                assertThat(panel).isLessThan(70);
            }
            case SGC -> assertThat(label).isLessThan(70);
            case ACE -> assertThat(label).isLessThan(90);
        }
        assertThat(card).isGreaterThan(gapBelowLabel + 40);
        assertThat(gapBelowLabel).as("the dark table shows through the clear case, or SGC's black insert").isLessThan(110);
    }

    /** The truth's word on the cert number against the pixels: blown out where it says hidden, crisp where no glare is. */
    @Test
    void aCertNumberTheTruthCallsHiddenHasLostItsContrastInThePhoto() throws IOException {
        List<SlabCase> cases = SlabSampler.sample(CATALOG, 13, 300);
        SlabCase hidden = cases.stream().filter(c -> c.glare().over(SlabFace.certBox(c.label())) == CertGlare.HIDDEN)
                .findFirst().orElseThrow();
        SlabCase clear = cases.stream().filter(c -> c.label().grader() == hidden.label().grader())
                .filter(c -> maxGlare(c.glare(), SlabFace.certBox(c.label())) < 0.05).findFirst().orElseThrow();
        double hiddenSpread = certSpread(hidden);
        double clearSpread = certSpread(clear);
        System.out.printf("%s cert luminance spread: hidden %.0f, clear %.0f%n", hidden.label().grader(), hiddenSpread, clearSpread);
        assertThat(hiddenSpread).isLessThan(60);
        assertThat(clearSpread).isGreaterThan(120);
    }

    @Test
    void writesTwoSamplePhotosOfEveryGrader() throws IOException {
        Files.createDirectories(SAMPLES);
        List<SlabCase> cases = SlabSampler.sample(CATALOG, 2026, 12);
        for (int i = 0; i < cases.size(); i++) {
            SlabPhoto photo = cases.get(i).render();
            Path file = SAMPLES.resolve(String.format("%02d-%s.jpg", i, photo.truth().label().grader()));
            Files.write(file, photo.jpeg());
            assertThat(ImageIO.read(file.toFile())).isNotNull();
        }
    }

    /** The spread (95th less 5th percentile) of luminance over the cert number, photographed square on with the same glare. */
    private static double certSpread(SlabCase slab) throws IOException {
        SlabPhoto photo = slab.withScene(Scene.plain(slab.scene().seed()).withFrame(1600, 1200).withFill(0.85)).render();
        assertThat(photo.truth().glare()).isEqualTo(slab.glare());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        Grader grader = slab.label().grader();
        Homography toPhoto = Homography.mapping(List.of(new Point2D.Double(0, 0), new Point2D.Double(grader.widthMm(), 0),
                new Point2D.Double(grader.widthMm(), grader.heightMm()), new Point2D.Double(0, grader.heightMm())),
                photo.truth().slabCorners());
        Rectangle2D box = SlabFace.certBox(slab.label());
        List<Double> levels = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            for (int j = 0; j <= 12; j++) {
                Point2D.Double at = toPhoto.apply(box.getX() + box.getWidth() * i / 60, box.getY() + box.getHeight() * j / 12);
                int rgb = image.getRGB((int) at.x, (int) at.y);
                levels.add(0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF));
            }
        }
        levels.sort(Double::compare);
        return levels.get(levels.size() * 95 / 100) - levels.get(levels.size() * 5 / 100);
    }

    private static double maxGlare(Glare glare, Rectangle2D box) {
        double most = 0;
        for (int i = 0; i <= 20; i++) {
            for (int j = 0; j <= 4; j++) {
                most = Math.max(most, glare.at(box.getX() + box.getWidth() * i / 20, box.getY() + box.getHeight() * j / 4));
            }
        }
        return most;
    }

    /** The median luminance of points spread over a part of a quad (fractions of its width and height), glare left out. */
    private static double median(BufferedImage image, SlabTruth truth, List<Point2D.Double> quad, double x0, double y0,
                                 double x1, double y1) {
        List<Point2D.Double> slab = truth.slabCorners();
        Rectangle2D size = new Rectangle2D.Double(0, 0, truth.label().grader().widthMm(), truth.label().grader().heightMm());
        List<Double> levels = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            for (int j = 0; j <= 6; j++) {
                Point2D.Double at = bilinear(quad, x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * j / 6);
                Point2D.Double mm = inverseBilinear(slab, at, size);
                if (truth.glare().at(mm.x, mm.y) > 0.05) {
                    continue;
                }
                int rgb = image.getRGB((int) at.x, (int) at.y);
                levels.add(0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF));
            }
        }
        assertThat(levels).as("points free of glare").hasSizeGreaterThan(20);
        levels.sort(Double::compare);
        return levels.get(levels.size() / 2);
    }

    private static Point2D.Double bilinear(List<Point2D.Double> quad, double fx, double fy) {
        Point2D.Double top = lerp(quad.get(0), quad.get(1), fx);
        Point2D.Double bottom = lerp(quad.get(3), quad.get(2), fx);
        return lerp(top, bottom, fy);
    }

    /** In a square-on photo the slab is a rectangle turned and scaled: its axes give a point's millimetres. */
    private static Point2D.Double inverseBilinear(List<Point2D.Double> slab, Point2D.Double p, Rectangle2D size) {
        Point2D.Double origin = slab.get(0);
        double ux = slab.get(1).x - origin.x;
        double uy = slab.get(1).y - origin.y;
        double vx = slab.get(3).x - origin.x;
        double vy = slab.get(3).y - origin.y;
        double fx = ((p.x - origin.x) * ux + (p.y - origin.y) * uy) / (ux * ux + uy * uy);
        double fy = ((p.x - origin.x) * vx + (p.y - origin.y) * vy) / (vx * vx + vy * vy);
        return new Point2D.Double(fx * size.getWidth(), fy * size.getHeight());
    }

    private static Point2D.Double lerp(Point2D.Double a, Point2D.Double b, double t) {
        return new Point2D.Double(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }

    private static Point2D.Double midpoint(Point2D.Double a, Point2D.Double b) {
        return lerp(a, b, 0.5);
    }

    private static double along(Point2D.Double from, Point2D.Double to, Point2D.Double p) {
        double dx = to.x - from.x;
        double dy = to.y - from.y;
        return ((p.x - from.x) * dx + (p.y - from.y) * dy) / (dx * dx + dy * dy);
    }

    private static double area(List<Point2D.Double> quad) {
        double twice = 0;
        for (int i = 0; i < quad.size(); i++) {
            Point2D.Double a = quad.get(i);
            Point2D.Double b = quad.get((i + 1) % quad.size());
            twice += a.x * b.y - b.x * a.y;
        }
        return Math.abs(twice) / 2;
    }

    private static Path2D polygon(List<Point2D.Double> corners) {
        Path2D path = new Path2D.Double();
        path.moveTo(corners.get(0).x, corners.get(0).y);
        corners.subList(1, corners.size()).forEach(p -> path.lineTo(p.x, p.y));
        path.closePath();
        return path;
    }

    /** The case in a frame `by` times smaller each way: the same slab and scene, drawn quickly. */
    private static SlabCase shrunk(SlabCase slab, int by) {
        return slab.withScene(slab.scene().withFrame(slab.scene().frameWidth() / by, slab.scene().frameHeight() / by));
    }
}

package com.collectiq.grading;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.util.unit.DataSize;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.tesseract.TesseractProperties;
import com.collectiq.extraction.tesseract.TesseractTextExtractor;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.testsupport.slabs.SlabCase;
import com.collectiq.testsupport.slabs.SlabPhoto;
import com.collectiq.testsupport.slabs.SlabSampler;
import com.collectiq.upload.UploadProperties;
import com.collectiq.testsupport.InMemoryPhotos;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoChecker;
import com.collectiq.vision.PhotoRejectedException;

/**
 * Slab reading measured by hand: rendered slab photos of every grader through the photo checks,
 * slab detection, the label crop, Tesseract and the label reader, and raw card photos of every era
 * through the same, which must never read as graded. Prints each miss with what was read.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.grading.SlabReadingProbe -Dexec.args="60 20261205 8"</pre>
 *
 * Arguments: slab photos, seed, raw photos per era, and optionally a folder to write each slab photo
 * with the found and true outlines ({@link Overlay}) and each label as it was cut, for looking at misses.
 *
 * <p>With {@code detect} before them, only the vision part, without OCR (seconds, not minutes): per
 * grader, photos with an outline, slabs detected, labels cut where the renderer drew them
 * ({@link LabelCut}), and raw cards taken for slabs; the folder then gets the overlays of the misses only.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.grading.SlabReadingProbe -Dexec.args="detect 204 20261205 25 /tmp/misses"</pre>
 */
public final class SlabReadingProbe {

    private static final double SHARP_LABEL = 10;

    private SlabReadingProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("detect")) {
            SlabDetectionProbe.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int slabs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261205L;
        int rawPerEra = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        java.nio.file.Path dump = args.length > 3 ? java.nio.file.Path.of(args[3]) : null;
        int index = 0;
        PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));
        InMemoryPhotos photos = new InMemoryPhotos();
        SlabLabelReader reader = new SlabLabelReader();
        SlabScores scores = new SlabScores();
        // the same, only for labels photographed at 10 px/mm or more: what the reader does when the photo holds the print
        SlabScores sharp = new SlabScores();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Long> labelMillis = new java.util.ArrayList<>();
        try (TesseractTextExtractor extractor = new TesseractTextExtractor(
                new TesseractProperties(Files.createTempDirectory("probe").resolve("tessdata"), 1, 0.6), photos,
                new UploadProperties(null, null, DataSize.ofMegabytes(12), List.of()))) {
            for (SlabCase slab : SlabSampler.sample(EraCatalog.bundled(), seed, slabs)) {
                SlabPhoto photo = slab.render();
                Optional<LabelReading> read = Optional.empty();
                String detected = "refused";
                Extraction label = null;
                try {
                    PhotoAnalysis front = analyzer.analyse(photo.jpeg(), "image/jpeg");
                    detected = front.features().outline().isEmpty() ? "no outline"
                            : front.slab().isEmpty() ? "no slab" : "slab";
                    long before = threads.getCurrentThreadCpuTime();
                    Optional<java.awt.image.BufferedImage> image = analyzer.labelForReading(photo.jpeg(), front);
                    if (dump != null) {
                        Overlay.write(dump.resolve(index + "-" + photo.truth().label().grader() + ".png"), photo.jpeg(),
                                front, photo.truth().cardCorners(), photo.truth().labelCorners());
                    }
                    if (image.isPresent()) {
                        if (dump != null) {
                            javax.imageio.ImageIO.write(image.get(), "png",
                                    dump.resolve(index + "-label-" + photo.truth().label().grader() + ".png").toFile());
                        }
                        label = extractor.readLabel("uploads/probe/slab.jpg", image.get());
                        read = reader.read(label);
                        labelMillis.add((threads.getCurrentThreadCpuTime() - before) / 1_000_000);
                    }
                } catch (PhotoRejectedException refused) {
                    detected = "refused: " + refused.getMessage();
                }
                index++;
                SlabScores.Scored scored = scores.addSlab(photo.truth().label(), read);
                if (photo.truth().labelPxPerMm() >= SHARP_LABEL) {
                    sharp.addSlab(photo.truth().label(), read);
                }
                if (!scored.allRight()) {
                    System.out.printf(Locale.ROOT, "miss %d %s %s %s %s (%s) -> %s%n", index - 1, photo.truth().label().grader(),
                            photo.truth().label().grade(), photo.truth().label().qualifier(),
                            photo.truth().label().certNumber(), detected,
                            read.map(r -> r.grader() + " " + r.grade() + " " + r.qualifier() + " " + r.certNumber()
                                    + String.format(Locale.ROOT, " @%.2f", r.confidence())).orElse("nothing"));
                    if (label != null) {
                        label.lines().forEach(line -> System.out.printf(Locale.ROOT, "      %.2f %s%n", line.confidence(),
                                line.text()));
                    }
                }
            }
            List<PhotoCase> raw = PhotoSampler.perEra(EraCatalog.bundled(), seed, rawPerEra);
            for (PhotoCase card : raw) {
                byte[] jpeg = card.render().jpeg();
                try {
                    PhotoAnalysis front = analyzer.analyse(jpeg, "image/jpeg");
                    Optional<LabelReading> read = analyzer.labelForReading(jpeg, front)
                            .flatMap(image -> reader.read(extractor.readLabel("uploads/probe/raw.jpg", image)));
                    scores.addRaw(front.slab().isPresent(), read.filter(LabelReading::graded).isPresent());
                    if (front.slab().isPresent()) {
                        System.out.printf(Locale.ROOT, "raw %s taken for a slab -> %s%n", card.card().catalogId(),
                                read.map(LabelReading::toString).orElse("no label read"));
                    }
                } catch (PhotoRejectedException refused) {
                    scores.addRaw(false, false);
                }
            }
        }
        System.out.println(scores.report("Slab reading, seed " + seed));
        System.out.println(sharp.report("Of those, labels at " + SHARP_LABEL + " px/mm or more"));
        long[] sorted = labelMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0) {
            System.out.printf(Locale.ROOT, "thread CPU per label (crop + OCR + reader): median %d ms, p90 %d ms over %d%n",
                    sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted.length);
        }
    }
}

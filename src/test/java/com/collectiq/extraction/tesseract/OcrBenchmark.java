package com.collectiq.extraction.tesseract;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.util.unit.DataSize;

import com.collectiq.extraction.Extraction;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.RenderedCard;
import com.collectiq.upload.UploadProperties;

/**
 * How long local OCR takes per card from a 12-megapixel photo: a plain benchmark, run by hand,
 * never by the build (timings on a shared machine would make a flaky test). The card is cut out of
 * the photo along its true corners first (the photo checks' job, not timed here), then the whole card
 * is read; the median of the measured runs is printed after warm-up runs for the JIT and Tesseract.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.extraction.tesseract.OcrBenchmark</pre>
 *
 * Optional arguments: measured runs (default 21), warm-up runs (default 5), pixels per millimetre of
 * the normalised card (default 12).
 */
public final class OcrBenchmark {

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double pixelsPerMm = args.length > 2 ? Double.parseDouble(args[2]) : 12;

        System.out.println("rendering a 4000 × 3000 photo of a card on a table…");
        RenderedCard photo = CardRenderer.builder().frame(4000, 3000).rotation(5).blur(1.0).render();
        BufferedImage card = photo.normalisedCard(pixelsPerMm);
        System.out.printf(Locale.ROOT, "card: %.1f px/mm in the photo, normalised to %d × %d (%.0f px/mm); "
                + "%d warm-up runs, %d measured runs%n", photo.pixelsPerMm(), card.getWidth(), card.getHeight(),
                pixelsPerMm, warmUps, runs);

        Path dataDir = Files.createTempDirectory("ocr-benchmark");
        long started = System.nanoTime();
        try (TesseractTextExtractor extractor = new TesseractTextExtractor(
                new TesseractProperties(dataDir.resolve("tessdata"), 1, 0.6), null,
                new UploadProperties(null, null, DataSize.ofMegabytes(12), List.of()))) {
            Extraction first = extractor.extract("uploads/bench/card.jpg", card);
            System.out.printf(Locale.ROOT, "model copied, engine loaded and first card read in %.0f ms%n",
                    (System.nanoTime() - started) / 1e6);
            first.lines().forEach(line -> System.out.printf(Locale.ROOT, "  %-11s %.2f  %s%n",
                    String.valueOf(line.box() == null ? "" : String.format(Locale.ROOT, "%.3f", line.box().top())), line.confidence(), line.text()));
            System.out.println("  unreadable: " + first.unreadableRegions());

            for (int i = 0; i < warmUps; i++) {
                extractor.extract("uploads/bench/card.jpg", card);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                extractor.extract("uploads/bench/card.jpg", card);
                wall[i] = (System.nanoTime() - wallStart) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            System.out.printf(Locale.ROOT, "median ms per card (whole card): wall %.1f | thread CPU %.1f | load average %.2f%n",
                    median(wall), median(cpu), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

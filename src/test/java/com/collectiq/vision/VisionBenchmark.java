package com.collectiq.vision;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.collectiq.vision.SyntheticCardPhotos.Card;
import com.collectiq.vision.SyntheticCardPhotos.Placement;

/**
 * How long the checks and the visual features take on a 12-megapixel JPEG: a plain benchmark, run by
 * hand, never by the build (timings on a shared machine would make a flaky test). Prints the median
 * wall and thread-CPU time of each stage over the measured runs, after warm-up runs for the JIT.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.vision.VisionBenchmark</pre>
 *
 * Then the images made of the photo later in the pipeline: the card cut out for reading, the screen
 * check's centre, what valuing a card decodes of its front (the analysis, the crop and the centre, each
 * decoded for itself as before, against {@link PhotoAnalyzer#analyseForValuation}'s one decode), the
 * crop as Rekognition's JPEG, and the model's image: decoded for it, or copied from the analysis' image.
 * Last, the same in a 1 GiB task's heap, where a 12 MP photo is not decoded whole: the analysis'
 * decode, then the card's region with the centre in it.
 *
 * Optional arguments: measured runs (default 21), warm-up runs (default 8).
 */
public final class VisionBenchmark {

    private VisionBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        BufferedImage photo = twelveMegapixelPhoto();
        byte[] jpeg = SyntheticCardPhotos.jpeg(photo, 0.9f);
        System.out.printf(Locale.ROOT, "JPEG: %.1f MiB, %d × %d; %d warm-up runs, %d measured runs%n",
                jpeg.length / 1048576d, photo.getWidth(), photo.getHeight(), warmUps, runs);

        PhotoChecker checker = new PhotoChecker(ImageProperties.defaults());
        PhotoAnalyzer analyzer = new PhotoAnalyzer(checker);
        PhotoAnalysis analysis = analyzer.analyse(jpeg, "image/jpeg");
        System.out.println("features: " + analysis.features().borders().map(b -> "centering " + b.centering().leftRight()
                + " / " + b.centering().topBottom()).orElse("no borders") + ", " + analysis.features().notes());

        report("checks", runs, warmUps, () -> checker.check(jpeg, "image/jpeg"));
        report("checks + subsampled decode", runs, warmUps, () -> checker.decode(jpeg, checker.check(jpeg, "image/jpeg")));
        report("checks + decode + features (total)", runs, warmUps, () -> analyzer.analyse(jpeg, "image/jpeg"));
        // the photo's later images, made once a card each
        report("reading crop (region decode + warp)", runs, warmUps, () -> analyzer.cardForReading(jpeg, analysis));
        report("screen check's centre (region decode)", runs, warmUps, () -> screenCentre(jpeg));
        // what valuing a card decodes of its front: each stage for itself, or once for all
        report("analysis, crop, centre: 3 decodes", runs, warmUps, () -> List.of(analyzer.analyse(jpeg, "image/jpeg"),
                analyzer.cardForReading(jpeg, analysis), screenCentre(jpeg)));
        report("analysis, crop, centre: 1 decode", runs, warmUps,
                () -> analyzer.analyseForValuation(jpeg, "image/jpeg", true, Optional.empty()));
        BufferedImage crop = analyzer.cardForReading(jpeg, analysis).orElseThrow();
        report("reading crop encoded for Rekognition", runs, warmUps, () -> UprightJpeg.encode(crop, 5L * 1024 * 1024));
        // as Bedrock's opinions ask for it: 1 568 px on the long side, within 3.75 MB
        UprightCopy modelCopy = new UprightCopy(1568, 3_750_000);
        report("model's image (decode, shrink, encode)", runs, warmUps, () -> modelCopy.of(jpeg, ExifOrientation.NORMAL));
        report("analysis, crop, centre, model's copy: 1 decode", runs, warmUps,
                () -> analyzer.analyseForValuation(jpeg, "image/jpeg", true, Optional.of(modelCopy)));
        // a 1 GiB task's 256 MiB heap decodes no 12 MP photo whole: the analysis' decode, then the card's region with the centre
        PhotoAnalyzer inASmallHeap = new PhotoAnalyzer(checker, 256L << 20);
        report("256 MiB heap: analysis, crop, centre: 2 decodes", runs, warmUps,
                () -> inASmallHeap.analyseForValuation(jpeg, "image/jpeg", true, Optional.empty()));
        report("256 MiB heap: the same and the model's copy", runs, warmUps,
                () -> inASmallHeap.analyseForValuation(jpeg, "image/jpeg", true, Optional.of(modelCopy)));
    }

    /** The centre the screen check decodes when it has none cut out: 512 × 512 of the stored photo, at full resolution. */
    private static BufferedImage screenCentre(byte[] jpeg) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(new Rectangle((reader.getWidth(0) - 512) / 2, (reader.getHeight(0) - 512) / 2, 512, 512));
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The benchmarks' photo: a card on a table, 4000 × 3000. */
    public static BufferedImage twelveMegapixelPhoto() {
        System.out.println("rendering a 4000 × 3000 photo of a card on a table…");
        Card card = new Card(3.6, 2.6, 3.0, 3.3, SyntheticCardPhotos.YELLOW, 42, true);
        return SyntheticCardPhotos.photo(card, new Placement(4000, 3000, 2300, 8, 0.06), 7);
    }

    /**
     * Prints the median wall time and the median CPU time of this thread. On a shared machine the
     * wall time includes waiting for a core; the thread's CPU time does not, so it is the steadier figure.
     */
    public static void report(String stage, int runs, int warmUps, Supplier<?> work) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-36s median wall %6.1f ms (min %6.1f, max %6.1f) | median thread CPU %6.1f ms%n",
                stage, wall[runs / 2], wall[0], wall[runs - 1], cpu[runs / 2]);
    }
}

package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import com.collectiq.vision.SyntheticCardPhotos.Card;
import com.collectiq.vision.SyntheticCardPhotos.Placement;

/**
 * How long the checks and the visual features take on a 12-megapixel JPEG: a plain benchmark, run by
 * hand, never by the build (timings on a shared machine would make a flaky test). Prints the median
 * of each stage over the measured runs, after warm-up runs for the JIT.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.vision.VisionBenchmark</pre>
 *
 * Optional arguments: measured runs (default 21), warm-up runs (default 8).
 */
public final class VisionBenchmark {

    private VisionBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        System.out.println("rendering a 4000 × 3000 photo of a card on a table…");
        Card card = new Card(3.6, 2.6, 3.0, 3.3, SyntheticCardPhotos.YELLOW, 42, true);
        BufferedImage photo = SyntheticCardPhotos.photo(card, new Placement(4000, 3000, 2300, 8, 0.06), 7);
        byte[] jpeg = SyntheticCardPhotos.jpeg(photo, 0.9f);
        System.out.printf(Locale.ROOT, "JPEG: %.1f MiB, %d × %d; %d warm-up runs, %d measured runs%n",
                jpeg.length / 1048576d, photo.getWidth(), photo.getHeight(), warmUps, runs);

        PhotoChecker checker = new PhotoChecker(ImageProperties.defaults());
        PhotoAnalyzer analyzer = new PhotoAnalyzer(checker);
        PhotoAnalysis analysis = analyzer.analyse(jpeg, "image/jpeg");
        System.out.println("features: " + analysis.features().borders().map(b -> "centering " + b.centering().leftRight()
                + " / " + b.centering().topBottom()).orElse("no borders") + ", " + analysis.features().notes());

        double check = medianMillis(runs, warmUps, () -> checker.check(jpeg, "image/jpeg"));
        double decode = medianMillis(runs, warmUps, () -> checker.decode(jpeg, checker.check(jpeg, "image/jpeg")));
        double total = medianMillis(runs, warmUps, () -> analyzer.analyse(jpeg, "image/jpeg"));
        System.out.printf(Locale.ROOT, "median ms: checks %.1f | checks + subsampled decode %.1f | checks + features (total) %.1f%n",
                check, decode, total);
    }

    private static double medianMillis(int runs, int warmUps, Supplier<?> work) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }
}

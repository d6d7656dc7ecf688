package com.collectiq.authenticity.signals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.collectiq.vision.VisionBenchmark;

/**
 * The screen-pattern signal's cost on a 12 MP JPEG (the centre decoded at full resolution, four
 * 256 × 256 spectra and their peak search), the largest single CPU cost per card in the pipeline
 * profile. Prints the median wall and thread-CPU time; run by hand, never by the build:
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.authenticity.signals.ScreenPatternBenchmark</pre>
 *
 * Optional arguments: measured runs (default 31), warm-up runs (default 10).
 */
public final class ScreenPatternBenchmark {

    private ScreenPatternBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(VisionBenchmark.twelveMegapixelPhoto(), "jpg", jpeg);
        byte[] photo = jpeg.toByteArray();
        System.out.printf(Locale.ROOT, "peak ratio %.3f%n", ScreenPattern.peakRatio(photo).orElseThrow());
        VisionBenchmark.report("screen pattern (decode + spectra)", runs, warmUps, () -> ScreenPattern.peakRatio(photo));
    }
}

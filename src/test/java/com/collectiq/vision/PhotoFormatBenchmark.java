package com.collectiq.vision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.util.unit.DataSize;

/**
 * Checks + decode + visual features per photo format at 12 MP, each file written by the format's own
 * encoder from one rendered photo: ImageIO for JPEG and PNG, {@code cwebp} for WebP, {@code heif-enc}
 * for HEIC (whole, and as a phone's grid of 512 × 512 tiles through {@code tools/heif-grid.py}),
 * ImageMagick for a CMYK JPEG. A format whose tool is missing is skipped and said so. Run by hand:
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.vision.PhotoFormatBenchmark</pre>
 *
 * Optional arguments: measured runs (default 11), warm-up runs (default 4).
 */
public final class PhotoFormatBenchmark {

    private static final int TILE = 512;

    private PhotoFormatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path work = Files.createTempDirectory("photo-formats");
        Path png = work.resolve("photo.png");
        ImageIO.write(VisionBenchmark.twelveMegapixelPhoto(), "png", png.toFile());

        Map<String, Path> files = new LinkedHashMap<>();
        files.put("PNG", png);
        if (run(work, "convert", png.toString(), "-quality", "90", "photo.jpg")) {
            files.put("JPEG (quality 90)", work.resolve("photo.jpg"));
        }
        if (run(work, "cwebp", "-quiet", "-q", "80", png.toString(), "-o", "photo.webp")) {
            files.put("WebP (lossy, q 80)", work.resolve("photo.webp"));
        }
        if (run(work, "heif-enc", "-q", "60", png.toString(), "-o", "photo.heic")) {
            files.put("HEIC (one image)", work.resolve("photo.heic"));
        }
        if (heicGrid(work, png)) {
            files.put("HEIC (grid of 512 × 512 tiles)", work.resolve("grid.heic"));
        }
        if (run(work, "convert", png.toString(), "-colorspace", "CMYK", "-quality", "90", "photo-cmyk.jpg")) {
            files.put("CMYK JPEG (quality 90)", work.resolve("photo-cmyk.jpg"));
        }

        ImageProperties defaults = ImageProperties.defaults();
        // a 12 MP PNG is larger than an upload may be; here it is measured all the same
        PhotoChecker checker = new PhotoChecker(new ImageProperties(DataSize.ofMegabytes(64), defaults.maxPixels(),
                defaults.minShortSide(), defaults.allowedTypes(), defaults.analysisLongSide(), defaults.maxConcurrentDecodes()));
        PhotoAnalyzer analyzer = new PhotoAnalyzer(checker);
        System.out.printf(Locale.ROOT, "%d warm-up runs, %d measured runs each%n", warmUps, runs);
        for (Map.Entry<String, Path> format : files.entrySet()) {
            byte[] bytes = Files.readAllBytes(format.getValue());
            PhotoAnalysis analysis = analyzer.analyse(bytes, null);
            System.out.printf(Locale.ROOT, "%s: %.1f MiB, %s %d × %d, card found: %s%n", format.getKey(),
                    bytes.length / 1048576d, analysis.check().format(), analysis.check().width(), analysis.check().height(),
                    analysis.normalisedCard().isPresent());
            VisionBenchmark.report("  checks + decode + features", runs, warmUps, () -> analyzer.analyse(bytes, null));
        }
    }

    /** The photo cut into tiles (edges padded), each encoded by heif-enc, put into a grid item. */
    private static boolean heicGrid(Path work, Path png) throws IOException, InterruptedException {
        int columns = (4000 + TILE - 1) / TILE;
        int rows = (3000 + TILE - 1) / TILE;
        if (!run(work, "convert", png.toString(), "-background", "black", "-gravity", "northwest", "-extent",
                columns * TILE + "x" + rows * TILE, "-crop", TILE + "x" + TILE, "+repage", "tile-%03d.png")) {
            return false;
        }
        List<String> command = new ArrayList<>(List.of(Path.of("tools", "heif-grid.py").toAbsolutePath().toString(),
                "--rows", String.valueOf(rows), "--columns", String.valueOf(columns), "--width", "4000", "--height", "3000",
                "-o", "grid.heic"));
        for (int i = 0; i < rows * columns; i++) {
            String tile = String.format(Locale.ROOT, "tile-%03d", i);
            if (!run(work, "heif-enc", "-q", "60", tile + ".png", "-o", tile + ".heic")) {
                return false;
            }
            command.add(tile + ".heic");
        }
        return run(work, command.toArray(String[]::new));
    }

    /** Runs a tool in the work directory; false (and a line saying so) when it is missing or fails. */
    private static boolean run(Path work, String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() == 0) {
                return true;
            }
            System.out.println("skipped: " + command[0] + " exited " + process.exitValue());
        } catch (IOException missing) {
            System.out.println("skipped: no " + command[0] + " (" + missing.getMessage() + ")");
        }
        return false;
    }
}

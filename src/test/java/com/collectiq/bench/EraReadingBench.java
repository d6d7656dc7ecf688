package com.collectiq.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.card.Identity;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.identification.CardIdentifier;
import com.collectiq.identification.LocalReadingPath;
import com.collectiq.identification.LocalReadingPath.Read;
import com.collectiq.identification.ReadingScores;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.CatalogCard;
import com.collectiq.identification.catalog.InMemoryPriceCache;
import com.collectiq.identification.catalog.PokemonTcgApi;
import com.collectiq.pricing.sources.PokemonTcgProperties;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.GroundTruth;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.testsupport.eras.Scene;
import com.collectiq.upload.PhotoStore;
import com.collectiq.vision.PhotoAnalyzer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;

/**
 * Issue 24's reading benchmark: badly taken photos drawn by the era renderer (perspective up to 20°,
 * any turn, EXIF orientation, glare, sleeves, dim light, busy backgrounds, 20-90 % fill, up to
 * 12 MP), through the whole {@code local} reading path of the service's own beans (photo checks,
 * outline detection with no true corners, OCR, identification), offline and with no hints, for a
 * fixed seed and one chosen at run time. Prints per era and overall: top-1 (exact catalog id),
 * top-3, the calibration table, and the process CPU per photo for reading and identifying (the
 * photos are drawn first, on threads of their own, and not counted). Every fourth photo is also
 * identified with a catalog that lacks its set: offline (name and number/total read exactly) and
 * with the online catalog on WireMock, per era and by the card's resolution in the photo.
 * Measures and prints; asserts nothing. Command and figures: docs/PERFORMANCE.md.
 */
@LocalMode
class EraReadingBench {

    private static final long FIXED_SEED = 20261205L;
    private static final int PER_ERA = Integer.getInteger("bench.reading.per-era", 40);
    /** Every n-th photo is also identified as a card of a set that is not bundled. */
    private static final int UNBUNDLED_EVERY = 4;
    /** Photos are drawn ahead on these threads, so the reading is measured alone on a machine others share. */
    private static final int RENDER_THREADS = Integer.getInteger("bench.reading.render-threads", 3);

    @Autowired
    private PhotoAnalyzer analyzer;
    @Autowired
    private TextExtractor extractor;
    @Autowired
    private PhotoStore photos;

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void readsBadlyTakenPhotosOfEveryEra() {
        long chosen = Long.getLong("bench.reading.seed", System.currentTimeMillis());
        EraCatalog data = EraCatalog.bundled();
        Catalog bundled = Catalog.bundled();
        LocalReadingPath path = new LocalReadingPath(analyzer, extractor, photos);
        try (PokemonTcgSearchStandIn api = new PokemonTcgSearchStandIn(data)) {
            Identifiers identifiers = new Identifiers(bundled, api.baseUrl());
            System.out.printf(Locale.ROOT, "%nEra reading bench: %d photos per era per seed, seeds %d (fixed) and %d (chosen "
                    + "at run time; -Dbench.reading.seed=%d repeats it)%n", PER_ERA, FIXED_SEED, chosen, chosen);
            for (long seed : new long[] {FIXED_SEED, chosen}) {
                run(seed, data, path, identifiers);
            }
            System.out.printf("online catalog searches answered by the stand-in: %d%n", api.searches());
        }
    }

    private void run(long seed, EraCatalog data, LocalReadingPath path, Identifiers identifiers) {
        List<PhotoCase> cases = PhotoSampler.perEra(data, seed, PER_ERA);
        long renderStarted = System.nanoTime();
        List<CardPhoto> rendered = renderAll(cases);
        System.out.printf(Locale.ROOT, "  seed %d: %d photos drawn in %.0f s on %d threads%n", seed, rendered.size(),
                (System.nanoTime() - renderStarted) / 1e9, RENDER_THREADS);
        ReadingScores scores = new ReadingScores();
        UnbundledScores unbundled = new UnbundledScores();
        List<Double> processCpuMs = new ArrayList<>();
        List<Double> threadCpuMs = new ArrayList<>();
        List<Double> twelveMpCpuMs = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        rows.add("catalogId\tera\tprinted\tidentified\tconfidence\ttop1\ttop3\tprocessCpuMs\tframe\tfill\troll\ttilt"
                + "\tbackground\texif\tlight\tsleeve\tglare\tsecondCard\trefused");
        int refused = 0;
        for (int i = 0; i < cases.size(); i++) {
            CardPhoto photo = rendered.get(i);
            GroundTruth truth = photo.truth();
            long processBefore = os.getProcessCpuTime();
            long threadBefore = threads.getCurrentThreadCpuTime();
            Read read = path.read("uploads/era-bench/" + i + ".jpg", photo.jpeg());
            Identity identity = read.refused() ? null : LocalReadingPath.identify(identifiers.bundled(), read).identity();
            double processMs = (os.getProcessCpuTime() - processBefore) / 1e6;
            processCpuMs.add(processMs);
            threadCpuMs.add((threads.getCurrentThreadCpuTime() - threadBefore) / 1e6);
            Scene scene = truth.scene();
            if ((long) scene.frameWidth() * scene.frameHeight() >= 11_000_000L) {
                twelveMpCpuMs.add(processMs);
            }
            refused += read.refused() ? 1 : 0;
            ReadingScores.Scored scored = scores.add(truth, identity);
            if (i % UNBUNDLED_EVERY == 0 && !read.refused()) {
                unbundled.add(truth, LocalReadingPath.identify(identifiers.without(truth.setId(), false), read).identity(),
                        LocalReadingPath.identify(identifiers.without(truth.setId(), true), read).identity());
            } else if (i % UNBUNDLED_EVERY == 0) {
                unbundled.add(truth, null, null);
            }
            rows.add(String.join("\t", truth.catalogId(), truth.era().name(), truth.printedNumber(),
                    String.valueOf(scored.identified()), String.format(Locale.ROOT, "%.2f", scored.confidence()),
                    String.valueOf(scored.top1()), String.valueOf(scored.top3()), String.format(Locale.ROOT, "%.0f", processMs),
                    scene.frameWidth() + "x" + scene.frameHeight(), String.format(Locale.ROOT, "%.2f", scene.fill()),
                    String.format(Locale.ROOT, "%.0f", scene.rollDegrees()), String.format(Locale.ROOT, "%.0f", scene.tiltDegrees()),
                    scene.background().name(), String.valueOf(scene.exifOrientation()),
                    String.format(Locale.ROOT, "%.2f", scene.light()), String.valueOf(scene.sleeve()),
                    String.valueOf(scene.glareSpots()), String.valueOf(scene.secondCard()),
                    read.refused() ? read.rejected().getMessage() : ""));
            if ((i + 1) % 40 == 0) {
                System.out.printf(Locale.ROOT, "  seed %d: %d/%d photos, top-1 so far %d%n", seed, i + 1, cases.size(),
                        scores.overall().top1());
            }
        }
        Path table = Path.of("target", "era-reading-bench-" + seed + ".tsv");
        write(table, rows);
        System.out.print(scores.report(String.format(Locale.ROOT, "Seed %d: %d photos, local, offline, no hints "
                + "(%d refused by the photo checks; per photo: %s)", seed, cases.size(), refused, table)));
        System.out.printf(Locale.ROOT, "process CPU per photo, reading + identification: median %.0f ms (p90 %.0f ms); "
                + "12 MP photos only: median %.0f ms over %d; the calling thread alone: median %.0f ms%n",
                Medians.of(processCpuMs), percentile(processCpuMs, 0.9), twelveMpCpuMs.isEmpty() ? 0 : Medians.of(twelveMpCpuMs),
                twelveMpCpuMs.size(), Medians.of(threadCpuMs));
        System.out.print(unbundled.report("seed " + seed + ", every " + UNBUNDLED_EVERY + "th photo"));
    }

    private static List<CardPhoto> renderAll(List<PhotoCase> cases) {
        ExecutorService pool = Executors.newFixedThreadPool(RENDER_THREADS);
        try {
            List<Future<CardPhoto>> futures = cases.stream().map(c -> pool.submit(c::render)).toList();
            List<CardPhoto> photos = new ArrayList<>();
            for (Future<CardPhoto> future : futures) {
                photos.add(future.get());
            }
            return photos;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("drawing a photo failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(List<Double> values, double share) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * share)));
    }

    private static void write(Path file, List<String> rows) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.collectiq.identification;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.util.unit.DataSize;

import com.collectiq.bench.Identifiers;
import com.collectiq.bench.UnbundledScores;
import com.collectiq.bench.PokemonTcgSearchStandIn;
import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.tesseract.TesseractProperties;
import com.collectiq.extraction.tesseract.TesseractTextExtractor;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.testsupport.InMemoryPhotos;
import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.GroundTruth;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.upload.UploadProperties;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoChecker;
import com.collectiq.vision.PhotoRejectedException;

/**
 * Local reading measured by hand, never by the build: photos of every era from the era renderer go
 * through the photo checks, the full-resolution card crop, Tesseract and offline identification.
 * Prints top-1 per era, the calibration table, every miss with what was read, and the process CPU
 * the reading and identifying took per photo (crop + OCR with its turns + identification; the photo
 * checks and the rendering are not counted).
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.identification.LocalReadingProbe -Dexec.args="8 20261205"</pre>
 *
 * Arguments: photos per era (default 8), seed (default: one chosen now and printed), {@code quiet}
 * (no per-photo lines). With {@code -Dprobe.misses=DIR} the photo of each miss or unsure answer and the card cut out for
 * reading are written there, named by the catalog id, to look at. {@code -Dprobe.only=ID,ID} keeps only those cards of
 * the seed's sample; {@code -Dprobe.rows=true} prints a tab-separated row per photo (number read and its confidence,
 * name read, answer, why); {@code -Dprobe.unbundled=true} identifies each photo again as if its set were not bundled,
 * offline and with the online catalog on the WireMock search stand-in, a row each. With {@code -Dprobe.readings=DIR}
 * each photo's reading is kept in DIR ({@link ReadingCache}) and taken from there on the next run of the same sample:
 * a change to identification alone is then measured in seconds (no CPU or outline figures for kept readings).
 */
public final class LocalReadingProbe {

    /** Photos that take this much CPU or more are named, with their outline: the tail is what to look at. */
    private static final long SLOW_MILLIS = 2000;

    private LocalReadingProbe() {
    }

    public static void main(String[] args) throws Exception {
        int perEra = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        boolean quiet = args.length > 2 && args[2].equals("quiet");
        Path misses = System.getProperty("probe.misses") == null ? null
                : Files.createDirectories(Path.of(System.getProperty("probe.misses")));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));
        InMemoryPhotos photos = new InMemoryPhotos();
        CardIdentifier identifier = LocalReadingPath.offline(Catalog.bundled());
        ReadingScores scores = new ReadingScores();
        List<Long> cpuMillis = new ArrayList<>();
        // -Dprobe.unbundled=true: each photo identified again as if its set were not bundled
        Identifiers unbundled = null;
        UnbundledScores unbundledScores = new UnbundledScores();
        PokemonTcgSearchStandIn api = null;
        if (Boolean.getBoolean("probe.unbundled")) {
            api = new PokemonTcgSearchStandIn(EraCatalog.bundled());
            unbundled = new Identifiers(Catalog.bundled(), api.baseUrl());
        }
        List<String> only = List.of(System.getProperty("probe.only", "").split(","));
        List<PhotoCase> cases = PhotoSampler.perEra(EraCatalog.bundled(), seed, perEra);
        // -Dprobe.readings=DIR: each photo's reading kept there, and taken from there when it was read before
        ReadingCache cache = System.getProperty("probe.readings") == null ? null
                : ReadingCache.of(Path.of(System.getProperty("probe.readings")), seed, perEra);
        System.out.printf(Locale.ROOT, "seed %d, %d photos%n", seed, cases.size());
        try (TesseractTextExtractor extractor = new TesseractTextExtractor(
                new TesseractProperties(Files.createTempDirectory("probe").resolve("tessdata"), 1, 0.6), photos,
                new UploadProperties(null, null, DataSize.ofMegabytes(12), List.of()))) {
            for (int i = 0; i < cases.size(); i++) {
                PhotoCase photoCase = cases.get(i);
                if (!only.equals(List.of("")) && !only.contains(photoCase.card().catalogId())) {
                    continue;
                }
                Optional<ReadingCache.Reading> kept = cache == null ? Optional.empty() : cache.get(i, photoCase.card().catalogId());
                CardPhoto photo = kept.isPresent() ? null : photoCase.render();
                GroundTruth truth = photo == null ? photoCase.truth() : photo.truth();
                Identity identity = null;
                Extraction read = kept.map(ReadingCache.Reading::extraction).orElse(null);
                VisualHints visual = kept.map(ReadingCache.Reading::visual).orElse(null);
                BufferedImage card = null;
                String outline = kept.isPresent() ? "not measured (kept reading)" : "refused";
                if (photo != null) {
                    String key = "uploads/probe/" + i + ".jpg";
                    photos.put(key, photo.jpeg(), "image/jpeg");
                    try {
                        PhotoAnalysis front = analyzer.analyse(photo.jpeg(), "image/jpeg");
                        outline = outlineError(front, truth.corners());
                        visual = LocalReadingPath.visualHints(front);
                        long before = os.getProcessCpuTime();
                        card = analyzer.cardForReading(photo.jpeg(), front).orElse(null);
                        read = extractor.extract(key, card);
                        identity = identifier.identify(read, Hints.NONE, visual).identity();
                        long cpu = (os.getProcessCpuTime() - before) / 1_000_000;
                        cpuMillis.add(cpu);
                        if (cpu >= SLOW_MILLIS) {
                            System.out.printf(Locale.ROOT, "slow: %s took %d ms of CPU, outline %s%n", truth.catalogId(), cpu, outline);
                        }
                    } catch (PhotoRejectedException refused) {
                        System.out.println("refused: " + refused.getMessage());
                    }
                    photos.delete(key);
                    if (cache != null) {
                        cache.add(new ReadingCache.Reading(i, truth.catalogId(), read, visual));
                    }
                } else if (read != null) {
                    identity = identifier.identify(read, Hints.NONE, visual).identity();
                }
                ReadingScores.Scored scored = scores.add(truth, identity);
                if (unbundled != null && read != null) {
                    // as a card of a set that is not bundled: offline, then with the online catalog
                    Identity offline = unbundled.without(truth.setId(), false).identify(read, Hints.NONE, visual).identity();
                    Identity online = unbundled.without(truth.setId(), true).identify(read, Hints.NONE, visual).identity();
                    unbundledScores.add(truth, offline, online);
                    System.out.printf(Locale.ROOT, "unbundled\t%s\t%s\t%s\t%s/%s\t%s\t%s\t%s\t%.2f\t%s%n", truth.catalogId(),
                            truth.printedName(), offline.name(), offline.number(), offline.printedTotal(),
                            offline.catalogId(), truth.catalogId().equals(online.catalogId()) ? "RIGHT" : "wrong",
                            online.catalogId(), online.confidence(), online.evidence().get("online").rationale() + " / " + online.evidence().get("catalogId").rationale() + " " + online.candidates()
                            + " / offline: " + offline.evidence().get("catalogId").rationale());
                }
                if (Boolean.getBoolean("probe.rows") && identity != null) {
                    Identity.Evidence number = identity.evidence().get("number");
                    Identity.Evidence name = identity.evidence().get("name");
                    System.out.printf(Locale.ROOT, "row\t%s\t%s\t%s\t%.2f\t%s\t%.2f\t%s\t%.2f\t%s%n", truth.catalogId(),
                            truth.number(), number == null ? "-" : number.value(), number == null ? 0 : number.confidence(),
                            name == null ? "-" : name.value(), name == null ? 0 : name.confidence(), scored.identified(),
                            scored.confidence(), identity.evidence().containsKey("catalogId")
                                    ? identity.evidence().get("catalogId").rationale() : "");
                }
                if (misses != null && photo != null && (!scored.top1() || scored.confidence() < ReadingScores.CONFIDENT)) {
                    Files.write(misses.resolve(truth.catalogId() + ".jpg"), photo.jpeg());
                    if (card != null) {
                        ImageIO.write(card, "png", misses.resolve(truth.catalogId() + "-card.png").toFile());
                    }
                }
                if (!quiet && (!scored.top1() || scored.confidence() >= ReadingScores.CONFIDENT != scored.top1())) {
                    System.out.printf(Locale.ROOT, "%s: %s (%s, %s) -> %s at %.2f %s outline %s%n", scored.top1() ? "unsure" : "miss",
                            truth.catalogId(), truth.printedName(), truth.printedNumber(),
                            scored.identified(), scored.confidence(),
                            identity == null ? "" : identity.candidates().stream().limit(3).map(c -> c.catalogId()).toList(),
                            outline);
                    if (identity != null && identity.evidence().containsKey("catalogId")) {
                        System.out.println("      why: " + identity.evidence().get("catalogId").rationale());
                        identity.evidence().forEach((field, seen) -> System.out.printf(Locale.ROOT, "      %s = %s (%.2f, %s)%n",
                                field, seen.value(), seen.confidence(), seen.rationale()));
                    }
                    if (read != null) {
                        read.lines().forEach(line -> System.out.printf(Locale.ROOT, "      %.2f %5.3f %s%n",
                                line.confidence(), line.box() == null ? -1 : line.box().top(), line.text()));
                    }
                }
            }
        }
        if (api != null) {
            api.close();
        }
        System.out.println(scores.report("Local reading, seed " + seed + ", " + perEra + " per era, offline, no hints"));
        if (unbundled != null) {
            System.out.println(unbundledScores.report("seed " + seed + ", every photo read"));
        }
        long[] sorted = cpuMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0) {
            System.out.printf(Locale.ROOT, "process CPU per photo (crop + OCR + identify): median %d ms, p90 %d ms, max %d ms over %d%n",
                    sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1], sorted.length);
        }
        System.out.println(Arrays.toString(sorted));
    }

    /** How far the found outline's corners lie from the true ones, as a share of the card's diagonal. */
    private static String outlineError(PhotoAnalysis front, List<java.awt.geom.Point2D.Double> truth) {
        if (front.features().outline().isEmpty()) {
            return "none";
        }
        var corners = front.features().outline().get().corners();
        double diagonal = truth.get(0).distance(truth.get(2));
        double worst = 0;
        for (var corner : corners) {
            double nearest = truth.stream().mapToDouble(t -> t.distance(corner.x(), corner.y())).min().orElse(0);
            worst = Math.max(worst, nearest);
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * worst / diagonal);
    }
}

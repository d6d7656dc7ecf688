package com.collectiq.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.card.Identity;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.identification.CardIdentifier;
import com.collectiq.identification.LocalReadingPath;
import com.collectiq.identification.LocalReadingPath.Read;
import com.collectiq.identification.ReadingScores;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.eras.CardFace;
import com.collectiq.testsupport.eras.GroundTruth;
import com.collectiq.testsupport.spreads.PlacedCard;
import com.collectiq.testsupport.spreads.SpreadCase;
import com.collectiq.testsupport.spreads.SpreadKind;
import com.collectiq.testsupport.spreads.SpreadPhoto;
import com.collectiq.testsupport.spreads.Spreads;
import com.collectiq.upload.PhotoStore;
import com.collectiq.vision.FoundCard;
import com.collectiq.vision.LayoutScores;
import com.collectiq.vision.PhotoAnalysis;
import com.collectiq.vision.PhotoAnalyzer;

/**
 * Issue 30's benchmark: rendered binder pages (2 × 2 and 3 × 3, empty pockets, a card upside down now
 * and then, glare on the sheet) and table spreads (2 to 12 cards, in rows or scattered, touching or
 * not, cards cut by the frame or partly covered as distractors) at up to 12 MP, for a fixed seed.
 * Prints the cards found (IoU ≥ 0.8 with a card that counts, one to one), the false cards and the
 * median IoU, per kind of photo and overall, with the thread CPU of analysing a photo (finding its
 * cards included); then every found card is cut out with {@code cropCard} and read through the
 * {@code local} reading path (checks, outline, OCR, identification against the bundled catalog,
 * offline, no hints) as {@link EraReadingBench} reads a photo: top-1 and top-3 per era, and for the
 * cards lying upside down. Measures and prints; asserts nothing. Command and figures: docs/PERFORMANCE.md.
 */
@LocalMode
class SpreadReadingBench {

    /** The seed of the figures in docs/PERFORMANCE.md; another with {@code -Dbench.spreads.seed}. */
    private static final long SEED = Long.getLong("bench.spreads.seed", 20261206L);
    private static final int PHOTOS = Integer.getInteger("bench.spreads.photos", 100);

    @Autowired
    private PhotoAnalyzer analyzer;
    @Autowired
    private TextExtractor extractor;
    @Autowired
    private PhotoStore photos;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void findsAndReadsTheCardsOfPagesAndSpreads() {
        LocalReadingPath path = new LocalReadingPath(analyzer, extractor, photos);
        CardIdentifier identifier = LocalReadingPath.offline(Catalog.bundled());
        Map<SpreadKind, LayoutScores> byKind = new EnumMap<>(SpreadKind.class);
        LayoutScores overall = new LayoutScores();
        ReadingScores reading = new ReadingScores();
        ReadingScores upsideDown = new ReadingScores();
        List<Double> analyseCpuMs = new ArrayList<>();
        List<Double> readCpuMs = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%nSpread reading bench: %d photos, seed %d%n", PHOTOS, SEED);
        List<SpreadCase> cases = Spreads.sample(SEED, PHOTOS);
        for (int i = 0; i < cases.size(); i++) {
            SpreadPhoto photo = cases.get(i).render();
            long before = threads.getCurrentThreadCpuTime();
            PhotoAnalysis analysis = analyzer.analyse(photo.jpeg(), "image/jpeg");
            List<FoundCard> found = analysis.cards();
            analyseCpuMs.add((threads.getCurrentThreadCpuTime() - before) / 1e6);
            overall.add(photo, found);
            byKind.computeIfAbsent(photo.kind(), kind -> new LayoutScores()).add(photo, found);
            for (FoundCard card : found) {
                PlacedCard truth = matched(photo, card);
                if (truth == null) {
                    continue; // a false card: counted above, nothing to identify it as
                }
                long readBefore = threads.getCurrentThreadCpuTime();
                Read read = path.read("uploads/spread-bench/" + i + "-" + card.slot() + ".jpg",
                        analyzer.cropCard(photo.jpeg(), analysis, card));
                Identity identity = read.refused() ? null : LocalReadingPath.identify(identifier, read).identity();
                readCpuMs.add((threads.getCurrentThreadCpuTime() - readBefore) / 1e6);
                GroundTruth printed = groundTruth(photo, truth);
                reading.add(printed, identity);
                if (truth.upsideDown()) {
                    upsideDown.add(printed, identity);
                }
            }
            if ((i + 1) % 10 == 0) {
                System.out.printf(Locale.ROOT, "  %d/%d photos: %s%n", i + 1, cases.size(), overall.summary());
            }
        }
        System.out.printf(Locale.ROOT, "%nFinding the cards (IoU >= %.1f, one to one; false = found cards matching no card "
                + "that counts, over the cards that count):%n", LayoutScores.MIN_IOU);
        byKind.forEach((kind, scores) -> System.out.printf(Locale.ROOT, "  %-11s %s%n", kind, scores.summary()));
        System.out.printf(Locale.ROOT, "  %-11s %s%n", "overall", overall.summary());
        System.out.printf(Locale.ROOT, "thread CPU to analyse a photo (checks, features, finding its cards): median %.0f ms; "
                + "to read and identify one cut-out card: median %.0f ms%n", Medians.of(analyseCpuMs), Medians.of(readCpuMs));
        System.out.print(reading.report("Identification of the found cards, cut out and read through the local path "
                + "(offline, bundled catalog, no hints)"));
        System.out.printf(Locale.ROOT, "cards lying upside down among them: %d, top-1 %.1f %%, top-3 %.1f %%%n",
                upsideDown.overall().photos(), 100 * upsideDown.overall().topOneShare(), 100 * upsideDown.overall().topThreeShare());
    }

    /** The card that counts which the found one matches (IoU ≥ 0.8), or null for a false card. */
    private static PlacedCard matched(SpreadPhoto photo, FoundCard card) {
        return photo.counted().stream()
                .filter(truth -> LayoutScores.iou(truth.corners(), card.corners()) >= LayoutScores.MIN_IOU)
                .findFirst().orElse(null);
    }

    private static GroundTruth groundTruth(SpreadPhoto photo, PlacedCard placed) {
        var card = placed.card();
        return new GroundTruth(card.catalogId(), card.set().id(), card.name(), card.printedName(), card.number(),
                card.set().printedTotal(), CardFace.printedNumber(card), card.era(), placed.finish(), photo.scene(),
                placed.corners());
    }
}

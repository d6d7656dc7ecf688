package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.Identity.Candidate;
import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.tesseract.TesseractProperties;
import com.collectiq.extraction.tesseract.TesseractTextExtractor;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.CatalogCard;
import com.collectiq.identification.catalog.CatalogSet;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.upload.UploadProperties;

/**
 * Identification end to end in {@code local} mode: cards drawn with a fixed seed from the bundled
 * catalog, each rendered as a phone photo (turned, softened), cut out along its true corners, read
 * by the real Tesseract OCR and identified offline. Prints the top-1 and top-3 rates recorded in
 * docs/PERFORMANCE.md. The build runs 30 cards (about half a minute here); {@code -Didentification.accuracy.cards=200} runs the full sample
 * (see docs/PERFORMANCE.md for the command).
 */
class EndToEndAccuracyTest {

    private static final long SEED = 20261124L;
    private static final int CARDS = Integer.getInteger("identification.accuracy.cards", 30);
    private static final double NORMALISED_PIXELS_PER_MM = 12;
    private static final double TOP_ONE_TARGET = 0.9;

    @TempDir
    static Path dataDir;

    private static TesseractTextExtractor ocr;

    @BeforeAll
    static void startEngine() {
        ocr = new TesseractTextExtractor(new TesseractProperties(dataDir.resolve("tessdata"), 1, 0.6), null,
                new UploadProperties(null, null, DataSize.ofMegabytes(12), List.of()));
    }

    @AfterAll
    static void stopEngine() {
        ocr.close();
    }

    @Test
    void identifiesRenderedPhotosReadByTesseract() {
        Catalog catalog = Catalog.bundled();
        CardIdentifier identifier = new CardIdentifier(catalog,
                query -> OnlineAnswer.notAnswered(Outcome.OFFLINE, "accuracy run is offline"));
        Random random = new Random(SEED);
        List<CatalogCard> cards = catalog.cards();
        int topOne = 0;
        int topThree = 0;
        List<String> misses = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 1; i <= CARDS; i++) {
            CatalogCard card = cards.get(random.nextInt(cards.size()));
            CardRenderer.Builder photo = photoOf(card, catalog.setOf(card), random);
            Extraction read = ocr.extract("uploads/accuracy/" + card.id() + ".jpg",
                    photo.render().normalisedCard(NORMALISED_PIXELS_PER_MM));
            Identity identity = identifier.identify(read, Hints.NONE, VisualHints.NONE).identity();
            if (card.id().equals(identity.catalogId())) {
                topOne++;
            } else {
                misses.add(card.id() + " -> " + identity.catalogId() + " " + identity.candidates().stream()
                        .limit(3).map(Candidate::catalogId).toList() + " read " + read.lines().stream()
                        .map(line -> line.region() + ":" + line.text()).toList());
            }
            if (identity.candidates().stream().limit(3).anyMatch(c -> c.catalogId().equals(card.id()))) {
                topThree++;
            }
            if (i % 25 == 0) {
                System.out.printf("accuracy: %d/%d cards, top-1 so far %d%n", i, CARDS, topOne);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        double topOneRate = (double) topOne / CARDS;
        System.out.printf("End-to-end accuracy (seed %d): %d cards, top-1 %.1f %% (%d), top-3 %.1f %% (%d), %d s%n",
                SEED, CARDS, 100 * topOneRate, topOne, 100.0 * topThree / CARDS, topThree, took.toSeconds());
        misses.forEach(miss -> System.out.println("miss: " + miss));
        assertThat(topOneRate).isGreaterThanOrEqualTo(TOP_ONE_TARGET);
    }

    /**
     * The card as printed in its era: zero-padded numbers from Sun &amp; Moon on, the copyright line
     * of its maker and year; a phone photo of varying size, angle and sharpness.
     */
    private static CardRenderer.Builder photoOf(CatalogCard card, CatalogSet set, Random random) {
        int year = set.releaseDate().getYear();
        boolean padded = year >= 2017;
        String copyright = year <= 2003
                ? "©1995, 96, 98 Nintendo, Creatures, GAMEFREAK. ©" + year + " Wizards."
                : "©" + year + " Pokémon / Nintendo / Creatures / GAME FREAK";
        String[] frames = {"2000x1500", "3000x4000", "4000x3000"};
        String[] frame = frames[random.nextInt(frames.length)].split("x");
        return CardRenderer.builder()
                .name(printedName(card.name()))
                // the renderer always prints an HP; Trainer and Energy cards get 0, which no reader takes for HP
                .hp(card.hp() == null ? 0 : card.hp())
                .number(padded ? pad(card.number()) : card.number())
                .printedTotal(padded ? pad(set.printedTotalText()) : set.printedTotalText())
                .illustrator(card.artist() == null ? "" : card.artist())
                .copyright(copyright)
                .attacks(List.of(new CardRenderer.Attack("Tackle", "Flip a coin. If heads, this attack does 10 more damage.", "20")))
                .rotation(random.nextDouble() * 16 - 8)
                .blur(random.nextDouble() * 1.4)
                .frame(Integer.parseInt(frame[0]), Integer.parseInt(frame[1]))
                .cardShare(0.25 + random.nextDouble() * 0.2)
                .seed(random.nextLong());
    }

    /** What the card prints: the catalog's bracketed disambiguation ("Professor's Research (Professor Sada)") is not on it. */
    private static String printedName(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)", "");
    }

    private static String pad(String number) {
        return number.matches("\\d{1,2}") ? String.format("%03d", Integer.parseInt(number)) : number;
    }
}

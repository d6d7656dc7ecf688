package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.extraction.Extraction.Box;

/**
 * Which lines of a card's top part are banners, not names (lines as Tesseract read them off
 * photographed cards), and names read off the era renderer's photos.
 */
class CardReaderNameTest {

    /** {@code LocalReadingProbe}'s sample of the era renderer's photos, in which these names were read as junk. */
    private static final long SEED = 20261205L;
    /** A name's word read this sure is kept by the extractor and taken for the name. */
    private static final double SURE = 0.7;

    @TempDir
    static Path dataDir;

    private static TesseractPool pool;

    @BeforeAll
    static void startEngine() {
        pool = new TesseractPool(EnglishModel.installInto(dataDir.resolve("tessdata")), 1);
    }

    @AfterAll
    static void stopEngine() {
        pool.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRAINER", "BASIC POKEMON", "Trainer Item", "STAGE 1", "A SUPPORTER", "ER SUPPORTER", "BASIC."})
    void aBannerWithAFragmentOfOneOrTwoLettersBesideItIsABanner(String line) {
        assertThat(CardReader.isBanner(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rival", "Ho-Oh LEGEND", "Energy Switch", "Pokémon Center", "Mr. Mime", "Fisherman"})
    void aNameIsNoBannerEvenWithABannersWordInIt(String line) {
        assertThat(CardReader.isBanner(line)).isFalse();
    }

    /**
     * Every reading of the whole card had read these as junk or unsure ({@code HU} at 0.35; a blurred
     * card's {@code “Mudkip} at 0.54; a dark card's {@code Quilava} in pieces, {@code —e ey Vd}): each
     * line or row read on its own reads them sure.
     */
    @ParameterizedTest
    @CsvSource({"sm1-120, Hau", "ex1-59, Mudkip", "ecard1-91, Quilava"})
    void aNameEveryReadingOfTheWholeCardReadAsJunkIsReadOnItsOwn(String catalogId, String name) {
        BufferedImage card = SampledCards.cutForReading(SEED, catalogId);

        List<CardReader.Line> lines = pool.withEngine(engine -> new CardReader(engine).readCard(card)).lines();

        assertThat(lines).filteredOn(line -> topOf(line) < 0.2).flatExtracting(CardReader.Line::words)
                .anyMatch(word -> word.text().contains(name) && word.confidence() >= SURE);
    }

    private static double topOf(CardReader.Line line) {
        return Box.around(line.boxes()).top();
    }
}

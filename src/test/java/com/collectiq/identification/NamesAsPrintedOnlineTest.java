package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.collectiq.bench.Identifiers;
import com.collectiq.bench.PokemonTcgSearchStandIn;
import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.testsupport.eras.EraCatalog;

/**
 * Cards of sets not bundled whose name the catalog's names do not say, found by the online catalog
 * (the Pokémon TCG API's search stand-in, answering from the reference data): the name as printed
 * decides, not the closest catalog name read in it. The lines are as Tesseract read them on the
 * era renderer's photos.
 */
class NamesAsPrintedOnlineTest {

    private static PokemonTcgSearchStandIn api;
    private static Identifiers identifiers;

    @BeforeAll
    static void startTheSearch() {
        api = new PokemonTcgSearchStandIn(EraCatalog.bundled());
        identifiers = new Identifiers(Catalog.bundled(), api.baseUrl());
    }

    @AfterAll
    static void stopTheSearch() {
        api.close();
    }

    @Test
    void aNamePrintedThatSpellsTheCardsFitsItWhereTheClosestCatalogNameIsAnotherForm() {
        // Paldean Fates' Heat Rotom 013/091: the closest catalog name is the plain Rotom
        Identity identity = identifyWithout("sv4pt5",
                line("Heat Rotom", 0.92, 0.06, 0.05),
                line("Flame Pokémon HT: 5'01\" WT: 355.0 Ibs.", 0.90, 0.1, 0.5),
                line("Iron Tail", 0.93, 0.1, 0.7),
                line("Illus. Scav of the moon.", 0.86, 0.06, 0.93),
                line("PAF EN 013/091 *", 0.87, 0.06, 0.96));

        assertThat(identity.catalogId()).isEqualTo("sv4pt5-13");
        assertThat(identity.name()).isEqualTo("Heat Rotom");
    }

    @Test
    void aNamePrintedThatNoCatalogNameSaysPicksItsCardAmongThoseOfItsNumber() {
        // Paradox Rift's Ancient Booster Energy Capsule 159/182: the closest catalog name read in it is Water Energy
        Identity identity = identifyWithout("sv4",
                line("Trainer", 0.97, 0.06, 0.05),
                line("Ancient Booster Energy Capsule", 0.96, 0.06, 0.1),
                line("Switch your Active Pokémon with 1 of your Benched Pokémon.", 0.97, 0.08, 0.55),
                line("| PAR EN 159/182 @", 0.91, 0.06, 0.96));

        assertThat(identity.catalogId()).isEqualTo("sv4-159");
        assertThat(identity.name()).isEqualTo("Ancient Booster Energy Capsule");
    }

    private static Identity identifyWithout(String setId, TextLine... lines) {
        Extraction extraction = new Extraction(List.of(lines), List.of(), "tesseract", List.of());
        return identifiers.without(setId, true).identify(extraction, Hints.NONE, VisualHints.NONE).identity();
    }

    /** A line across most of the card's width at the given height, its words as sure as the line. */
    private static TextLine line(String text, double confidence, double left, double top) {
        String[] split = text.split(" ");
        double width = 0.8;
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < split.length; i++) {
            words.add(new Word(split[i], confidence, new Box(left + i * width / split.length, top, width / split.length, 0.03)));
        }
        return new TextLine(text, confidence, new Box(left, top, width, 0.03), null, words);
    }
}

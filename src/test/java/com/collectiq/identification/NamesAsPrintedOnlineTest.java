package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.collectiq.bench.Identifiers;
import com.collectiq.bench.PokemonTcgSearchStandIn;
import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.testsupport.eras.EraCatalog;

/**
 * Cards of sets not bundled whose name the catalog's names do not say, found by the online catalog
 * (the Pokémon TCG API's search stand-in, answering from the reference data): the name as printed
 * decides, not the closest catalog name read in it. The lines are as Tesseract read them on the
 * era renderer's photos ({@link OcrCase}: top to bottom, one confidence).
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
        Identity identity = identifyWithout("sv4pt5", OcrCase.of("Heat Rotom", "sv4pt5-13",
                "Heat Rotom",
                "Flame Pokémon HT: 5'01\" WT: 355.0 Ibs.",
                "Iron Tail",
                "Illus. Scav of the moon.",
                "PAF EN 013/091 *").confidence(0.9));

        assertThat(identity.catalogId()).isEqualTo("sv4pt5-13");
        assertThat(identity.name()).isEqualTo("Heat Rotom");
    }

    @Test
    void aNamePrintedThatNoCatalogNameSaysPicksItsCardAmongThoseOfItsNumber() {
        // Paradox Rift's Ancient Booster Energy Capsule 159/182: the closest catalog name read in it is Water Energy
        Identity identity = identifyWithout("sv4", OcrCase.of("Ancient Booster Energy Capsule", "sv4-159",
                "Trainer",
                "Ancient Booster Energy Capsule",
                "Switch your Active Pokémon with 1 of your Benched Pokémon.",
                "| PAR EN 159/182 @").confidence(0.93));

        assertThat(identity.catalogId()).isEqualTo("sv4-159");
        assertThat(identity.name()).isEqualTo("Ancient Booster Energy Capsule");
    }

    private static Identity identifyWithout(String setId, OcrCase read) {
        return identifiers.without(setId, true).identify(read.extraction(), Hints.NONE, VisualHints.NONE).identity();
    }
}

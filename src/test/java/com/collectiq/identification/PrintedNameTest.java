package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name lines as Tesseract read them off photographed cards ({@code LocalReadingProbe}), HP and labels already out. */
class PrintedNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Koga's Arbok 90 w ©|Koga's Arbok",
            "Alolan Meowth w|Alolan Meowth",
            "Araquanid ue 100|Araquanid",
            "Lurantis-GX »210@|Lurantis-GX",
            "Gumshoos=GX|Gumshoos-GX",
            "Friends in Sinnoh|Friends in Sinnoh",
            "Aroma Lady|Aroma Lady",
            "Mr. Mime 50|Mr. Mime",
            "Skeledirge ex|Skeledirge ex",
            "we Geeta|Geeta",
            "Lugia LEGEND 1300|Lugia LEGEND",
            "M Venusaur-EX|M Venusaur-EX",
            "LugiaLEGEND|Lugia LEGEND",
            "SolgaleoGX 250|Solgaleo-GX",
            "Rapid Strike Scroll of the Flying Dragon|Rapid Strike Scroll of the Flying Dragon",
            "Here Comes Team Rocket!|Here Comes Team Rocket!",
            "Multi Technical Machine 01|Multi Technical Machine 01",
            "Blaine's Quiz #2|Blaine's Quiz #2",
            "Pikachu 60 @|Pikachu",
            "RadiantEternatus|Radiant Eternatus",
            "AlolanVulpix 60|Alolan Vulpix",
            "Darkrai|Darkrai",
    })
    void takesTheRunOfWordsThatLookLikeAName(String line, String name) {
        assertThat(PrintedName.in(line)).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"Basie, true", "EASIC, true", "STAC, true", "NERG, true", "Basculin, false", "Stantler, false",
            "Staryu, false", "Eevee, false", "Pokédex, false", "PokéNav, false", "Item Finder, false"})
    void tellsALabelMisreadFromAName(String run, boolean misread) {
        assertThat(PrintedName.isLabelMisread(run)).isEqualTo(misread);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"() | 4", "we 120 @", "ue 190", "Ba", "in the of"})
    void findsNoNameInMarksAndDigits(String line) {
        assertThat(PrintedName.in(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // another set's spelling: a capital OCR does not read for its small letter, a hyphen aside
            "Moomoo Milk|Moo-Moo Milk|true",
            "Moo-Moo Milk|Moomoo Milk|true",
            "Porygon-Z|PorygonZ|false",
            // the same spelling, or a case OCR confuses (o, c, s, v, w, x, z), or punctuation it drops
            "Moo-Moo Milk|Moo-Moo Milk|false",
            "Ho-Oh|Ho-oh|false",
            "Mr Mime|Mr. Mime|false",
            "Farfetchd|Farfetch'd|false",
            "Moomoo Mik|Moo-Moo Milk|false"})
    void tellsAnotherSpellingOfACatalogNameFromAMisread(String printed, String catalogName, boolean otherwise) {
        assertThat(PrintedName.spellsOtherwise(printed, catalogName)).isEqualTo(otherwise);
    }

    @Test
    void aNameOfTwoWordsOrMoreWithoutTheGamesOwnWordIsDistinctive() {
        assertThat(PrintedName.distinctive("Transparent Walls")).isTrue();
        assertThat(PrintedName.distinctive("Erika's Exeggutor")).isTrue();
        assertThat(PrintedName.distinctive("Kadabra")).isFalse();
        assertThat(PrintedName.distinctive("Psi Pokémon")).isFalse();
        assertThat(PrintedName.distinctive("Pokémon Tool")).isFalse();
        assertThat(PrintedName.distinctive("POKEMON")).isFalse();
    }

    @Test
    void anOwnerAFormOrALogoDressesTheCatalogNameButOtherWordsDoNot() {
        assertThat(PrintedName.dresses("Koga's Arbok", "Arbok")).isTrue();
        assertThat(PrintedName.dresses("Alolan Meowth", "Meowth")).isTrue();
        assertThat(PrintedName.dresses("Lurantis-GX", "Lurantis")).isTrue();
        assertThat(PrintedName.dresses("Lt. Surge's Eevee", "Eevee")).isTrue();
        assertThat(PrintedName.dresses("Lugia LEGEND", "Lugia")).isTrue();
        assertThat(PrintedName.dresses("M Venusaur-EX", "Venusaur-EX")).isTrue();
        assertThat(PrintedName.dresses("Lt. Eevee", "Eevee")).isFalse();
        assertThat(PrintedName.dresses("Charizard Ta", "Charizard")).isFalse();
        assertThat(PrintedName.dresses("Charizard", "Charizard")).isFalse();
        assertThat(PrintedName.dresses("Servine", "Carnivine")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Medichamv|Medicham|Medicham V",
            "Jolteonv|Jolteon|Jolteon V",
            "Umbreonvmax|Umbreon|Umbreon VMAX",
            "SolgaleoGX|Solgaleo|Solgaleo-GX",
            "SkarmoryEX|Skarmory|Skarmory-EX",
            "Skeledirgeex|Skeledirge|Skeledirge ex",
            "Quaquavaliex|Quaquaval|Quaquaval ex",
            "Koraidontex|Koraidon|Koraidon ex",
            "LugiaLEGEND|Lugia|Lugia LEGEND",
    })
    void aLogoRunIntoTheNameIsSpeltAsTheCatalogSpellsIt(String printed, String catalogName, String name) {
        assertThat(PrintedName.withGluedLogo(printed, catalogName)).contains(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Medicham|Medicham", "Medichamx|Medicham", "Machamp|Medicham", "Eevees|Eevee",
            "Eeveeis|Eevee", "Mewtwo|Mew"})
    void aNameWithoutALogoRunIntoItHasNone(String printed, String catalogName) {
        assertThat(PrintedName.withGluedLogo(printed, catalogName)).isEmpty();
    }

    @Test
    void aLongerNameAroundTheCatalogNameIsACardOfItsOwn() {
        assertThat(PrintedName.holdsAsLongerName("Oran Berry", "Berry")).isTrue();
        assertThat(PrintedName.holdsAsLongerName("Night Pokémon Center", "Pokémon Center")).isTrue();
        assertThat(PrintedName.holdsAsLongerName("Double Full Heal", "Full Heal")).isTrue();
        // two letters around a name are a mark or a misread, not a word of the card's name
        assertThat(PrintedName.holdsAsLongerName("Charizard Ta", "Charizard")).isFalse();
        assertThat(PrintedName.holdsAsLongerName("Berry", "Berry")).isFalse();
        assertThat(PrintedName.holdsAsLongerName("Great Ball", "Dream Ball")).isFalse();
    }

    @Test
    void theSameWordsButOneThatIsAnotherWordAreAnotherName() {
        assertThat(PrintedName.swapsAWord("Dream Ball", "Great Ball")).isTrue();
        assertThat(PrintedName.swapsAWord("Team Flare Grunt", "Team Star Grunt")).isTrue();
        assertThat(PrintedName.swapsAWord("Professor Rowan", "Professor Oak")).isTrue();
        // a word misread by a letter or two, OCR's confusions, is the catalog's word
        assertThat(PrintedName.swapsAWord("Great Bal1", "Great Ball")).isFalse();
        assertThat(PrintedName.swapsAWord("Energy Swltch", "Energy Switch")).isFalse();
        assertThat(PrintedName.swapsAWord("Dream Ball", "Dream Ball")).isFalse();
        // two words changed, or one word alone: nothing left to tell a misread from another name
        assertThat(PrintedName.swapsAWord("Dream Bell", "Great Ball")).isFalse();
        assertThat(PrintedName.swapsAWord("Cassius", "Brassius")).isFalse();
        assertThat(PrintedName.swapsAWord("Oran Berry", "Berry")).isFalse();
    }

    @Test
    void anOwnerOrFormReadThatTheCardLacksNamesAnotherCard() {
        assertThat(PrintedName.namesAnotherForm("Misty's Psyduck", "Psyduck")).isTrue();
        assertThat(PrintedName.namesAnotherForm("Radiant Charjabug", "Charjabug")).isTrue();
        // a name read without its owner may be a partial read; a logo is a picture OCR reads as anything
        assertThat(PrintedName.namesAnotherForm("Psyduck", "Misty's Psyduck")).isFalse();
        assertThat(PrintedName.namesAnotherForm("Misty's Psyduck", "Misty's Psyduck")).isFalse();
        assertThat(PrintedName.namesAnotherForm("Rotom V", "Rotom")).isFalse();
        assertThat(PrintedName.namesAnotherForm("Seaking", "Psyduck")).isFalse();
    }
}

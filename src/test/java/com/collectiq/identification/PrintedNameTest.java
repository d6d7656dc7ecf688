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
    })
    void takesTheRunOfWordsThatLookLikeAName(String line, String name) {
        assertThat(PrintedName.in(line)).contains(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"() | 4", "we 120 @", "ue 190", "Ba", "in the of"})
    void findsNoNameInMarksAndDigits(String line) {
        assertThat(PrintedName.in(line)).isEmpty();
    }

    @Test
    void anOwnerAFormOrALogoDressesTheCatalogNameButOtherWordsDoNot() {
        assertThat(PrintedName.dresses("Koga's Arbok", "Arbok")).isTrue();
        assertThat(PrintedName.dresses("Alolan Meowth", "Meowth")).isTrue();
        assertThat(PrintedName.dresses("Lurantis-GX", "Lurantis")).isTrue();
        assertThat(PrintedName.dresses("Charizard Ta", "Charizard")).isFalse();
        assertThat(PrintedName.dresses("Charizard", "Charizard")).isFalse();
        assertThat(PrintedName.dresses("Servine", "Carnivine")).isFalse();
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

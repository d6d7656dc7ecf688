package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the card's foot read on its own keeps: lines as Tesseract read them off photographed cards. */
class CardReaderFootTest {

    @ParameterizedTest
    @ValueSource(strings = {"> 82/165 @", "[G] OBF EN 009/197 @", "Q 42123 @", "O 67i23 @", "© 41165 *", "0631198"})
    void aNumberWithItsSlashReadOrLostIsANumber(String line) {
        assertThat(CardReader.holdsNumber(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"©1999 Wizards", "©2023 Pokémon / Nintendo", "Retreat 3", "weakness x2", "WT: 216.0 lbs", "G) MEW EN DIT AS @"})
    void aYearAWeightOrWordsAreNoNumber(String line) {
        assertThat(CardReader.holdsNumber(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"G) MEW EN DIT AS @", "[G] PAF EN", "SVIEN 232/198", "[G] PAR €N 060/182 @"})
    void aModernSetCodeIsKeptWithoutItsNumber(String line) {
        assertThat(CardReader.holdsSetCode(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Illus. Mitsuhiro Arita", "©2002 Pokémon / Nintendo", "weakness resistance retreat"})
    void otherFootLinesHoldNoSetCode(String line) {
        assertThat(CardReader.holdsSetCode(line)).isFalse();
    }
}

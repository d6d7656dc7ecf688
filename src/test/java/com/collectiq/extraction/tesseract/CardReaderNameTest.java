package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which lines of a card's top part are banners, not names: lines as Tesseract read them off photographed cards. */
class CardReaderNameTest {

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
}

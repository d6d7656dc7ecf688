package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Collector numbers whose slash OCR lost, taken apart again only where one split fits. */
class CardNumberTest {

    /** Printed totals of real sets (Base Set, Jungle, Scarlet &amp; Violet, Sun &amp; Moon, HeartGold SoulSilver, Expedition). */
    private static final Set<String> TOTALS = Set.of("102", "64", "198", "149", "123", "165");

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource({
        "Illus. Ken Sugimori 22175, 22, 75",
        "G SVI EN 0631198, 63, 198",
        "© 1999 Nintendo 41102, 4, 102",
        "l65l149, 165, 149",
    })
    void findsTheOneSplitThatFitsWhateverTheTotals(String line, String number, String total) {
        CardNumber found = CardNumber.withSlashHidden(line, Set.of()).orElseThrow();

        assertThat(found.number()).isEqualTo(number);
        assertThat(found.printedTotal()).isEqualTo(total);
        assertThat(found.corrected()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource({
        // 4/165 and 41/65 both split at a 1: only 165 is a set's total
        "© 41165 *, 4, 165",
        // the slash dropped: 47/123; 47/23 splits at the 1 but no set prints 23
        "0 47123 @, 47, 123",
        // the slash run into the total's 1, read as an i
        "O 67i23 @, 67, 123",
        "G SVI EN 0631198, 63, 198",
        // the slash dropped before a two-digit total
        "Illus. Mitsuhiro Arita 1264, 12, 64",
    })
    void prefersTheSplitWhoseTotalASetPrints(String line, String number, String total) {
        CardNumber found = CardNumber.withSlashHidden(line, TOTALS).orElseThrow();

        assertThat(found.number()).isEqualTo(number);
        assertThat(found.printedTotal()).isEqualTo(total);
        assertThat(found.corrected()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource({
        // Paldean Fates' 241/091, the slash read as a 4: both sides zero-padded to three digits
        "G PAF EN 2414091, 241, 91",
        // Neo Destiny's 92/105, the slash read as a 7
        "927105, 92, 105",
    })
    void takesASlashReadAsAFourOrASevenWhereASetPrintsTheTotal(String line, String number, String total) {
        CardNumber found = CardNumber.withSlashHidden(line, Set.of("91", "105", "198")).orElseThrow();

        assertThat(found.number()).isEqualTo(number);
        assertThat(found.printedTotal()).isEqualTo(total);
        assertThat(found.corrected()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"G PAF EN 2414091", "927105", "77411"})
    void aSlashReadAsAFourOrASevenNeedsATotalASetPrints(String line) {
        assertThat(CardNumber.withSlashHidden(line, Set.of("102", "198"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource({
        "en157/197, 157, 197",
        "SVIENOZ2/198, 22, 198",
        "G SVI EN 063/198, 63, 198",
        "TG05/TG30, TG05, 30",
    })
    void readsTheNumberPastTheLanguageCodeRunIntoIt(String line, String number, String total) {
        CardNumber found = CardNumber.find(line).orElseThrow();

        assertThat(found.number()).isEqualTo(number);
        assertThat(found.printedTotal()).isEqualTo(total);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11111", "9l130", "1999", "HP 120", "2021", "22/75", "WT: 216.0 lbs", "Retreat 3", ""})
    void findsNothingWhereNoSplitOrSeveralFit(String line) {
        assertThat(CardNumber.withSlashHidden(line, Set.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"© 2021 Pokémon", "1999-2000 Wizards", "11164", "Sill lil"})
    void aYearAWordOrARunOfSeveralKnownSplitsIsNoNumber(String line) {
        assertThat(CardNumber.withSlashHidden(line, Set.of("21", "99", "164", "64", "11"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} read, {1} printed: {2}")
    @CsvSource({
        "20, 80, true",
        "17, 117, true",
        "117, 17, true",
        "239, 233, true",
        "SWSH21, SWSH20, true",
        "80, 80, false",
        "20, 18, false",
        "17, 171, true",
        "12, 213, false",
        "3, 8, false",
        "3, 30, false",
    })
    void aNumberIsOneDigitFromAnotherWhenOneDigitIsMisreadDroppedOrAdded(String read, String printed, boolean near) {
        assertThat(new CardNumber(read, null, "", false, false).oneDigitFrom(printed)).isEqualTo(near);
    }

    @ParameterizedTest
    @CsvSource({
            "G SVI EN 012/198, false",
            "G SVI EN 12/198, true",
            "4/102, true",
            "102/102, false",
            "TG12/TG30, false",
    })
    void knowsANumberReadWithFewerDigitsThanItsTotal(String line, boolean shortOfTotal) {
        assertThat(CardNumber.find(line)).get().extracting(CardNumber::shortOfTotal).isEqualTo(shortOfTotal);
    }
}

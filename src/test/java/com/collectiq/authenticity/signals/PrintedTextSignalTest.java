package com.collectiq.authenticity.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.CatalogFacts;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.card.Identity;
import com.collectiq.extraction.Extraction;

/** The printed-text rules one at a time: each tell-tale alone, against a genuine card's text. */
class PrintedTextSignalTest {

    private final PrintedTextSignal signal = new PrintedTextSignal();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "genuine; Charizard|HP 120|Fire Spin 100|Weakness: Water|Illus. Mitsuhiro Arita|©1995, 96, 98 Nintendo, Creatures, GAMEFREAK. ©1999 Wizards.; 4; true; 1.0; all 8 checks passed",
        "misspelled name; Charizrad|HP 120|Fire Spin 100|Weakness: Water|Illus. Mitsuhiro Arita; 4; true; 0.25; the name line reads 'Charizrad'",
        "impossible HP; Charizard|HP 125|Fire Spin 100|Weakness: Water; 4; true; 0.25; HP 125 is not a value any card prints",
        "HP of another card; Charizard|HP 90|Fire Spin 100|Weakness: Water; 4; true; 0.25; HP 90 where the card has 120",
        "wrong energy name; Charizard|HP 120|Fire Spin 100|Weakness: Electric; 4; true; 0.25; 'Electric' is not an energy type",
        "copyright after the era; Charizard|HP 120|Fire Spin 100|©2021 Pokémon / Nintendo / Creatures / GAME FREAK; 4; true; 0.25; copyright 2021 on a card of a set released in 1999",
        "Wizards after 2003; Charizard|HP 120|©2010 Wizards; 4; true; 0.25; a Wizards copyright dated 2010",
        "another illustrator; Charizard|HP 120|Fire Spin 100|Illus. Ken Sugimori; 4; true; 0.77; illustrator 'Ken Sugimori' where the card credits Mitsuhiro Arita",
        "number beyond the set; Charizard|HP 120|Fire Spin 100; 150; false; 0.25; collector number 150/102 is beyond the set's 102",
        "known secret rare; Charizard|HP 120|Fire Spin 100; 103; true; 1.0; all 4 checks passed",
        "two tell-tales; Charizrad|HP 125|Fire Spin 100; 4; true; 0.125; "})
    void readsTheText(String name, String lines, String number, boolean listed, double expected, String reason) {
        SignalReading reading = signal.read(request(lines, number, listed));

        assertThat(reading.value()).as(reading.reason()).isCloseTo(expected, within(0.01));
        if (reason != null) {
            assertThat(reading.reason()).contains(reason);
        }
    }

    @Test
    void withNoTextReadTheSignalIsUnavailable() {
        SignalReading reading = signal.read(request("", "4", true));

        assertThat(reading.available()).isFalse();
        assertThat(reading.reason()).isEqualTo("no printed text was read");
    }

    private static AuthenticityRequest request(String lines, String number, boolean listed) {
        List<Extraction.TextLine> read = Arrays.stream(lines.split("\\|")).filter(line -> !line.isBlank())
                .map(line -> new Extraction.TextLine(line, 0.95, null, null, List.of())).toList();
        Identity identity = new Identity("Charizard", "Base", number, "102", "base1-4", "Rare Holo", "holofoil", 0.9,
                Map.of(), List.of());
        return new AuthenticityRequest(null, Optional.empty(), new Extraction(read, List.of(), "test", List.of()),
                identity, Optional.of(new CatalogFacts(120, "Mitsuhiro Arita", LocalDate.of(1999, 1, 9), listed)), null, Optional.empty(), Optional.empty(), Optional.empty());
    }
}

package com.collectiq.authenticity.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.CatalogFacts;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.card.Grading;
import com.collectiq.card.Identity;
import com.collectiq.extraction.Extraction;
import com.collectiq.grading.Grader;
import com.collectiq.grading.LabelReading;

class SlabLabelSignalTest {

    private final SlabLabelSignal signal = new SlabLabelSignal();

    @Test
    void aRawCardIsNotJudgedByIt() {
        SignalReading reading = signal.read(request(identity("4", null), Optional.empty()));

        assertThat(reading.applies()).isFalse();
        assertThat(reading.available()).isFalse();
    }

    @Test
    void gradingFromHintsAloneLeavesItUnavailable() {
        Grading hinted = new Grading("PSA", "9", null, null, 1, Map.of(), Map.of(), null);
        SignalReading reading = signal.read(request(identity("4", hinted), Optional.empty()));

        assertThat(reading.applies()).isTrue();
        assertThat(reading.available()).isFalse();
    }

    @Test
    void aLabelThatFitsItsGraderAndTheCardLooksGenuine() {
        SignalReading reading = signal.read(request(identity("4", null),
                Optional.of(label("9", "12345678", "4", 1999, List.of(), List.of()))));

        assertThat(reading.value()).isEqualTo(1.0);
    }

    @Test
    void aNumberOfAnotherGradersShapeWhereTheCertificateShouldBeIsATellTale() {
        SignalReading reading = signal.read(request(identity("4", null),
                Optional.of(label("9", null, "4", 1999, List.of("1234567890"), List.of()))));

        assertThat(reading.value()).isLessThanOrEqualTo(0.25);
        assertThat(reading.reason()).contains("1234567890").contains("8 or 9 digits");
    }

    @Test
    void aTensWordsBesideANineAreATellTale() {
        SignalReading reading = signal.read(request(identity("4", null),
                Optional.of(label("9", "12345678", "4", 1999, List.of(), List.of("GEM MT")))));

        assertThat(reading.value()).isLessThanOrEqualTo(0.25);
        assertThat(reading.reason()).contains("GEM MT");
    }

    @Test
    void aLabelDescribingAnotherCardOrYearCountsAgainstIt() {
        SignalReading reading = signal.read(request(identity("4", null),
                Optional.of(label("9", "12345678", "58", 2016, List.of(), List.of()))));

        assertThat(reading.value()).isLessThan(0.75);
        assertThat(reading.reason()).contains("#58");
    }

    private static LabelReading label(String grade, String cert, String cardNumber, int year, List<String> otherNumbers,
            List<String> otherWords) {
        return new LabelReading(Grader.PSA, 0.95, grade, 0.9, "MINT", cert, cert == null ? 0 : 0.9, Map.of(),
                year + " POKEMON GAME #" + cardNumber + " CHARIZARD-HOLO", cardNumber, year, otherNumbers, otherWords);
    }

    private static Identity identity(String number, Grading grading) {
        return new Identity("Charizard", "Base", number, "102", "base1-4", "Rare Holo", "holofoil", 0.9, Map.of(),
                List.of(), grading);
    }

    private static AuthenticityRequest request(Identity identity, Optional<LabelReading> label) {
        return new AuthenticityRequest(null, Optional.empty(), Extraction.empty("test"), identity,
                Optional.of(new CatalogFacts(120, "Mitsuhiro Arita", LocalDate.of(1999, 1, 9), true)), null, Optional.empty(), Optional.empty(), label);
    }
}

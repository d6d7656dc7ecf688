package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.tesseract.CardReader.Line;
import com.collectiq.extraction.tesseract.TesseractEngine.ReadWord;

/** What the card's foot read on its own keeps, and what it replaces: lines as Tesseract read them off photographed cards. */
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

    @Test
    void aFootReadingOfTheNumberSurerThanThePagesTakesTheLinesItCoversPlace() {
        Line name = line("Pokédex", 0.93, new Box(0.08, 0.05, 0.3, 0.04));
        Line unsure = line("O 8/114 @", 0.41, new Box(0.06, 0.94, 0.2, 0.02));
        Line surer = line("O 98/114 @", 0.76, new Box(0.05, 0.935, 0.21, 0.025));

        List<Line> lines = CardReader.withSurerNumbers(List.of(name, unsure), List.of(surer));

        assertThat(lines).extracting(Line::text).containsExactly("Pokédex", "O 98/114 @");
    }

    @Test
    void aFootReadingLessSureThanTheNumberReadLeavesItAsRead() {
        Line number = line("O 98/114 @", 0.62, new Box(0.06, 0.94, 0.2, 0.02));
        Line lessSure = line("O 6/114 @", 0.55, new Box(0.05, 0.935, 0.21, 0.025));

        assertThat(CardReader.withSurerNumbers(List.of(number), List.of(lessSure))).containsExactly(number);
    }

    @Test
    void whereNoNumberWasReadANumberWhoseSlashWasLostIsTaken() {
        Line name = line("Lugia LEGEND", 0.9, new Box(0.08, 0.05, 0.4, 0.04));
        Line slashLost = line("O 113123 #", 0.6, new Box(0.05, 0.94, 0.2, 0.02));

        assertThat(CardReader.withSurerNumbers(List.of(name), List.of(slashLost))).containsExactly(name, slashLost);
    }

    @Test
    void aCopyrightReadAsLettersAroundASlashIsNoNumberToTakeThePrintedOnesPlace() {
        Line number = line("2007 Pokémon / Nintendo / Creatives / GAME FREAK G 108/130 @", 0.68,
                new Box(0.08, 0.939, 0.85, 0.028));
        Line copyright = line("©2007 Polstenon / Miwendo / Copaturen / GAME FREAK", 0.7, new Box(0.07, 0.948, 0.38, 0.023));

        assertThat(CardReader.withSurerNumbers(List.of(number), List.of(copyright))).containsExactly(number);
    }

    /** A line whose words share its confidence and split its box evenly. */
    private static Line line(String text, double confidence, Box box) {
        String[] texts = text.split(" ");
        List<ReadWord> words = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        double width = box.width() / texts.length;
        for (int i = 0; i < texts.length; i++) {
            words.add(new ReadWord(texts[i], confidence, i * 10, 0, i * 10 + 9, 10));
            boxes.add(new Box(box.left() + i * width, box.top(), width, box.height()));
        }
        return new Line(List.copyOf(words), List.copyOf(boxes));
    }
}

package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.tesseract.CardReader.Line;
import com.collectiq.extraction.tesseract.TesseractEngine.ReadWord;

/** How a label's later readings join the first: where it read nothing, or surer where it read unsure. */
class CardReaderLabelTest {

    private static final Box NAME = new Box(0.05, 0.1, 0.2, 0.1);
    private static final Box CERTIFICATE = new Box(0.05, 0.8, 0.25, 0.08);
    private static final Box GRADE = new Box(0.8, 0.3, 0.1, 0.4);

    @Test
    void aWordWhereNothingWasReadJoins() {
        List<Line> kept = new ArrayList<>(List.of(line("PSA", 0.95, NAME)));

        CardReader.join(line("10", 0.9, GRADE), kept);

        assertThat(texts(kept)).containsExactly("PSA", "10");
    }

    @Test
    void aSurerReadingReplacesAnUnsureWord() {
        // a certificate run into its barcode: 0.56 in the sparse reading, 0.73 in the block one
        List<Line> kept = new ArrayList<>(List.of(line("PSA", 0.95, NAME), line("4107297602", 0.56, CERTIFICATE)));

        CardReader.join(line("4107297602", 0.73, CERTIFICATE), kept);

        assertThat(texts(kept)).containsExactly("PSA", "4107297602");
        assertThat(kept.get(1).words().get(0).confidence()).isEqualTo(0.73);
    }

    @Test
    void aWordReadSureIsNotReplacedByAnotherOfItsSize() {
        List<Line> kept = new ArrayList<>(List.of(line("PSA", 0.9, NAME)));

        CardReader.join(line("P5A", 0.95, NAME), kept);
        CardReader.join(line("PSA", 0.4, NAME), kept);

        assertThat(texts(kept)).containsExactly("PSA");
    }

    @Test
    void aGradePrintedLargeReplacesASmallWordReadSureInItsBox() {
        // slab 58 of seed 20261205: the sparse reading took a glare's edge over TAG's grade box for a
        // "U" at 0.76; the block reading of the label's ink read the 10, 1.4 times as tall, at 0.96
        Box glareEdge = new Box(0.82, 0.54, 0.02, 0.10);
        List<Line> kept = new ArrayList<>(List.of(line("TAG", 0.96, NAME), line("U", 0.76, glareEdge)));

        CardReader.join(line("10", 0.96, new Box(0.75, 0.52, 0.10, 0.144)), kept);

        assertThat(texts(kept)).containsExactly("TAG", "10");
    }

    @Test
    void aLargerWordNotClearlySurerReplacesNothing() {
        Box glareEdge = new Box(0.82, 0.54, 0.02, 0.10);
        List<Line> kept = new ArrayList<>(List.of(line("U", 0.86, glareEdge)));

        CardReader.join(line("10", 0.96, new Box(0.75, 0.52, 0.10, 0.144)), kept);

        assertThat(texts(kept)).containsExactly("U");
    }

    @Test
    void anUnsureWordIsNotReplacedByOneLessSure() {
        List<Line> kept = new ArrayList<>(List.of(line("4107297602", 0.6, CERTIFICATE)));

        CardReader.join(line("41O7Z97602", 0.55, CERTIFICATE), kept);

        assertThat(texts(kept)).containsExactly("4107297602");
    }

    private static Line line(String word, double confidence, Box box) {
        return new Line(List.of(new ReadWord(word, confidence, 0, 0, 1, 1)), List.of(box));
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}

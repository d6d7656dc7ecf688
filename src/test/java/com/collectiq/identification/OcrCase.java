package com.collectiq.identification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.collectiq.card.Hints;
import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;

/**
 * One row of the OCR table: the lines an engine returned for a card, what the owner hinted, and
 * what identification must make of it. {@code expectedId} null means "no card may be claimed".
 */
record OcrCase(String label, List<String> lines, double lineConfidence, Hints hints, VisualHints visual,
        String expectedId, Map<String, String> expected) {

    static OcrCase of(String label, String expectedId, String... lines) {
        return new OcrCase(label, List.of(lines), 0.92, Hints.NONE, VisualHints.NONE, expectedId, Map.of());
    }

    OcrCase confidence(double confidence) {
        return new OcrCase(label, lines, confidence, hints, visual, expectedId, expected);
    }

    OcrCase hints(String name, String set, String number) {
        return new OcrCase(label, lines, lineConfidence, new Hints(name, set, number, null, null, null), visual,
                expectedId, expected);
    }

    OcrCase visual(Double holo, String border) {
        return new OcrCase(label, lines, lineConfidence, hints, new VisualHints(holo, border), expectedId, expected);
    }

    /** Pairs of field and value: identity fields by name, anything else from the evidence. */
    OcrCase expect(String... fieldsAndValues) {
        Map<String, String> more = new LinkedHashMap<>(expected);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            more.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new OcrCase(label, lines, lineConfidence, hints, visual, expectedId, more);
    }

    /** The lines as an engine reading the whole card returns them: top to bottom, no region names. */
    Extraction extraction() {
        List<TextLine> textLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            Box box = new Box(0.06, (i + 0.5) / (lines.size() + 1), 0.88, 0.04);
            List<Word> words = new ArrayList<>();
            for (String word : text.split("\\s+")) {
                words.add(new Word(word, lineConfidence, null));
            }
            textLines.add(new TextLine(text, lineConfidence, box, null, words));
        }
        return new Extraction(textLines, List.of(new Extraction.Label("Trading Card", 0.9)), "table", List.of());
    }

    @Override
    public String toString() {
        return label;
    }
}

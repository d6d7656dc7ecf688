package com.collectiq.extraction.tesseract;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.leptonica.global.leptonica;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One initialised Tesseract (LSTM engine, English). Not thread-safe, as Tesseract itself is not:
 * {@link TesseractPool} hands each one to a single caller at a time.
 */
final class TesseractEngine implements AutoCloseable {

    /** A word as read, in the pixels of the image it was read from; confidence in [0, 1]. */
    record ReadWord(String text, double confidence, int left, int top, int right, int bottom) {
    }

    /** A line as read: its words in reading order. */
    record ReadLine(List<ReadWord> words) {

        String text() {
            return String.join(" ", words.stream().map(ReadWord::text).toList());
        }

        /** The mean of the words' confidences: Tesseract's line confidence is their minimum, which one stray mark sinks. */
        double confidence() {
            return words.stream().mapToDouble(ReadWord::confidence).average().orElse(0);
        }

        /**
         * The words from the first to the last read at least {@code bar} sure: the unsure words at the
         * line's ends left out (a line's edge catches marks and symbols), those between kept, as they
         * change what the line says. Empty when no word is that sure.
         */
        WordSpan sureSpan(double bar) {
            int from = 0;
            int to = words.size();
            while (from < to && words.get(from).confidence() < bar) {
                from++;
            }
            while (to > from && words.get(to - 1).confidence() < bar) {
                to--;
            }
            return new WordSpan(from, to);
        }
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive) of a line. */
    record WordSpan(int from, int to) {

        boolean isEmpty() {
            return from == to;
        }

        boolean holds(int word) {
            return word >= from && word < to;
        }
    }

    /**
     * Tesseract guesses a resolution from the image when none is given, and warns about it; the
     * regions are scaled to a known text height, so any fixed value serves.
     */
    private static final int SOURCE_DPI = 300;

    static {
        // Leptonica prints each clipped box of a sparse reading to stderr as an "Error": noise, not failure
        leptonica.setMsgSeverity(leptonica.L_SEVERITY_NONE);
    }

    private final TessBaseAPI api = new TessBaseAPI();

    TesseractEngine(Path tessdata) {
        if (api.Init(tessdata.toString(), EnglishModel.LANGUAGE, OEM_LSTM_ONLY) != 0) {
            api.close();
            throw new IllegalStateException("Tesseract could not load its English model from " + tessdata);
        }
        // card text is names and numbers, not dictionary prose
        api.SetVariable("load_system_dawg", "0");
        api.SetVariable("load_freq_dawg", "0");
        // a card lying sideways would otherwise be read as vertical text, its boxes in the turned
        // frame: the reader turns the card upright itself, and needs the boxes where the words are
        api.SetVariable("textord_tabfind_vertical_text", "0");
    }

    /**
     * Reads an 8-bit grey image with the page-segmentation mode given ({@code PSM_*} of Tesseract).
     * Returns no lines when nothing was recognised.
     */
    List<ReadLine> read(byte[] grey, int width, int height, int pageSegMode) {
        return read(grey, width, height, pageSegMode, "");
    }

    /**
     * As {@link #read(byte[], int, int, int)}, recognising only the characters given (all when
     * empty): a part known to hold a number is read as nothing else.
     */
    List<ReadLine> read(byte[] grey, int width, int height, int pageSegMode, String onlyCharacters) {
        api.SetVariable("tessedit_char_whitelist", onlyCharacters);
        api.SetPageSegMode(pageSegMode);
        api.SetImage(grey, width, height, 1, width);
        api.SetSourceResolution(SOURCE_DPI);
        try {
            if (api.Recognize(null) != 0) {
                return List.of();
            }
            return lines();
        } finally {
            api.Clear();
        }
    }

    private List<ReadLine> lines() {
        ResultIterator iterator = api.GetIterator();
        if (iterator == null) {
            return List.of();
        }
        List<ReadLine> lines = new ArrayList<>();
        List<ReadWord> words = new ArrayList<>();
        int[] left = new int[1];
        int[] top = new int[1];
        int[] right = new int[1];
        int[] bottom = new int[1];
        try {
            iterator.Begin();
            do {
                if (iterator.IsAtBeginningOf(RIL_TEXTLINE) && !words.isEmpty()) {
                    lines.add(new ReadLine(List.copyOf(words)));
                    words.clear();
                }
                String text = text(iterator);
                if (!text.isBlank() && iterator.BoundingBox(RIL_WORD, left, top, right, bottom)) {
                    words.add(new ReadWord(text.strip(), iterator.Confidence(RIL_WORD) / 100.0,
                            left[0], top[0], right[0], bottom[0]));
                }
            } while (iterator.Next(RIL_WORD));
        } finally {
            TessResultIteratorDelete(iterator);
        }
        if (!words.isEmpty()) {
            lines.add(new ReadLine(List.copyOf(words)));
        }
        return lines;
    }

    private static String text(ResultIterator iterator) {
        BytePointer text = iterator.GetUTF8Text(RIL_WORD);
        if (text == null || text.isNull()) {
            return "";
        }
        try {
            return text.getString(StandardCharsets.UTF_8);
        } finally {
            TessDeleteText(text);
        }
    }

    @Override
    public void close() {
        api.End();
        api.close();
    }
}

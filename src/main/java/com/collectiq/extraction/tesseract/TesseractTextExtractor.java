package com.collectiq.extraction.tesseract;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;
import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.extraction.StoredPhotos;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.extraction.tesseract.CardReader.Line;
import com.collectiq.extraction.tesseract.CardReader.Read;
import com.collectiq.extraction.tesseract.TesseractEngine.ReadLine;
import com.collectiq.extraction.tesseract.TesseractEngine.ReadWord;
import com.collectiq.extraction.tesseract.TesseractEngine.WordSpan;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.UploadProperties;

/**
 * {@code local} mode's text extraction: Tesseract OCR on the whole card, as Rekognition reads a
 * whole image, turned upright first when it lies sideways or upside down (see {@link CardReader}).
 * Lines carry their boxes in the upright card's coordinates and their confidences, and no region
 * name: where a field is printed is the field reader's business, for every era's layout. Tesseract
 * gives no labels, so {@link Extraction#labels()} stays empty. A card with no text read with
 * confidence is reported unreadable, never filled in.
 */
@Component
@Profile("!aws")
public class TesseractTextExtractor implements TextExtractor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TesseractTextExtractor.class);

    static final String ENGINE = "tesseract";
    /** The unreadable note when nothing on the card was read. */
    static final String CARD = "card";
    /** The unreadable note when no card outline was found and nothing in the photo was read. */
    static final String WHOLE_PHOTO = "photo";
    /** The unreadable note when nothing on a slab's label was read. */
    static final String LABEL = "label";

    /** A number-like word is kept down to this share of the line bar (see {@link #confident}). */
    private static final double NUMBER_SHARE_OF_LINE_CONFIDENCE = 0.5;

    private final TesseractPool pool;
    private final StoredPhotos photos;
    private final double minLineConfidence;

    public TesseractTextExtractor(TesseractProperties properties, PhotoStore photoStore, UploadProperties upload) {
        this.pool = new TesseractPool(EnglishModel.installInto(properties.dataPath()), properties.engines());
        this.photos = new StoredPhotos(photoStore, upload);
        this.minLineConfidence = properties.minLineConfidence();
    }

    @Override
    public Extraction extract(String photoKey, BufferedImage card) {
        // no outline found: the whole photo is read as sparse text
        BufferedImage image = card != null ? card : photos.decode(photoKey, CardReader.WHOLE_PHOTO_MAX_SIDE);
        Read read;
        try {
            read = pool.withEngine(engine -> card != null ? new CardReader(engine).readCard(image)
                    : new CardReader(engine).readPhoto(image));
        } catch (RuntimeException engineFailed) {
            // the engine, not the photo, failed (natives, model): worth another try once it is fixed
            throw new ExtractionFailedException("OCR engine failed: " + engineFailed.getMessage(), true, engineFailed);
        }
        List<TextLine> lines = confident(read.lines());
        LOG.debug("read {} line(s) of {} turned {}° ({} turn(s) tried)", lines.size(), photoKey, read.turn().degrees(),
                read.turnsTried());
        return new Extraction(lines, List.of(), ENGINE, lines.isEmpty() ? List.of(card != null ? CARD : WHOLE_PHOTO) : List.of());
    }

    @Override
    public Extraction readLabel(String photoKey, BufferedImage label) {
        Read read;
        try {
            read = pool.withEngine(engine -> new CardReader(engine).readLabel(label));
        } catch (RuntimeException engineFailed) {
            throw new ExtractionFailedException("OCR engine failed: " + engineFailed.getMessage(), true, engineFailed);
        }
        List<TextLine> lines = confidentWords(read.lines());
        LOG.debug("read {} line(s) on the slab label of {}", lines.size(), photoKey);
        return new Extraction(lines, List.of(), ENGINE, lines.isEmpty() ? List.of(LABEL) : List.of());
    }

    /**
     * The lines read with confidence. Unsure words at a line's ends are dropped first: the edge of a
     * line often catches a mark or a symbol (the rarity star, a set symbol) that would drag a clearly
     * read line below the bar. Words inside a line are never dropped, as that would change what the
     * line says; but a collector number outside the line kept, or inside a line dropped as unsure (run
     * into the copyright or a set symbol), is kept on its own, as it says the same alone. A line without a
     * letter or a digit is a mark, not text.
     */
    private List<TextLine> confident(List<Line> lines) {
        // the collector number is the card's smallest print, and the engine is unsure of it even when
        // it reads it right (0.42 for a clear 125/159): kept at half the bar, with its confidence,
        // for identification to weigh against the name and the set's total
        List<TextLine> kept = new ArrayList<>();
        for (Line line : lines) {
            WordSpan sure = new ReadLine(line.words()).sureSpan(minLineConfidence);
            ReadLine trimmed = new ReadLine(line.words().subList(sure.from(), sure.to()));
            boolean lineKept = !sure.isEmpty() && trimmed.confidence() >= minLineConfidence
                    && trimmed.text().codePoints().anyMatch(Character::isLetterOrDigit);
            if (lineKept) {
                kept.add(textLine(line, sure.from(), sure.to()));
            }
            for (int i = 0; i < line.words().size(); i++) {
                ReadWord word = line.words().get(i);
                boolean inKeptLine = lineKept && sure.holds(i);
                if (!inKeptLine && word.confidence() >= minLineConfidence * NUMBER_SHARE_OF_LINE_CONFIDENCE
                        && CardReader.NUMBER_LIKE.matcher(word.text()).find()) {
                    kept.add(textLine(line, i, i + 1));
                }
            }
        }
        return kept;
    }

    /**
     * A label's words read with confidence, each line keeping those: a label's lines are short and
     * printed against bars and barcodes, whose unsure marks must not take a sure number down with them.
     */
    private List<TextLine> confidentWords(List<Line> lines) {
        List<TextLine> kept = new ArrayList<>();
        for (Line line : lines) {
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < line.words().size(); i++) {
                ReadWord word = line.words().get(i);
                if (word.confidence() >= minLineConfidence && word.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(new Word(word.text(), word.confidence(), line.boxes().get(i)));
                }
            }
            if (!words.isEmpty()) {
                kept.add(new TextLine(String.join(" ", words.stream().map(Word::text).toList()),
                        words.stream().mapToDouble(Word::confidence).average().orElse(0),
                        Box.around(words.stream().map(Word::box).toList()), null, List.copyOf(words)));
            }
        }
        return kept;
    }

    private static TextLine textLine(Line line, int from, int to) {
        List<Word> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.add(new Word(line.words().get(i).text(), line.words().get(i).confidence(), line.boxes().get(i)));
        }
        ReadLine read = new ReadLine(line.words().subList(from, to));
        return new TextLine(read.text(), read.confidence(), Box.around(line.boxes().subList(from, to)), null, words);
    }

    @Override
    public void close() {
        pool.close();
    }
}

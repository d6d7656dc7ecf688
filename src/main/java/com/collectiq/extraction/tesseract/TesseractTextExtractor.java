package com.collectiq.extraction.tesseract;

import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;
import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.extraction.StoredPhotos;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.extraction.tesseract.TesseractEngine.ReadLine;
import com.collectiq.extraction.tesseract.TesseractEngine.ReadWord;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.UploadProperties;

/**
 * {@code local} mode's text extraction: Tesseract OCR on the normalised card, one region at a time
 * (see {@link CardRegion}). Tesseract gives no labels, so {@link Extraction#labels()} stays empty.
 * A region whose text is missing or read without confidence is listed as unreadable, never filled in.
 */
@Component
@Profile("!aws")
public class TesseractTextExtractor implements TextExtractor, AutoCloseable {

    static final String ENGINE = "tesseract";
    /** The label of the lines (and of the unreadable note) when no card outline was found. */
    static final String WHOLE_PHOTO = "photo";
    static final String HP = "hp";

    /** Whole photos are shrunk to this long side: enough for the larger print, and OCR time grows with pixels. */
    private static final int WHOLE_PHOTO_MAX_SIDE = 2400;

    /** What the HP corner prints: {@code 120 HP}, {@code HP 120}, {@code 120HP}, as separate or joined words. */
    private static final Pattern HP_WORD = Pattern.compile("(?i)(hp)?\\d{2,3}(hp)?|hp");

    private final TesseractPool pool;
    private final StoredPhotos photos;
    private final double minLineConfidence;

    public TesseractTextExtractor(TesseractProperties properties, PhotoStore photoStore, UploadProperties upload) {
        this.pool = new TesseractPool(EnglishModel.installInto(properties.dataPath()), properties.engines());
        this.photos = new StoredPhotos(photoStore, upload);
        this.minLineConfidence = properties.minLineConfidence();
    }

    @Override
    public Extraction extract(String photoKey, BufferedImage normalisedCard) {
        // no outline found: the regions mean nothing, so the whole photo is read as sparse text
        BufferedImage image = normalisedCard != null ? normalisedCard : photos.decode(photoKey);
        try {
            return pool.withEngine(engine -> normalisedCard != null ? readCard(engine, image) : readWholePhoto(engine, image));
        } catch (RuntimeException engineFailed) {
            // the engine, not the photo, failed (natives, model): worth another try once it is fixed
            throw new ExtractionFailedException("OCR engine failed: " + engineFailed.getMessage(), true, engineFailed);
        }
    }

    private Extraction readCard(TesseractEngine engine, BufferedImage card) {
        List<TextLine> lines = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (CardRegion region : CardRegion.values()) {
            RegionImage image = RegionImage.of(card, region);
            List<ReadLine> read = confident(engine.read(image.grey(), image.width(), image.height(), region.pageSegMode));
            if (region == CardRegion.NAME_BAR) {
                splitNameAndHp(read, image, lines, unreadable);
            } else if (read.isEmpty()) {
                unreadable.add(region.label);
            } else {
                read.forEach(line -> lines.add(textLine(line.words(), image, region.label)));
            }
        }
        return new Extraction(lines, List.of(), ENGINE, unreadable);
    }

    /** The name bar's last words, when they are the HP, become a line of their own. */
    private static void splitNameAndHp(List<ReadLine> read, RegionImage image, List<TextLine> lines, List<String> unreadable) {
        List<ReadWord> words = read.stream().flatMap(line -> line.words().stream()).toList();
        int hpStart = words.size();
        while (hpStart > 0 && HP_WORD.matcher(words.get(hpStart - 1).text()).matches()) {
            hpStart--;
        }
        List<ReadWord> name = words.subList(0, hpStart);
        List<ReadWord> hp = words.subList(hpStart, words.size());
        if (name.isEmpty()) {
            unreadable.add(CardRegion.NAME_BAR.label);
        } else {
            lines.add(textLine(name, image, CardRegion.NAME_BAR.label));
        }
        if (hp.stream().anyMatch(word -> word.text().chars().anyMatch(Character::isDigit))) {
            lines.add(textLine(hp, image, HP));
        } else {
            unreadable.add(HP);
        }
    }

    private Extraction readWholePhoto(TesseractEngine engine, BufferedImage photo) {
        RegionImage image = RegionImage.whole(photo, WHOLE_PHOTO_MAX_SIDE);
        List<TextLine> lines = confident(engine.read(image.grey(), image.width(), image.height(), PSM_SPARSE_TEXT))
                .stream().map(line -> textLine(line.words(), image, WHOLE_PHOTO)).toList();
        return new Extraction(lines, List.of(), ENGINE, lines.isEmpty() ? List.of(WHOLE_PHOTO) : List.of());
    }

    /**
     * The lines read with confidence. Unsure words at a line's ends are dropped first: a crop's edge
     * often catches a mark or a symbol (the rarity star) that would drag a clearly read line below
     * the bar. Words inside a line are never dropped, as that would change what the line says. A
     * line without a letter or a digit is a mark, not text.
     */
    private List<ReadLine> confident(List<ReadLine> lines) {
        List<ReadLine> kept = new ArrayList<>();
        for (ReadLine line : lines) {
            List<ReadWord> words = line.words();
            int from = 0;
            int to = words.size();
            while (from < to && words.get(from).confidence() < minLineConfidence) {
                from++;
            }
            while (to > from && words.get(to - 1).confidence() < minLineConfidence) {
                to--;
            }
            ReadLine trimmed = new ReadLine(words.subList(from, to));
            if (from < to && trimmed.confidence() >= minLineConfidence && hasLetterOrDigit(trimmed)) {
                kept.add(trimmed);
            }
        }
        return kept;
    }

    /** A dash or a dot alone is a mark on the card, not printed text. */
    private static boolean hasLetterOrDigit(ReadLine line) {
        return line.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static TextLine textLine(List<ReadWord> read, RegionImage image, String region) {
        List<Word> words = read.stream()
                .map(word -> new Word(word.text(), word.confidence(),
                        image.toCard(word.left(), word.top(), word.right(), word.bottom())))
                .toList();
        ReadLine line = new ReadLine(read);
        return new TextLine(line.text(), line.confidence(), union(words), region, words);
    }

    private static Box union(List<Word> words) {
        double left = words.stream().mapToDouble(word -> word.box().left()).min().orElse(0);
        double top = words.stream().mapToDouble(word -> word.box().top()).min().orElse(0);
        double right = words.stream().mapToDouble(word -> word.box().left() + word.box().width()).max().orElse(0);
        double bottom = words.stream().mapToDouble(word -> word.box().top() + word.box().height()).max().orElse(0);
        return new Box(left, top, right - left, bottom - top);
    }

    @Override
    public void close() {
        pool.close();
    }
}

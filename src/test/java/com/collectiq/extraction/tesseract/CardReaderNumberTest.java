package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.collectiq.testsupport.eras.CardPhoto;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.PhotoCase;
import com.collectiq.testsupport.eras.PhotoSampler;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoChecker;

/**
 * Collector numbers read off the era renderer's photos whose print is too soft for Tesseract as it
 * is: read again sharpened ({@link UnsharpMask}), they read as printed.
 */
class CardReaderNumberTest {

    private static final long SEED = 20261205L;

    @TempDir
    static Path tessdata;
    private static TesseractEngine engine;

    @BeforeAll
    static void engine() {
        engine = new TesseractEngine(EnglishModel.installInto(tessdata));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest(name = "{0}: {1}, not {2}")
    @CsvSource({
            // photographed at 11.5 px/mm: the 8 read as a 3 at 0.89 by every reading as it is
            "ex1-86, 86/109, 36/109",
            // at 11.4 px/mm: the 8 read as a 2 at 0.88
            "xy1-80, 80/146, 20/146",
            // at 4.7 px/mm: no number read at all, the foot's ink read as noise
            "ecard1-141, 141/165, ''"})
    void aNumberWithSoftStrokesIsReadAsPrinted(String catalogId, String printed, String misread) throws Exception {
        List<String> lines = new CardReader(engine).readCard(card(catalogId)).lines().stream().map(CardReader.Line::text).toList();

        assertThat(lines).anyMatch(line -> line.contains(printed));
        if (!misread.isEmpty()) {
            assertThat(lines).noneMatch(line -> line.contains(misread));
        }
    }

    /** The card cut out for reading from the sample's photo of it, as the local reading path cuts it. */
    private static BufferedImage card(String catalogId) throws Exception {
        PhotoCase photoCase = PhotoSampler.perEra(EraCatalog.bundled(), SEED, 40).stream()
                .filter(candidate -> candidate.card().catalogId().equals(catalogId)).findFirst().orElseThrow();
        CardPhoto photo = photoCase.render();
        PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));
        return analyzer.cardForReading(photo.jpeg(), analyzer.analyse(photo.jpeg(), "image/jpeg")).orElseThrow();
    }
}

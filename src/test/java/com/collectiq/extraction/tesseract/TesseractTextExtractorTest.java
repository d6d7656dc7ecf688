package com.collectiq.extraction.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.upload.UploadProperties;

/**
 * Tesseract on rendered card photos, cut out along their true corners as the photo checks would:
 * the whole card is read, in whichever quarter turn it lies; clean photos of several sizes and angles
 * are read exactly, hopeless ones are reported unreadable rather than guessed at.
 */
class TesseractTextExtractorTest {

    /** Pixels per millimetre of the normalised card handed to the extractor. */
    private static final double NORMALISED_PIXELS_PER_MM = 12;

    @TempDir
    static Path dataDir;

    private static TesseractTextExtractor extractor;

    @BeforeAll
    static void startEngine() {
        extractor = new TesseractTextExtractor(new TesseractProperties(dataDir.resolve("tessdata"), 1, 0.6),
                null, new UploadProperties(null, null, DataSize.ofMegabytes(12), List.of()));
    }

    @AfterAll
    static void stopEngine() {
        extractor.close();
    }

    static Stream<Arguments> cleanPhotos() {
        return Stream.of(
                Arguments.of("12 MP, upright", CardRenderer.builder().frame(4000, 3000), "Charizard", "4/102"),
                Arguments.of("12 MP portrait, turned and slightly soft", CardRenderer.builder().frame(3000, 4000)
                        .rotation(-9).blur(1.5).cardShare(0.25), "Charizard", "4/102"),
                Arguments.of("3 MP, turned", CardRenderer.builder().frame(2000, 1500).rotation(4).seed(7),
                        "Charizard", "4/102"),
                Arguments.of("3 MP, soft", CardRenderer.builder().frame(2000, 1500).blur(1.2).cardShare(0.4),
                        "Charizard", "4/102"),
                Arguments.of("another card", CardRenderer.builder().frame(2000, 1500).name("Blastoise").hp(100)
                        .number("2").illustrator("Ken Sugimori").rotation(-3), "Blastoise", "2/102"),
                Arguments.of("a two-word name and a two-digit total", CardRenderer.builder().frame(2400, 1800)
                        .name("Dark Charizard").hp(80).number("21").printedTotal("82"), "Dark Charizard", "21/82"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanPhotos")
    void readsNameAndNumberExactlyOnCleanPhotos(String photo, CardRenderer.Builder card, String name, String number) {
        Extraction read = extractor.extract("uploads/alice/card.jpg", card.render().normalisedCard(NORMALISED_PIXELS_PER_MM));

        assertThat(lineContaining(read, name)).isPresent();
        assertThat(lineContaining(read, number)).isPresent();
        assertThat(lineContaining(read, "HP")).isPresent();
        assertThat(read.engine()).isEqualTo("tesseract");
        assertThat(read.unreadableRegions()).isEmpty();
    }

    static Stream<Arguments> turns() {
        return Stream.of(Arguments.of(1), Arguments.of(2), Arguments.of(3));
    }

    @ParameterizedTest(name = "turned {0} quarter(s) clockwise")
    @MethodSource("turns")
    void readsACardLyingSidewaysOrUpsideDown(int quarters) {
        BufferedImage card = CardRenderer.builder().frame(2400, 1800).name("Blastoise").hp(100).number("2")
                .rotation(2).render().normalisedCard(NORMALISED_PIXELS_PER_MM);

        Extraction read = extractor.extract("uploads/alice/card.jpg", turnedClockwise(card, quarters));

        assertThat(lineContaining(read, "Blastoise")).isPresent();
        assertThat(lineContaining(read, "2/102")).isPresent();
        // the boxes are in the upright card's coordinates: the name near the top, the number at the foot
        assertThat(lineContaining(read, "Blastoise").orElseThrow().box().top()).isLessThan(0.15);
        assertThat(lineContaining(read, "2/102").orElseThrow().box().top()).isGreaterThan(0.9);
    }

    @Test
    void boxesAreInTheCardsCoordinates() {
        Extraction read = extractor.extract("uploads/alice/card.jpg",
                CardRenderer.builder().frame(2000, 1500).render().normalisedCard(NORMALISED_PIXELS_PER_MM));

        TextLine name = lineContaining(read, "Charizard").orElseThrow();
        // the renderer prints the name from 5.5 mm in, its baseline 9.6 mm down a 63 × 88 mm card
        assertThat(name.box().left()).isBetween(5.0 / 63, 6.5 / 63);
        assertThat(name.box().top() + name.box().height()).isBetween(9.0 / 88, 11.0 / 88);
        TextLine number = lineContaining(read, "4/102").orElseThrow();
        assertThat(number.box().top()).isGreaterThan(0.95);
        assertThat(name.words().get(0)).satisfies(word -> {
            assertThat(word.text()).isEqualTo("Charizard");
            assertThat(word.confidence()).isBetween(0.6, 1.0);
            assertThat(word.box().width()).isLessThan(name.box().width());
        });
        assertThat(read.lines()).allSatisfy(line -> assertThat(line.region()).isNull());
    }

    @Test
    void aHopelesslyBlurredCardIsUnreadableNotGuessed() {
        Extraction read = extractor.extract("uploads/alice/card.jpg", CardRenderer.builder().frame(2000, 1500)
                .blur(8).render().normalisedCard(NORMALISED_PIXELS_PER_MM));

        assertThat(read.lines()).isEmpty();
        assertThat(read.unreadableRegions()).containsExactly("card");
    }

    @Test
    void aTinyCardGivesOnlyWhatItReadsForSure() {
        // 2 % of a 3 MP frame: some 3 pixels per millimetre, the small print is a smear
        Extraction read = extractor.extract("uploads/alice/card.jpg", CardRenderer.builder().frame(2000, 1500)
                .cardShare(0.02).render().normalisedCard(NORMALISED_PIXELS_PER_MM));

        assertThat(lineContaining(read, "Wizards")).isEmpty();
        // every line at the bar, but a collector number, kept on its own down to half of it
        assertThat(read.lines()).allSatisfy(line -> assertThat(line.confidence() >= 0.6
                || line.words().size() == 1 && CardReader.NUMBER_LIKE.matcher(line.text()).find() && line.confidence() >= 0.3)
                .as("%s read at %.2f", line.text(), line.confidence()).isTrue());
    }

    private static Optional<TextLine> lineContaining(Extraction read, String text) {
        return read.lines().stream().filter(line -> line.text().contains(text)).findFirst();
    }

    private static BufferedImage turnedClockwise(BufferedImage image, int quarters) {
        BufferedImage turned = image;
        for (int i = 0; i < quarters; i++) {
            BufferedImage next = new BufferedImage(turned.getHeight(), turned.getWidth(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < turned.getHeight(); y++) {
                for (int x = 0; x < turned.getWidth(); x++) {
                    next.setRGB(turned.getHeight() - 1 - y, x, turned.getRGB(x, y));
                }
            }
            turned = next;
        }
        return turned;
    }
}

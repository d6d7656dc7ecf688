package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.RenderedCard;
import com.collectiq.testsupport.eras.ExifJpeg;

/**
 * The photo a card is valued from, decoded once at full resolution: the analysis, the card cut out for
 * reading and the screen check's centre are the very pixels each stage got when it decoded the photo
 * itself (the decoder's own subsampling and source region), whichever way the phone stored them; a
 * photo too large to decode whole gives the same, from its card's region decoded with the centre. A model's copy of the photo is the analysis'
 * image, upright, whichever way the photo was decoded.
 */
class AnalyseForValuationTest {

    private static final PhotoAnalyzer ANALYZER = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));
    /** A model's: Bedrock's Claude takes up to 1 568 px on the long side and 3.75 MB. */
    private static final Optional<UprightCopy> MODEL_COPY = Optional.of(new UprightCopy(1568, 3_750_000));

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 6})
    void oneDecodeGivesWhatEachStageDecodedForItself(int orientation) throws IOException {
        // 2 400 px on the long side: the analysis image is every 2nd pixel, the crop at full resolution
        RenderedCard photo = CardRenderer.builder().frame(2400, 1800).rotation(4).cardShare(0.5).seed(5).render();
        byte[] jpeg = ExifJpeg.encode(ReadingCropTest.stored(photo.photo(), orientation), 92, orientation);

        PhotoAnalyzer.AnalysedPhoto valued = ANALYZER.analyseForValuation(jpeg, "image/jpeg", true, Optional.empty());
        PhotoAnalysis separately = ANALYZER.analyse(jpeg, "image/jpeg");

        assertThat(valued.analysis().features()).isEqualTo(separately.features());
        assertThat(valued.analysis().slab()).isEqualTo(separately.slab());
        assertThat(valued.analysis().cards()).isEqualTo(separately.cards());
        assertThat(pixels(valued.analysis().normalisedCard().orElseThrow()))
                .isEqualTo(pixels(separately.normalisedCard().orElseThrow()));
        assertThat(pixels(valued.cuts().readingCrop().orElseThrow()))
                .as("the reading crop, as cut from its own region decode")
                .isEqualTo(pixels(ANALYZER.cardForReading(jpeg, separately).orElseThrow()));
        BufferedImage centre = valued.cuts().centre().orElseThrow();
        assertThat(pixels(centre)).as("the stored photo's centre, as the decoder reads that region")
                .isEqualTo(pixels(RgbImageTest.decoded(jpeg, orientation == 6 ? new Rectangle(644, 944, 512, 512)
                        : new Rectangle(944, 644, 512, 512), 1)));
    }

    @Test
    void aPhotoTooLargeToDecodeWholeIsCutFromItsCardsRegion() throws IOException {
        // 4 800 × 3 600 = 17.3 MP, over the 16 MP decoded whole; the card at about 37 px/mm, cut at full resolution
        byte[] jpeg = CardRenderer.builder().frame(4800, 3600).cardShare(0.45).seed(8).render().jpeg(0.9f);

        PhotoAnalyzer.AnalysedPhoto valued = ANALYZER.analyseForValuation(jpeg, "image/jpeg", false, Optional.empty());

        PhotoAnalysis separately = ANALYZER.analyseOneCard(jpeg, "image/jpeg");
        assertThat(valued.analysis().features()).isEqualTo(separately.features());
        assertThat(pixels(valued.cuts().readingCrop().orElseThrow()))
                .isEqualTo(pixels(ANALYZER.cardForReading(jpeg, separately).orElseThrow()));
        assertThat(pixels(valued.cuts().centre().orElseThrow()))
                .isEqualTo(pixels(RgbImageTest.decoded(jpeg, new Rectangle(2144, 1544, 512, 512), 1)));
    }

    @Test
    void aPhotoTooLargeForTheHeapIsNotDecodedWholeAndCutTheSame() {
        // 4 000 × 3 000 = 12 MP, 36 MB decoded whole: over an eighth of a 256 MiB heap, under one of 410 MiB
        byte[] jpeg = CardRenderer.builder().frame(4000, 3000).cardShare(0.45).seed(9).render().jpeg(0.9f);
        PhotoChecker checker = new PhotoChecker(ImageProperties.defaults());

        PhotoAnalyzer.AnalysedPhoto small = new PhotoAnalyzer(checker, 256L << 20)
                .analyseForValuation(jpeg, "image/jpeg", false, Optional.empty());
        PhotoAnalyzer.AnalysedPhoto large = new PhotoAnalyzer(checker, 410L << 20)
                .analyseForValuation(jpeg, "image/jpeg", false, Optional.empty());

        assertThat(small.analysis().features()).isEqualTo(large.analysis().features());
        assertThat(pixels(small.cuts().readingCrop().orElseThrow()))
                .as("the card's region decoded alone, as the whole photo decoded gives it")
                .isEqualTo(pixels(large.cuts().readingCrop().orElseThrow()));
        assertThat(pixels(small.cuts().centre().orElseThrow())).isEqualTo(pixels(large.cuts().centre().orElseThrow()));
    }

    @Test
    void aCardCutSubsampledComesWithoutTheCentre() {
        // 6 000 × 4 500 = 27 MP, the card half of it: about 49 px/mm, cut at every 2nd pixel, so no full-resolution centre
        byte[] jpeg = CardRenderer.builder().frame(6000, 4500).cardShare(0.5).seed(10).render().jpeg(0.9f);

        PhotoAnalyzer.AnalysedPhoto valued = ANALYZER.analyseForValuation(jpeg, "image/jpeg", false, Optional.empty());

        assertThat(valued.cuts().readingCrop()).isPresent();
        assertThat(valued.cuts().centre()).isEmpty();
    }

    @ParameterizedTest(name = "EXIF orientation {0}, heap {1} MiB")
    @CsvSource({"1, 4096", "6, 4096", "6, 256"})
    void theModelsCopyIsThePhotoUprightAtTheAnalysisSize(int orientation, long heapMib) throws IOException {
        // 12 MP: analysed at every 3rd pixel, 1 334 × 1 000, decoded whole in a large heap and not in a small one
        RenderedCard photo = CardRenderer.builder().frame(4000, 3000).rotation(3).cardShare(0.5).seed(11).render();
        byte[] jpeg = ExifJpeg.encode(ReadingCropTest.stored(photo.photo(), orientation), 92, orientation);
        PhotoAnalyzer analyzer = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()), heapMib << 20);

        PhotoAnalyzer.AnalysedPhoto valued = analyzer.analyseForValuation(jpeg, "image/jpeg", false, MODEL_COPY);

        byte[] copy = valued.cuts().uprightCopy().orElseThrow();
        assertThat(copy.length).isLessThanOrEqualTo(3_750_000);
        BufferedImage seen = ImageIO.read(new ByteArrayInputStream(copy));
        assertThat(seen.getWidth()).isEqualTo(1334);
        assertThat(seen.getHeight()).isEqualTo(1000);
        // against the rendered photo itself (upright, before any JPEG), every 3rd pixel: two JPEG generations apart
        double difference = 0;
        for (int y = 0; y < seen.getHeight(); y++) {
            for (int x = 0; x < seen.getWidth(); x++) {
                difference += channelDifference(seen.getRGB(x, y), photo.photo().getRGB(x * 3, y * 3));
            }
        }
        assertThat(difference / (seen.getWidth() * seen.getHeight())).as("mean difference per channel").isLessThan(4);
        assertThat(valued.analysis().features())
                .isEqualTo(analyzer.analyseForValuation(jpeg, "image/jpeg", false, Optional.empty()).analysis().features());
    }

    @Test
    void aPhotoAnalysedTooSmallForTheModelGetsNoCopyFromTheAnalysis() {
        // 1 920 px: analysed at every 2nd pixel, 960 px, too little of the 1 568 asked for
        byte[] jpeg = CardRenderer.builder().frame(1920, 1440).cardShare(0.5).seed(12).render().jpeg(0.9f);

        assertThat(ANALYZER.analyseForValuation(jpeg, "image/jpeg", false, MODEL_COPY).cuts().uprightCopy()).isEmpty();
        assertThat(ANALYZER.analyseForValuation(jpeg, "image/jpeg", false, Optional.empty()).cuts().uprightCopy())
                .as("none asked for").isEmpty();
    }

    /** The mean of the three channels' absolute differences. */
    private static double channelDifference(int a, int b) {
        return (Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF))) / 3.0;
    }

    private static int[] pixels(BufferedImage image) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xFFFFFF;
        }
        return rgb;
    }
}

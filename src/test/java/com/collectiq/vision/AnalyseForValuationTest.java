package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.RenderedCard;
import com.collectiq.testsupport.eras.ExifJpeg;

/**
 * The photo a card is valued from, decoded once at full resolution: the analysis, the card cut out for
 * reading and the screen check's centre are the very pixels each stage got when it decoded the photo
 * itself (the decoder's own subsampling and source region), whichever way the phone stored them; a
 * photo too large to decode whole is analysed as before.
 */
class AnalyseForValuationTest {

    private static final PhotoAnalyzer ANALYZER = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 6})
    void oneDecodeGivesWhatEachStageDecodedForItself(int orientation) throws IOException {
        // 2 400 px on the long side: the analysis image is every 2nd pixel, the crop at full resolution
        RenderedCard photo = CardRenderer.builder().frame(2400, 1800).rotation(4).cardShare(0.5).seed(5).render();
        byte[] jpeg = ExifJpeg.encode(ReadingCropTest.stored(photo.photo(), orientation), 92, orientation);

        PhotoAnalyzer.AnalysedPhoto valued = ANALYZER.analyseForValuation(jpeg, "image/jpeg", true);
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
    void aPhotoTooLargeToDecodeWholeIsAnalysedAsBeforeWithNothingCut() {
        // 4 800 × 3 600 = 17.3 MP, over the 16 MP decoded whole
        byte[] jpeg = CardRenderer.builder().frame(4800, 3600).cardShare(0.45).seed(8).render().jpeg(0.9f);

        PhotoAnalyzer.AnalysedPhoto valued = ANALYZER.analyseForValuation(jpeg, "image/jpeg", false);

        assertThat(valued.cuts()).isEqualTo(FullResolutionCuts.none());
        assertThat(valued.analysis().features()).isEqualTo(ANALYZER.analyseOneCard(jpeg, "image/jpeg").features());
    }

    @Test
    void aPhotoTooLargeForTheHeapIsNotDecodedWhole() {
        // 4 000 × 3 000 = 12 MP, 36 MB decoded whole: over an eighth of a 256 MiB heap, under one of 410 MiB
        byte[] jpeg = CardRenderer.builder().frame(4000, 3000).cardShare(0.45).seed(9).render().jpeg(0.9f);
        PhotoChecker checker = new PhotoChecker(ImageProperties.defaults());

        PhotoAnalyzer.AnalysedPhoto small = new PhotoAnalyzer(checker, 256L << 20)
                .analyseForValuation(jpeg, "image/jpeg", false);
        PhotoAnalyzer.AnalysedPhoto large = new PhotoAnalyzer(checker, 410L << 20)
                .analyseForValuation(jpeg, "image/jpeg", false);

        assertThat(small.cuts()).isEqualTo(FullResolutionCuts.none());
        assertThat(large.cuts().readingCrop()).isPresent();
        assertThat(small.analysis().features()).isEqualTo(large.analysis().features());
    }

    private static int[] pixels(BufferedImage image) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xFFFFFF;
        }
        return rgb;
    }
}

package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.RenderedCard;
import com.collectiq.testsupport.eras.ExifJpeg;

/**
 * The card cut out again for reading: from the full-resolution photo, at 12 px/mm or more, the same
 * card the analysis flattened (along the same outline, from its subsampled upright photo) whichever
 * way the phone stored its pixels (an EXIF Orientation tag turning them upright).
 */
class ReadingCropTest {

    private static final PhotoAnalyzer ANALYZER = new PhotoAnalyzer(new PhotoChecker(ImageProperties.defaults()));

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 3, 6, 8})
    void cutsTheCardAtReadingResolutionWhateverTheStoredTurn(int orientation) {
        RenderedCard photo = CardRenderer.builder().frame(4000, 3000).rotation(6).cardShare(0.3).seed(11).render();
        byte[] jpeg = ExifJpeg.encode(stored(photo.photo(), orientation), 92, orientation);

        PhotoAnalysis analysis = ANALYZER.analyse(jpeg, "image/jpeg");
        BufferedImage card = ANALYZER.cardForReading(jpeg, analysis).orElseThrow();

        assertThat(card.getWidth() / 63.0).isGreaterThanOrEqualTo(ReadingCrop.MIN_PIXELS_PER_MM - 0.1);
        assertThat(card.getHeight() / (double) card.getWidth()).isCloseTo(88.0 / 63, offset(0.01));
        // the same card as the analysis flattened from the subsampled, upright photo along the same outline
        BufferedImage analysed = analysis.normalisedCard().orElseThrow();
        assertThat(meanGreyDifference(shrunk(card, analysed.getWidth(), analysed.getHeight()), analysed))
                .as("mean grey difference from the analysis' card").isLessThan(6);
    }

    /** The upright photo as a phone would store it for the given EXIF orientation (the tag turns it back). */
    static BufferedImage stored(BufferedImage upright, int orientation) {
        return switch (orientation) {
            case 3 -> turnClockwise(turnClockwise(upright));
            case 6 -> turnClockwise(turnClockwise(turnClockwise(upright))); // shown after a clockwise quarter
            case 8 -> turnClockwise(upright);                                // shown after an anticlockwise quarter
            default -> upright;
        };
    }

    private static BufferedImage turnClockwise(BufferedImage image) {
        BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                turned.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
            }
        }
        return turned;
    }

    private static BufferedImage shrunk(BufferedImage image, int width, int height) {
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return small;
    }

    private static double meanGreyDifference(BufferedImage a, BufferedImage b) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        double sum = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                sum += Math.abs(RgbImage.luma(a.getRGB(x, y) & 0xFFFFFF) - RgbImage.luma(b.getRGB(x, y) & 0xFFFFFF));
            }
        }
        return sum / (width * height);
    }
}

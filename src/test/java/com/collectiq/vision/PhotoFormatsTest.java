package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.collectiq.testsupport.TestPhotos;

/**
 * Photos in the formats phones, chat apps and scanners write, made by their own encoders from the
 * README's sample card (src/test/resources/photos/README.md says how): each is recognised by its
 * bytes, decoded, and shows the sample's picture (colours included: a CMYK JPEG read without its
 * profile comes out inverted or washed out).
 */
class PhotoFormatsTest {

    private final PhotoChecker checker = new PhotoChecker(ImageProperties.defaults());

    @ParameterizedTest
    @CsvSource({
        "sample-card-lossy.webp,          WEBP, 1600, 1200, 10",
        "sample-card-lossless-alpha.webp, WEBP,  800,  600,  5",
        "sample-card-cmyk.jpg,            JPEG, 1600, 1200, 15",
        "sample-card-cmyk-no-profile.jpg, JPEG, 1600, 1200, 10",
        "sample-card-cmyk-adobe.jpg,      JPEG,  800,  600, 15",
        "sample-card-progressive.jpg,     JPEG,  400,  300, 10",
        "sample-card-16bit.png,           PNG,   400,  300, 10",
        "sample-card-sideways-exif.webp,  WEBP, 1600, 1200, 10",
        "sample-card.heic,                HEIC, 1600, 1200, 10",
        "sample-card-grid.heic,           HEIC, 1600, 1200, 10",
        "sample-card-odd.heic,            HEIC, 1599, 1199, 10",
    })
    void decodesThePhotoAsTheSamplePicture(String fixture, ImageFormat format, int width, int height,
            double meanColourDistance) {
        byte[] bytes = photo(fixture);

        PhotoCheck check = checker.check(bytes, null);
        RgbImage decoded = checker.decode(bytes, check).image();

        assertThat(check.format()).isEqualTo(format);
        assertThat(check.width()).isEqualTo(width);
        assertThat(check.height()).isEqualTo(height);
        assertThat(meanDistance(decoded, sample())).as("mean colour distance to the sample card")
                .isLessThan(meanColourDistance);
    }

    /** 54 MP in a few KB: a WebP's header, a HEIC grid's boxes; refused before a pixel is decoded. */
    @ParameterizedTest
    @CsvSource({"bomb-54mp.webp, image/webp", "bomb-54mp.heic, image/heic"})
    void aPhotoOfMorePixelsThanTheLimitIsRefusedFromItsHeader(String fixture, String contentType) {
        byte[] bomb = photo(fixture);

        assertThatThrownBy(() -> checker.check(bomb, contentType))
                .isInstanceOfSatisfying(PhotoRejectedException.class, rejected -> {
                    assertThat(rejected.reason()).isEqualTo(RejectionReason.TOO_MANY_PIXELS);
                    assertThat(rejected.getMessage()).contains("9000 × 6000");
                });
    }

    @Test
    void aWebpWhoseExifChunkIsDamagedIsReadAsStored() {
        byte[] bytes = photo("sample-card-sideways-exif.webp");
        int exif = indexOf(bytes, "EXIF".getBytes(StandardCharsets.US_ASCII));
        bytes[exif + 7] = 0x7F; // the chunk's length now runs far past the end of the file

        PhotoCheck check = checker.check(bytes, "image/webp");

        assertThat(check.orientation()).isEqualTo(ExifOrientation.NORMAL);
        assertThat(check.width()).isEqualTo(1200);
    }

    @Test
    void theWholeAnalysisRunsOnAWebp() {
        PhotoAnalysis analysis = new PhotoAnalyzer(checker).analyse(photo("sample-card-lossy.webp"), "image/webp");

        assertThat(analysis.check().typeMismatch()).isEmpty();
        assertThat(analysis.normalisedCard()).as("the card is found in the photo").isPresent();
    }

    /** Mean RGB distance, comparing each pixel of {@code image} with the same place in {@code reference}. */
    private static double meanDistance(RgbImage image, RgbImage reference) {
        double sum = 0;
        int samples = 0;
        for (int y = 0; y < image.height; y += 4) {
            for (int x = 0; x < image.width; x += 4) {
                int expected = reference.sample(x * (reference.width - 1.0) / (image.width - 1),
                        y * (reference.height - 1.0) / (image.height - 1));
                sum += RgbImage.colourDistance(image.pixels[y * image.width + x], expected);
                samples++;
            }
        }
        return sum / samples;
    }

    private RgbImage sample() {
        try {
            byte[] jpeg = Files.readAllBytes(Path.of("docs", "sample-card.jpg"));
            return checker.decode(jpeg, checker.check(jpeg, "image/jpeg")).image();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("no " + new String(part, StandardCharsets.US_ASCII) + " chunk");
    }

    private static byte[] photo(String name) {
        return TestPhotos.fixture(name);
    }
}

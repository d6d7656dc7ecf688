package com.collectiq.vision.heif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.testsupport.TestPhotos;

/**
 * HEIC files written by libheif's {@code heif-enc}, one whole and one as phones store them (a grid of
 * 512 × 512 tiles, turned by {@code irot}, with an EXIF orientation the reader must not apply again),
 * and that grid cropped by a clean aperture ({@code clap}); src/test/resources/photos/README.md says
 * how they were made. They are compared with the picture
 * they were made from: {@code heif-convert} decodes both within 43 dB of it.
 */
class HeifImageReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"sample-card.heic", "sample-card-grid.heic", "sample-card-clap.heic"})
    void decodesAsCloseToTheOriginalAsTheReferenceDecoderDoes(String fixture) throws IOException {
        byte[] file = TestPhotos.fixture(fixture);
        BufferedImage stored = read(file, null);

        BufferedImage upright = turned(stored, HeifTurn.of(file));

        assertThat(psnr(upright, original())).as("PSNR in dB against the picture encoded").isGreaterThan(40);
    }

    @Test
    void theGridIsStoredSidewaysAndTurnedByItsOwnBoxNotByItsExif() throws IOException {
        byte[] grid = TestPhotos.fixture("sample-card-grid.heic");

        assertThat(dimensions(grid)).containsExactly(1200, 1600);
        // irot 3 (three quarter turns anticlockwise); the EXIF item's tag 6 would turn it a second time
        assertThat(HeifTurn.of(grid)).isEqualTo(new HeifTurn(false, 1));
        assertThat(HeifTurn.of(TestPhotos.fixture("sample-card.heic"))).isEqualTo(new HeifTurn(false, 0));
    }

    @Test
    void aCleanApertureCropsTheGridBeforeItIsTurned() throws IOException {
        // the padded 1536 × 2048 grid, cropped by its clap to the 1200 × 1600 picture at the top left
        assertThat(dimensions(TestPhotos.fixture("sample-card-clap.heic"))).containsExactly(1200, 1600);
    }

    @Test
    void aRegionSubsampledDecodesOnlyWhatItCoversAndMatchesTheWholeImage() throws IOException {
        byte[] grid = TestPhotos.fixture("sample-card-grid.heic");
        BufferedImage whole = read(grid, null);
        ImageReadParam param = new ImageReadParam();
        param.setSourceRegion(new Rectangle(500, 700, 601, 800)); // across tile borders at 512 and 1024
        param.setSourceSubsampling(3, 2, 0, 0);

        BufferedImage part = read(grid, param);

        assertThat(part.getWidth()).isEqualTo(201);
        assertThat(part.getHeight()).isEqualTo(400);
        for (int y = 0; y < part.getHeight(); y += 7) {
            for (int x = 0; x < part.getWidth(); x += 5) {
                assertThat(part.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(whole.getRGB(500 + 3 * x, 700 + 2 * y));
            }
        }
    }

    @Test
    void theHeicReaderIsFoundByImageIoByNameAndByContent() throws IOException {
        assertThat(ImageIO.getImageReadersByFormatName("heic").hasNext()).isTrue();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(TestPhotos.fixture("sample-card.heic")))) {
            assertThat(ImageIO.getImageReaders(input).next()).isInstanceOf(HeifImageReader.class);
        }
    }

    @Test
    void aTruncatedFileIsAnImageIoErrorNotACrash() {
        byte[] file = TestPhotos.fixture("sample-card-grid.heic");
        byte[] truncated = Arrays.copyOf(file, file.length / 2);

        assertThatThrownBy(() -> read(truncated, null)).isInstanceOf(IIOException.class).hasMessageContaining("HEIC");
    }

    @Test
    void damagedTilesAreAnImageIoErrorNotACrash() throws IOException {
        byte[] file = TestPhotos.fixture("sample-card.heic");
        byte[] damaged = file.clone();
        // keep the boxes, overwrite the coded picture after its first NAL units with noise
        Random noise = new Random(7);
        for (int i = 2000; i < damaged.length; i++) {
            damaged[i] = (byte) noise.nextInt(256);
        }

        try {
            BufferedImage decoded = read(damaged, null);
            // FFmpeg conceals some damage; whatever comes back has the declared size
            assertThat(decoded.getWidth()).isEqualTo(1600);
        } catch (IIOException refused) {
            assertThat(refused).hasMessageContaining("HEIC");
        }
    }

    @Test
    void aBitstreamLargerThanItsDeclaredSizeIsRefusedBeforeItIsDecoded() throws IOException {
        byte[] file = TestPhotos.fixture("sample-card.heic");
        byte[] understated = file.clone();
        int ispe = indexOf(understated, "ispe".getBytes(StandardCharsets.US_ASCII), 0);
        // the ispe says 160 × 120; the HEVC stream holds 1600 × 1200
        ByteBuffer.wrap(understated, ispe + 8, 8).putInt(160).putInt(120);

        assertThat(dimensions(understated)).containsExactly(160, 120);
        assertThatThrownBy(() -> read(understated, null)).isInstanceOf(IIOException.class).hasMessageContaining("FFmpeg could not");
    }

    @Test
    void aGridWhoseTilesDeclareFarMoreThanItShowsIsRefusedBeforeItIsDecoded() throws IOException {
        byte[] grid = TestPhotos.fixture("sample-card-grid.heic");
        byte[] inflated = grid.clone();
        // the tiles' ispe (512 × 512) now says 60 000 × 60 000: 3.6 gigapixels behind a 1200 × 1600 grid
        ByteBuffer tileSize = ByteBuffer.wrap(inflated, tileIspe(inflated) + 8, 8);
        tileSize.putInt(60_000).putInt(60_000);

        assertThatThrownBy(() -> dimensions(inflated)).isInstanceOf(IIOException.class)
                .hasMessageContaining("do not lay out a 1200 × 1600 image");
    }

    /** The offset of the ispe box that declares 512 × 512, the tiles' size. */
    private static int tileIspe(byte[] file) {
        byte[] ispe = "ispe".getBytes(StandardCharsets.US_ASCII);
        for (int at = indexOf(file, ispe, 0); ; at = indexOf(file, ispe, at + 1)) {
            ByteBuffer size = ByteBuffer.wrap(file, at + 8, 8);
            if (size.getInt() == 512 && size.getInt() == 512) {
                return at;
            }
        }
    }

    static BufferedImage read(byte[] file, ImageReadParam param) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("heic").next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(input);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    private static int[] dimensions(byte[] file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("heic").next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(input);
            return new int[] {reader.getWidth(0), reader.getHeight(0)};
        } finally {
            reader.dispose();
        }
    }

    /** Mirrors left to right, then turns clockwise, by plain pixel copies. */
    private static BufferedImage turned(BufferedImage image, HeifTurn turn) {
        BufferedImage result = image;
        if (turn.mirrored()) {
            BufferedImage mirrored = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    mirrored.setRGB(image.getWidth() - 1 - x, y, image.getRGB(x, y));
                }
            }
            result = mirrored;
        }
        for (int i = 0; i < turn.clockwiseQuarterTurns(); i++) {
            BufferedImage quarter = new BufferedImage(result.getHeight(), result.getWidth(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < result.getHeight(); y++) {
                for (int x = 0; x < result.getWidth(); x++) {
                    quarter.setRGB(result.getHeight() - 1 - y, x, result.getRGB(x, y));
                }
            }
            result = quarter;
        }
        return result;
    }

    private static BufferedImage original() throws IOException {
        return ImageIO.read(Files.newInputStream(Path.of("docs", "sample-card.jpg")));
    }

    private static double psnr(BufferedImage image, BufferedImage reference) {
        assertThat(image.getWidth()).isEqualTo(reference.getWidth());
        assertThat(image.getHeight()).isEqualTo(reference.getHeight());
        double squares = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = image.getRGB(x, y);
                int b = reference.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double difference = ((a >> shift) & 0xFF) - ((b >> shift) & 0xFF);
                    squares += difference * difference;
                }
            }
        }
        double meanSquare = squares / (3.0 * image.getWidth() * image.getHeight());
        return 10 * Math.log10(255 * 255 / meanSquare);
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}

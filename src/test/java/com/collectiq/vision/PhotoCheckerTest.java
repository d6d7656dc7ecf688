package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;
import com.collectiq.testsupport.TestPhotos;

/** Every refusal, each with a file crafted to deserve it, and what an accepted photo reports. */
class PhotoCheckerTest {

    private final PhotoChecker checker = new PhotoChecker(ImageProperties.defaults());
    private final PhotoAnalyzer analyzer = new PhotoAnalyzer(checker);

    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> checker.check(new byte[0], "image/jpeg"), RejectionReason.EMPTY, "empty");
        assertRefused(() -> checker.check(null, "image/jpeg"), RejectionReason.EMPTY, "empty");
    }

    @Test
    void refusesMoreBytesThanTheLimitBeforeLookingInside() {
        byte[] justOver = new byte[12 * 1024 * 1024 + 1];
        justOver[0] = (byte) 0xFF;
        justOver[1] = (byte) 0xD8;
        justOver[2] = (byte) 0xFF;

        assertRefused(() -> checker.check(justOver, "image/jpeg"), RejectionReason.TOO_MANY_BYTES, "limit is 12.0 MiB");

        PhotoChecker strict = new PhotoChecker(withMaxBytes(DataSize.ofKilobytes(1)));
        assertRefused(() -> strict.check(png(400, 400), "image/png"), RejectionReason.TOO_MANY_BYTES, "limit is 1.0 KiB");
    }

    @Test
    void refusesBytesThatAreNoImageWeKnowWhateverTheyClaim() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);

        assertRefused(() -> checker.check(pdf, "image/jpeg"), RejectionReason.UNSUPPORTED_FORMAT, "not an image");
    }

    @Test
    void refusesRecognisedFormatsThatAreNotAccepted() {
        BufferedImage image = drawing(400, 400);
        assertRefused(() -> checker.check(SyntheticCardPhotos.encode(image, "gif"), "image/gif"),
                RejectionReason.UNSUPPORTED_FORMAT, "GIF images are not accepted");
        assertRefused(() -> checker.check(SyntheticCardPhotos.encode(image, "bmp"), "image/bmp"),
                RejectionReason.UNSUPPORTED_FORMAT, "BMP images are not accepted");
        assertRefused(() -> checker.check(SyntheticCardPhotos.encode(image, "tiff"), "image/tiff"),
                RejectionReason.UNSUPPORTED_FORMAT, "TIFF images are not accepted");
        // WebP is decoded by default; a deployment that takes it out refuses it as before
        PhotoChecker jpegAndPng = new PhotoChecker(new ImageProperties(DataSize.ofMegabytes(12), 50_000_000L, 300,
                List.of("image/jpeg", "image/png"), 1600, 2));
        assertRefused(() -> jpegAndPng.check(riff("WEBP", "VP8 "), "image/webp"),
                RejectionReason.UNSUPPORTED_FORMAT, "WebP images are not accepted");
        assertRefused(() -> checker.check(isoMedia("avif", "mif1", "avif"), "image/avif"),
                RejectionReason.UNSUPPORTED_FORMAT, "AVIF images are not accepted");
    }

    @Test
    void aDeploymentThatTakesHeicOutRefusesItWithTheAgreedSentence() {
        PhotoChecker withoutHeic = new PhotoChecker(new ImageProperties(DataSize.ofMegabytes(12), 50_000_000L, 300,
                List.of("image/jpeg", "image/png", "image/webp"), 1600, 2));
        for (byte[] heic : List.of(isoMedia("heic", "mif1", "heic"), isoMedia("mif1", "mif1", "heic"))) {
            assertThatThrownBy(() -> withoutHeic.check(heic, "image/heic"))
                    .isInstanceOfSatisfying(PhotoRejectedException.class, rejected -> {
                        assertThat(rejected.reason()).isEqualTo(RejectionReason.UNSUPPORTED_FORMAT);
                        assertThat(rejected.getMessage()).isEqualTo("HEIC is not supported by this deployment");
                    });
        }
    }

    @Test
    void aHeicThatIsOnlyAFileTypeBoxIsDamaged() {
        assertRefused(() -> checker.check(isoMedia("heic", "mif1", "heic"), "image/heic"), RejectionReason.CORRUPT,
                "HEIC file is damaged");
    }

    @Test
    void refusesADecompressionBombFromItsHeaderWithoutDecodingIt() {
        byte[] bomb = TestPhotos.pngHeaderOnly(20_000, 20_000);
        assertThat(bomb.length).isLessThan(100);

        assertRefused(() -> checker.check(bomb, "image/png"), RejectionReason.TOO_MANY_PIXELS, "20000 × 20000 pixels (400.0 MP)");
        assertRefused(() -> analyzer.analyse(bomb, "image/png"), RejectionReason.TOO_MANY_PIXELS, "limit is 50.0 MP");
    }

    @Test
    void refusesAPhotoTooSmallToReadACard() {
        assertRefused(() -> checker.check(png(200, 150), "image/png"), RejectionReason.TOO_SMALL, "200 × 150");
    }

    @Test
    void refusesAHeaderThatCannotBeRead() {
        byte[] garbage = new byte[2000];
        new java.util.Random(1).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;

        assertRefused(() -> checker.check(garbage, "image/jpeg"), RejectionReason.CORRUPT, "damaged or truncated");
    }

    @Test
    void refusesTruncatedFilesWhenDecoding() {
        byte[] jpeg = SyntheticCardPhotos.jpeg(drawing(800, 600), 0.9f);
        byte[] truncatedJpeg = Arrays.copyOf(jpeg, jpeg.length * 6 / 10);
        byte[] pngBytes = png(800, 600);
        byte[] truncatedPng = Arrays.copyOf(pngBytes, pngBytes.length * 6 / 10);

        assertThat(checker.check(truncatedJpeg, "image/jpeg").storedWidth()).as("the header is intact").isEqualTo(800);
        assertRefused(() -> analyzer.analyse(truncatedJpeg, "image/jpeg"), RejectionReason.CORRUPT, "JPEG file is damaged or truncated");
        assertRefused(() -> analyzer.analyse(truncatedPng, "image/png"), RejectionReason.CORRUPT, "PNG file is damaged or truncated");
    }

    @Test
    void reportsTheTypeFromTheBytesAndAMismatchWithTheClaim() {
        byte[] pngBytes = png(400, 300);

        PhotoCheck claimedJpeg = checker.check(pngBytes, "image/jpeg");
        assertThat(claimedJpeg.format()).isEqualTo(ImageFormat.PNG);
        assertThat(claimedJpeg.declaredTypeMatches()).isFalse();
        assertThat(claimedJpeg.typeMismatch()).contains("declared as image/jpeg but the bytes are PNG");

        assertThat(checker.check(pngBytes, "application/pdf").declaredTypeMatches()).isFalse();
        assertThat(checker.check(pngBytes, "image/png; charset=binary").declaredTypeMatches()).isTrue();
        assertThat(checker.check(pngBytes, "application/octet-stream").declaredTypeMatches()).isTrue();
        PhotoCheck undeclared = checker.check(pngBytes, null);
        assertThat(undeclared.declaredType()).isEmpty();
        assertThat(undeclared.typeMismatch()).isEmpty();
        byte[] jpeg = SyntheticCardPhotos.jpeg(drawing(400, 300), 0.9f);
        assertThat(checker.check(jpeg, "image/jpg").declaredTypeMatches()).isTrue();
    }

    @ParameterizedTest(name = "orientation {0}, {1}")
    @CsvSource({
        "1, MM, 400, 300, 50, 50",
        "3, MM, 400, 300, 350, 250",
        "6, MM, 300, 400, 250, 50",
        "6, II, 300, 400, 250, 50",
        "8, II, 300, 400, 50, 350"})
    void turnsThePhotoUprightAsItsExifSays(int orientation, String byteOrder, int width, int height, int redX, int redY) {
        // stored 400 × 300 with its top-left quarter red: after the turn the red quarter moves
        byte[] jpeg = withExifOrientation(SyntheticCardPhotos.jpeg(drawing(400, 300), 0.95f), orientation, byteOrder.equals("II"));

        PhotoCheck check = checker.check(jpeg, "image/jpeg");
        RgbImage upright = checker.decode(jpeg, check).image();

        assertThat(check.orientation()).isEqualTo(ExifOrientation.ofTag(orientation));
        assertThat(new int[] {check.width(), check.height(), upright.width, upright.height}).containsExactly(width, height, width, height);
        assertThat(isRed(upright.pixels[redY * width + redX])).as("red at (%d, %d)", redX, redY).isTrue();
        assertThat(isRed(upright.pixels[(height - 1 - redY) * width + (width - 1 - redX)])).isFalse();
    }

    @Test
    void decodesLargePhotosSubsampled() {
        ImageProperties properties = new ImageProperties(DataSize.ofMegabytes(12), 50_000_000L, 300, List.of("image/jpeg"), 500, 2);
        PhotoChecker subsampling = new PhotoChecker(properties);
        byte[] jpeg = SyntheticCardPhotos.jpeg(drawing(1600, 1200), 0.9f);

        PhotoChecker.DecodedPhoto decoded = subsampling.decode(jpeg, subsampling.check(jpeg, "image/jpeg"));

        assertThat(decoded.subsampling()).isEqualTo(4);
        assertThat(new int[] {decoded.image().width, decoded.image().height}).containsExactly(400, 300);
    }

    private static void assertRefused(ThrowingCallable call, RejectionReason reason, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PhotoRejectedException.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(reason);
            assertThat(rejected.getMessage()).contains(messagePart);
        });
    }

    private static ImageProperties withMaxBytes(DataSize maxBytes) {
        ImageProperties defaults = ImageProperties.defaults();
        return new ImageProperties(maxBytes, defaults.maxPixels(), defaults.minShortSide(), defaults.allowedTypes(),
                defaults.analysisLongSide(), defaults.maxConcurrentDecodes());
    }

    /** Noise, so PNG cannot compress it away, with a red top-left quarter to tell orientation by. */
    private static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0x205080 + random.nextInt(0x20));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    private static byte[] png(int width, int height) {
        return SyntheticCardPhotos.encode(drawing(width, height), "png");
    }

    /**
     * A PNG whose header claims {@code width × height} grey pixels followed by one tiny IDAT: the
     * size of a bomb, the weight of nothing. Only a check that reads the header first refuses it as
     * too many pixels rather than as damaged.
     */
    /** An ISO-BMFF file that is only its {@code ftyp} box (enough to be recognised, nothing to decode). */
    private static byte[] isoMedia(String majorBrand, String... compatibleBrands) {
        ByteBuffer box = ByteBuffer.allocate(16 + 4 * compatibleBrands.length);
        box.putInt(box.capacity()).put(ascii("ftyp")).put(ascii(majorBrand)).putInt(0);
        for (String brand : compatibleBrands) {
            box.put(ascii(brand));
        }
        return box.array();
    }

    private static byte[] riff(String form, String firstChunk) {
        return ByteBuffer.allocate(20).put(ascii("RIFF")).putInt(Integer.reverseBytes(12)).put(ascii(form)).put(ascii(firstChunk))
                .putInt(0).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Inserts an APP1 EXIF segment whose IFD0 holds only the orientation tag, right after SOI. */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        tiff.put(ascii(littleEndian ? "II" : "MM")).putShort((short) 42).putInt(8); // header, IFD0 at offset 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next IFD
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put(ascii("Exif")).put((byte) 0).put((byte) 0).put(tiff.array()).array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }
}

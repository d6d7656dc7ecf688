package com.collectiq.extraction.rekognition;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.Label;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.extraction.TextExtractor;
import com.collectiq.platform.aws.AwsClientsConfiguration;
import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsAnswers.DetectedLine;
import com.collectiq.testsupport.AwsReadingBeans;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.RekognitionLimits;
import com.collectiq.testsupport.RenderedCard;
import com.collectiq.testsupport.S3ProxyStandIn;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.testsupport.eras.ExifJpeg;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoType;
import com.collectiq.upload.UploadProperties;
import com.collectiq.vision.PhotoChecker;
import com.collectiq.vision.UprightJpeg;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.ImageTooLargeException;
import software.amazon.awssdk.services.rekognition.model.InvalidImageFormatException;

/**
 * The Rekognition adapter against WireMock speaking Rekognition's AWS JSON 1.1 protocol (the
 * documented response shapes) and keeping to its limits ({@link RekognitionLimits}: JPEG or PNG, 5 MB
 * as bytes, S3 objects fetched from S3Proxy, 100 words), wired as in {@code aws} mode with the SDK
 * clients of {@link AwsClientsConfiguration} and the S3 photo store on S3Proxy. Each test matches its
 * stubs on the operation's {@code X-Amz-Target} and on its own photo's {@code derived/} folder, and
 * removes them afterwards, so other tests sharing the WireMock are not disturbed.
 */
@SpringJUnitConfig(AwsReadingBeans.class)
@ActiveProfiles("aws")
@TestPropertySource(properties = {
    "collectiq.aws.uploads-bucket=collectiq-test-extraction",
    "collectiq.aws.s3-path-style=true",
    "collectiq.aws.create-resources=true"})
class RekognitionTextExtractorTest {

    private static final String JSON_1_1 = "application/x-amz-json-1.1";
    private static final String DETECT_TEXT = "RekognitionService.DetectText";
    private static final String DETECT_LABELS = "RekognitionService.DetectLabels";

    private static final String TEXT = """
            {"TextModelVersion": "3.0", "TextDetections": [
              {"DetectedText": "Charizard", "Type": "LINE", "Id": 0, "Confidence": 99.1,
               "Geometry": {"BoundingBox": {"Width": 0.2, "Height": 0.04, "Left": 0.3, "Top": 0.12},
                            "Polygon": [{"X": 0.3, "Y": 0.12}, {"X": 0.5, "Y": 0.12}, {"X": 0.5, "Y": 0.16}, {"X": 0.3, "Y": 0.16}]}},
              {"DetectedText": "4/102", "Type": "LINE", "Id": 1, "Confidence": 93.5,
               "Geometry": {"BoundingBox": {"Width": 0.05, "Height": 0.01, "Left": 0.6, "Top": 0.85}}},
              {"DetectedText": "120 HP", "Type": "LINE", "Id": 4, "Confidence": 97.0,
               "Geometry": {"BoundingBox": {"Width": 0.1, "Height": 0.03, "Left": 0.75, "Top": 0.12}}},
              {"DetectedText": "Charizard", "Type": "WORD", "Id": 2, "ParentId": 0, "Confidence": 99.1,
               "Geometry": {"BoundingBox": {"Width": 0.2, "Height": 0.04, "Left": 0.3, "Top": 0.12}}},
              {"DetectedText": "4/102", "Type": "WORD", "Id": 3, "ParentId": 1, "Confidence": 93.5,
               "Geometry": {"BoundingBox": {"Width": 0.05, "Height": 0.01, "Left": 0.6, "Top": 0.85}}},
              {"DetectedText": "120", "Type": "WORD", "Id": 5, "ParentId": 4, "Confidence": 97.0,
               "Geometry": {"BoundingBox": {"Width": 0.06, "Height": 0.03, "Left": 0.75, "Top": 0.12}}},
              {"DetectedText": "HP", "Type": "WORD", "Id": 6, "ParentId": 4, "Confidence": 97.0,
               "Geometry": {"BoundingBox": {"Width": 0.03, "Height": 0.03, "Left": 0.82, "Top": 0.12}}}]}
            """;
    private static final long MAX_BYTES = ReadingImages.MAX_BYTES;
    private static final String NOTHING_READ = """
            {"TextModelVersion": "3.0", "TextDetections": []}
            """;
    private static final String LABELS = """
            {"LabelModelVersion": "3.0", "Labels": [
              {"Name": "Trading Card", "Confidence": 97.25, "Instances": [], "Parents": [{"Name": "Paper"}],
               "Aliases": [], "Categories": [{"Name": "Hobbies and Interests"}]},
              {"Name": "Pokemon", "Confidence": 81.5, "Instances": [], "Parents": [], "Aliases": [], "Categories": []}]}
            """;

    /** A rendered card photo, and the card cut out of it at the analysis' 6 px/mm, as the photo checks hand it over. */
    private static final RenderedCard PHOTO = CardRenderer.builder().frame(800, 600).render();
    private static final BufferedImage CARD = PHOTO.normalisedCard(6);

    @Autowired
    TextExtractor extractor;
    @Autowired
    RekognitionClient rekognition;
    @Autowired
    PhotoStore photoStore;
    @Autowired
    PhotoChecker checker;
    @Autowired
    AwsProperties aws;
    @Autowired
    UploadProperties upload;
    @Autowired
    RekognitionProperties properties;

    private final WireMockServer wireMock = WireMockStandIn.get().server();
    private final List<StubMapping> stubs = new ArrayList<>();

    @BeforeAll
    static void startStandIns() {
        // before the context: the SDK clients take their endpoints from the stand-ins' system properties
        S3ProxyStandIn.get();
        WireMockStandIn.get();
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(wireMock::removeStub);
    }

    @Test
    void readsLinesWithTheirWordsAndLabelsOfAnUprightJpegOfTheCard() throws IOException {
        String key = stored(PhotoKeys.newFront("alice", "image/jpeg"), PHOTO.jpeg(0.9f));
        stub(DETECT_TEXT, key, ok(TEXT));
        stub(DETECT_LABELS, key, ok(LABELS));

        Extraction read = extractor.extract(key, CARD);

        assertThat(read.engine()).isEqualTo("rekognition");
        assertThat(read.lines()).extracting(TextLine::text).containsExactly("Charizard", "4/102", "120 HP");
        TextLine name = read.lines().get(0);
        assertThat(name.confidence()).isEqualTo(0.991, offset(1e-6));
        assertThat(name.box()).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
                .isEqualTo(new Box(0.30000001192092896, 0.11999999731779099, 0.20000000298023224, 0.03999999910593033));
        assertThat(name.region()).isNull();
        assertThat(name.words()).singleElement().satisfies(word -> assertThat(word.text()).isEqualTo("Charizard"));
        assertThat(read.lines().get(1).words()).extracting(word -> word.text()).containsExactly("4/102");
        assertThat(read.labels()).extracting(Label::name).containsExactly("Trading Card", "Pokemon");
        assertThat(read.labels().get(0).confidence()).isEqualTo(0.9725, offset(1e-6));
        assertThat(read.unreadableRegions()).isEmpty();

        String readKey = imageSentFor(key, DETECT_TEXT).get(0);
        assertThat(imageSentFor(key, DETECT_TEXT)).as("read at the first try").hasSize(1);
        assertThat(imageSentFor(key, DETECT_LABELS)).containsExactly(readKey);
        assertThat(readKey).startsWith(PhotoKeys.derivedFolderOf(key)).endsWith(".jpg");
        byte[] sent = photoStore.read(readKey, ReadingImages.MAX_BYTES).orElseThrow();
        assertThat(sent).startsWith(0xFF, 0xD8, 0xFF);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(sent));
        assertThat(image.getWidth()).as("63 mm at 12 px/mm").isEqualTo(756);
        assertThat(image.getHeight()).as("88 mm at 12 px/mm").isEqualTo(1056);
        wireMock.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(DETECT_LABELS))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Bucket", equalTo(aws.uploadsBucket())))
                .withRequestBody(matchingJsonPath("$.MaxLabels", equalTo(String.valueOf(properties.maxLabels()))))
                .withRequestBody(matchingJsonPath("$.MinConfidence")));
    }

    @ParameterizedTest(name = "{0} ({1}) is retryable: {2}")
    @CsvSource({
        "ThrottlingException, 400, true",
        "ProvisionedThroughputExceededException, 400, true",
        "InternalServerError, 500, true",
        "ServiceUnavailableException, 503, true",
        "InvalidImageFormatException, 400, false",
        "ImageTooLargeException, 400, false",
        "InvalidS3ObjectException, 400, false",
        "AccessDeniedException, 400, false"})
    void mapsRekognitionsErrors(String error, int status, boolean retryable) {
        String key = stored(PhotoKeys.newFront("alice", "image/png"), PHOTO.png());
        stub(DETECT_TEXT, key, aResponse().withStatus(status).withHeader("Content-Type", JSON_1_1)
                .withBody("{\"__type\": \"" + error + "\", \"Message\": \"stand-in says " + error + "\"}"));
        stub(DETECT_LABELS, key, ok(LABELS));

        assertThatThrownBy(() -> extractor.extract(key, CARD))
                .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> {
                    assertThat(failure.retryable()).isEqualTo(retryable);
                    assertThat(failure.getMessage()).contains(key).contains(error);
                });
    }

    @Test
    void aFailedLabelCallFailsTheExtractionToo() {
        String key = stored(PhotoKeys.newFront("alice", "image/jpeg"), PHOTO.jpeg(0.9f));
        stub(DETECT_TEXT, key, ok(TEXT));
        stub(DETECT_LABELS, key, aResponse().withStatus(400).withHeader("Content-Type", JSON_1_1)
                .withBody("{\"__type\": \"InvalidImageFormatException\", \"Message\": \"Request has invalid image format\"}"));

        assertThatThrownBy(() -> extractor.extract(key, CARD))
                .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> assertThat(failure.retryable()).isFalse());
    }

    @Test
    void anAnswerSlowerThanTheCallTimeoutIsARetryableFailure() {
        String key = stored(PhotoKeys.newFront("alice", "image/jpeg"), PHOTO.jpeg(0.9f));
        stub(DETECT_TEXT, key, ok(TEXT).withFixedDelay(3_000));
        stub(DETECT_LABELS, key, ok(LABELS));
        RekognitionTextExtractor impatient = new RekognitionTextExtractor(rekognition, photoStore, checker, aws, upload,
                new RekognitionProperties(10, 60, Duration.ofMillis(500)));

        long started = System.nanoTime();
        try (impatient) {
            assertThatThrownBy(() -> impatient.extract(key, CARD))
                    .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> assertThat(failure.retryable()).isTrue());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aRetryReadsTheImageTheFirstAttemptWroteAndAReplacedPhotoGetsItsOwn() {
        String key = stored(PhotoKeys.newFront("alice", "image/jpeg"), PHOTO.jpeg(0.9f));
        stub(DETECT_TEXT, key, ok(TEXT));
        stub(DETECT_LABELS, key, ok(LABELS));
        extractor.extract(key, CARD);
        String readKey = imageSentFor(key, DETECT_TEXT).get(0);
        // what a second write would overwrite: a retry must leave it as it is
        byte[] marker = UprightJpeg.encode(new BufferedImage(80, 80, BufferedImage.TYPE_INT_RGB), ReadingImages.MAX_BYTES);
        photoStore.put(readKey, marker, "image/jpeg");

        extractor.extract(key, CARD);

        assertThat(imageSentFor(key, DETECT_TEXT)).containsExactly(readKey, readKey);
        assertThat(photoStore.read(readKey, ReadingImages.MAX_BYTES)).hasValue(marker);

        stored(key, CardRenderer.builder().name("Blastoise").frame(800, 600).render().jpeg(0.9f));
        extractor.extract(key, CARD);

        List<String> sent = imageSentFor(key, DETECT_TEXT);
        assertThat(sent).hasSize(3);
        assertThat(sent.get(2)).as("the photo changed, so does its image").isNotEqualTo(readKey)
                .startsWith(PhotoKeys.derivedFolderOf(key));
    }

    @Test
    void theRaw12MegapixelPhotoUpsideDownWouldFailButWithoutAnOutlineItGoesUprightWithinTheLimits() throws IOException {
        BufferedImage upright = largePhotoWithARedTop(4000, 3000);
        byte[] raw = ExifJpeg.encode(TestPhotos.halfTurned(upright), 95, 3);
        assertThat(raw.length).as("the photo as a phone stores it: past Rekognition's 5 MB, within the 12 MB upload")
                .isGreaterThan((int) RekognitionLimits.MAX_IMAGE_BYTES).isLessThan(12 * 1024 * 1024);
        String key = stored(PhotoKeys.newFront("alice", "image/jpeg"), raw);
        // a stub that would read it: the stand-in's limits refuse it first, as Rekognition would
        stubs.add(wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_TEXT))
                .withRequestBody(matchingJsonPath("$.Image.Bytes")).willReturn(ok(TEXT))));
        assertThatThrownBy(() -> rekognition.detectText(request -> request.image(image -> image.bytes(SdkBytes.fromByteArray(raw)))))
                .isInstanceOf(ImageTooLargeException.class);
        stub(DETECT_TEXT, key, ok(TEXT));
        stub(DETECT_LABELS, key, ok(LABELS));

        extractor.extract(key, null);

        byte[] sent = photoStore.read(imageSentFor(key, DETECT_TEXT).get(0), Long.MAX_VALUE).orElseThrow();
        assertThat(sent.length).isLessThanOrEqualTo((int) ReadingImages.MAX_BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(sent));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(ReadingImages.WHOLE_PHOTO_LONG_SIDE);
        assertThat(image.getWidth()).as("landscape, as taken").isGreaterThan(image.getHeight());
        assertThat(isRed(image.getRGB(image.getWidth() / 2, image.getHeight() / 20))).as("red on top: upright").isTrue();
        assertThat(isRed(image.getRGB(image.getWidth() / 2, image.getHeight() * 19 / 20))).isFalse();
    }

    @Test
    void aHeicOrWebpPhotoRekognitionWouldRefuseReachesItAsAJpegOfTheCard() {
        String key = stored(PhotoKeys.newFront("alice-heic", "image/heic"), HEIC);
        // stubs that would read the raw photos: the stand-in's limits refuse them first, as Rekognition would
        stubs.add(wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_TEXT))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", equalTo(key))).willReturn(ok(TEXT))));
        stubs.add(wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_LABELS))
                .withRequestBody(matchingJsonPath("$.Image.Bytes")).willReturn(ok(LABELS))));
        assertThatThrownBy(() -> rekognition.detectText(request -> request.image(image -> image.s3Object(
                object -> object.bucket(aws.uploadsBucket()).name(key)))))
                .isInstanceOf(InvalidImageFormatException.class);
        assertThatThrownBy(() -> rekognition.detectLabels(request -> request.image(image -> image.bytes(
                SdkBytes.fromByteArray(WEBP))))).isInstanceOf(InvalidImageFormatException.class);
        stub(DETECT_TEXT, key, ok(TEXT));
        stub(DETECT_LABELS, key, ok(LABELS));

        Extraction read = extractor.extract(key, CARD);

        assertThat(read.lines()).extracting(TextLine::text).contains("Charizard");
        String readKey = imageSentFor(key, DETECT_TEXT).get(0);
        assertThat(readKey).startsWith("derived/alice-heic/").endsWith(".jpg");
        assertThat(photoStore.read(readKey, ReadingImages.MAX_BYTES).orElseThrow()).startsWith(0xFF, 0xD8, 0xFF);
    }

    @Test
    void aCardLyingUpsideDownIsReadAgainTurnedHalfRound() throws IOException {
        String key = stored(PhotoKeys.newFront("alice", "image/jpeg"), PHOTO.jpeg(0.9f));
        stub(DETECT_TEXT, key, ok(NOTHING_READ));
        stubs.add(wireMock.stubFor(post(urlEqualTo("/")).atPriority(1).withHeader("X-Amz-Target", equalTo(DETECT_TEXT))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", containing(ReadingImages.HALF_TURNED)))
                .willReturn(ok(TEXT))));
        stub(DETECT_LABELS, key, ok(LABELS));

        Extraction read = extractor.extract(key, TestPhotos.halfTurned(CARD));

        assertThat(read.lines()).extracting(TextLine::text).contains("Charizard", "4/102");
        List<String> sent = imageSentFor(key, DETECT_TEXT);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1)).contains(ReadingImages.HALF_TURNED);
        assertThat(imageSentFor(key, DETECT_LABELS)).as("the labels are of the first image").containsExactly(sent.get(0));
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(photoStore.read(sent.get(0), MAX_BYTES).orElseThrow()));
        BufferedImage second = ImageIO.read(new ByteArrayInputStream(photoStore.read(sent.get(1), MAX_BYTES).orElseThrow()));
        for (int[] at : new int[][] {{5, 5}, {first.getWidth() / 3, first.getHeight() / 9}, {first.getWidth() / 2, 40}}) {
            assertThat(grey(second.getRGB(second.getWidth() - 1 - at[0], second.getHeight() - 1 - at[1])))
                    .as("the second image is the first turned half round, at %d, %d", at[0], at[1])
                    .isBetween(grey(first.getRGB(at[0], at[1])) - 12, grey(first.getRGB(at[0], at[1])) + 12);
        }
    }

    @Test
    void aPhotoThatCanBeNeitherReadNorDecodedFailsForGood() {
        String key = stored(PhotoKeys.newFront("alice", "image/heic"), HEIC);

        assertThatThrownBy(() -> extractor.extract(key, null))
                .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> assertThat(failure.retryable()).isFalse());
    }

    @Test
    void aPhotoNoLongerStoredFailsForGood() {
        String key = PhotoKeys.newFront("alice", "image/jpeg");

        assertThatThrownBy(() -> extractor.extract(key, CARD))
                .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).contains("not stored");
                });
    }

    @Test
    void rekognitionFindsAtMostAHundredWordsAndTheLinesTheyMake() {
        String key = stored(PhotoKeys.newFront("alice", "image/jpeg"), PHOTO.jpeg(0.9f));
        List<DetectedLine> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(new DetectedLine("line%d a b c d e f g h".formatted(i), 95, 0.05, 0.05 + i * 0.07, 0.9, 0.03));
        }
        stub(DETECT_TEXT, key, AwsAnswers.detectText(lines));
        stub(DETECT_LABELS, key, ok(LABELS));

        Extraction read = extractor.extract(key, CARD);

        assertThat(read.lines().stream().mapToInt(line -> line.words().size()).sum()).isEqualTo(RekognitionLimits.MAX_WORDS);
        assertThat(read.lines()).hasSize(12);
        assertThat(read.lines().get(10).text()).isEqualTo("line10 a b c d e f g h");
        assertThat(read.lines().get(11).text()).as("the hundredth word ends the last line").isEqualTo("line11");
    }

    /** An ISO-BMFF box of brand heic, as a phone's HEIC starts: no decoder here reads it. */
    private static final byte[] HEIC = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0,
        'm', 'i', 'f', '1', 'h', 'e', 'i', 'c', 0, 0, 0, 8, 'm', 'e', 't', 'a'};
    /** A RIFF WEBP header with a VP8 chunk. */
    private static final byte[] WEBP = {'R', 'I', 'F', 'F', 24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ',
        12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private String stored(String key, byte[] photo) {
        photoStore.put(key, photo, PhotoType.ofKey(key).orElseThrow().contentType());
        return key;
    }

    /** The S3 object names the service asked the operation to read for the photo, in order. */
    private List<String> imageSentFor(String key, String operation) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(operation))
                        .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", containing(PhotoKeys.derivedFolderOf(key)))))
                .stream().map(request -> ApiClient.json(request.getBodyAsString()).at("/Image/S3Object/Name").asText())
                .toList();
    }

    /** A photo with a red band along its top, and texture below so it compresses like a photo, not a drawing. */
    private static BufferedImage largePhotoWithARedTop(int width, int height) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grey = 60 + noise.nextInt(NOISE);
                photo.setRGB(x, y, y < height / 10 ? 0xE01010 : grey << 16 | grey << 8 | grey);
            }
        }
        return photo;
    }

    private static final int NOISE = 72;

    private static int grey(int rgb) {
        return ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 160 && (rgb >> 8 & 0xFF) < 90 && (rgb & 0xFF) < 90;
    }

    private void stub(String target, String key, ResponseDefinitionBuilder response) {
        stubs.add(wireMock.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(target))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", containing(PhotoKeys.derivedFolderOf(key))))
                .willReturn(response)));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_1).withBody(body);
    }
}

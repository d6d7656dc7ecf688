package com.collectiq.extraction.rekognition;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
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
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.S3ProxyStandIn;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.UploadProperties;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import software.amazon.awssdk.services.rekognition.RekognitionClient;

/**
 * The Rekognition adapter against WireMock speaking Rekognition's AWS JSON 1.1 protocol (the
 * documented response shapes), wired as in {@code aws} mode with the SDK clients of
 * {@link AwsClientsConfiguration} and the S3 photo store on S3Proxy. Each test matches its stubs on
 * the operation's {@code X-Amz-Target} and on its own photo key, and removes them afterwards, so
 * other tests sharing the WireMock are not disturbed.
 */
@SpringJUnitConfig(RekognitionTextExtractorTest.AwsExtraction.class)
@ActiveProfiles("aws")
@TestPropertySource(properties = {
    "collectiq.aws.uploads-bucket=collectiq-test-extraction",
    "collectiq.aws.s3-path-style=true",
    "collectiq.aws.create-resources=true"})
class RekognitionTextExtractorTest {

    /** The adapter and what it needs, without the rest of the service. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({AwsProperties.class, UploadProperties.class, RekognitionProperties.class})
    @Import(AwsClientsConfiguration.class)
    @ComponentScan(basePackages = {"com.collectiq.upload.s3", "com.collectiq.extraction.rekognition"})
    static class AwsExtraction {
    }

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
              {"DetectedText": "Charizard", "Type": "WORD", "Id": 2, "ParentId": 0, "Confidence": 99.1,
               "Geometry": {"BoundingBox": {"Width": 0.2, "Height": 0.04, "Left": 0.3, "Top": 0.12}}},
              {"DetectedText": "4/102", "Type": "WORD", "Id": 3, "ParentId": 1, "Confidence": 93.5,
               "Geometry": {"BoundingBox": {"Width": 0.05, "Height": 0.01, "Left": 0.6, "Top": 0.85}}}]}
            """;
    private static final String LABELS = """
            {"LabelModelVersion": "3.0", "Labels": [
              {"Name": "Trading Card", "Confidence": 97.25, "Instances": [], "Parents": [{"Name": "Paper"}],
               "Aliases": [], "Categories": [{"Name": "Hobbies and Interests"}]},
              {"Name": "Pokemon", "Confidence": 81.5, "Instances": [], "Parents": [], "Aliases": [], "Categories": []}]}
            """;

    @Autowired
    TextExtractor extractor;
    @Autowired
    RekognitionClient rekognition;
    @Autowired
    PhotoStore photoStore;
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
    void readsLinesWithTheirWordsAndLabelsOfTheStoredPhotoInPlace() {
        String key = PhotoKeys.newFront("alice", "image/jpeg");
        stub(DETECT_TEXT, key, ok(TEXT));
        stub(DETECT_LABELS, key, ok(LABELS));

        Extraction read = extractor.extract(key, null);

        assertThat(read.engine()).isEqualTo("rekognition");
        assertThat(read.lines()).extracting(TextLine::text).containsExactly("Charizard", "4/102");
        TextLine name = read.lines().get(0);
        assertThat(name.confidence()).isEqualTo(0.991, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(name.box()).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
                .isEqualTo(new Box(0.30000001192092896, 0.11999999731779099, 0.20000000298023224, 0.03999999910593033));
        assertThat(name.region()).isNull();
        assertThat(name.words()).singleElement().satisfies(word -> assertThat(word.text()).isEqualTo("Charizard"));
        assertThat(read.lines().get(1).words()).extracting(word -> word.text()).containsExactly("4/102");
        assertThat(read.labels()).extracting(Label::name).containsExactly("Trading Card", "Pokemon");
        assertThat(read.labels().get(0).confidence()).isEqualTo(0.9725, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(read.unreadableRegions()).isEmpty();

        wireMock.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(DETECT_LABELS))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Bucket", equalTo(aws.uploadsBucket())))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", equalTo(key)))
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
        String key = PhotoKeys.newFront("alice", "image/png");
        stub(DETECT_TEXT, key, aResponse().withStatus(status).withHeader("Content-Type", JSON_1_1)
                .withBody("{\"__type\": \"" + error + "\", \"Message\": \"stand-in says " + error + "\"}"));
        stub(DETECT_LABELS, key, ok(LABELS));

        assertThatThrownBy(() -> extractor.extract(key, null))
                .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> {
                    assertThat(failure.retryable()).isEqualTo(retryable);
                    assertThat(failure.getMessage()).contains(key).contains(error);
                });
    }

    @Test
    void aFailedLabelCallFailsTheExtractionToo() {
        String key = PhotoKeys.newFront("alice", "image/jpeg");
        stub(DETECT_TEXT, key, ok(TEXT));
        stub(DETECT_LABELS, key, aResponse().withStatus(400).withHeader("Content-Type", JSON_1_1)
                .withBody("{\"__type\": \"InvalidImageFormatException\", \"Message\": \"Request has invalid image format\"}"));

        assertThatThrownBy(() -> extractor.extract(key, null))
                .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> assertThat(failure.retryable()).isFalse());
    }

    @Test
    void anAnswerSlowerThanTheCallTimeoutIsARetryableFailure() {
        String key = PhotoKeys.newFront("alice", "image/jpeg");
        stub(DETECT_TEXT, key, ok(TEXT).withFixedDelay(3_000));
        stub(DETECT_LABELS, key, ok(LABELS));
        RekognitionTextExtractor impatient = new RekognitionTextExtractor(rekognition, photoStore, aws, upload,
                new RekognitionProperties(10, 60, Duration.ofMillis(500)));

        long started = System.nanoTime();
        try (impatient) {
            assertThatThrownBy(() -> impatient.extract(key, null))
                    .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> assertThat(failure.retryable()).isTrue());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aPhotoRekognitionCannotReadIsConvertedUnderDerivedAndRemovedAfterwards() {
        String owner = "heic-" + UUID.randomUUID();
        String key = PhotoKeys.newFront(owner, "image/heic");
        MappingBuilder derivedText = post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_TEXT))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", matchingDerived(owner)));
        stubs.add(wireMock.stubFor(derivedText.willReturn(ok(TEXT))));
        stubs.add(wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_LABELS))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", matchingDerived(owner))).willReturn(ok(LABELS))));

        Extraction read = extractor.extract(key,
                CardRenderer.builder().frame(800, 600).render().normalisedCard(6));

        assertThat(read.lines()).extracting(TextLine::text).contains("Charizard");
        List<LoggedRequest> asked = wireMock.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(DETECT_TEXT))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", matchingDerived(owner))));
        assertThat(asked).hasSize(1);
        String derivedKey = asked.get(0).getBodyAsString().replaceAll(".*\"Name\":\"([^\"]+)\".*", "$1");
        assertThat(derivedKey).startsWith("derived/" + owner + "/").endsWith(".png");
        assertThat(photoStore.head(derivedKey)).isEmpty();
    }

    @Test
    void aPhotoThatCanBeNeitherReadNorDecodedFailsForGood() {
        String key = PhotoKeys.newFront("alice", "image/heic");
        photoStore.put(key, "not really HEIC".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "image/heic");

        assertThatThrownBy(() -> extractor.extract(key, null))
                .isInstanceOfSatisfying(ExtractionFailedException.class, failure -> assertThat(failure.retryable()).isFalse());
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern matchingDerived(String owner) {
        return com.github.tomakehurst.wiremock.client.WireMock.matching("derived/" + owner + "/[0-9a-f-]+\\.png");
    }

    private void stub(String target, String key, ResponseDefinitionBuilder response) {
        stubs.add(wireMock.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(target))
                .withRequestBody(matchingJsonPath("$.Image.S3Object.Name", equalTo(key)))
                .willReturn(response)));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_1).withBody(body);
    }
}

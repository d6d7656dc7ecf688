package com.collectiq.valuation;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.testsupport.eras.EraCatalog;
import com.collectiq.testsupport.eras.Scene;
import com.collectiq.testsupport.slabs.LabelKind;
import com.collectiq.testsupport.slabs.SlabCase;
import com.collectiq.testsupport.slabs.SlabPhoto;
import com.collectiq.testsupport.slabs.SlabSampler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole flow in {@code aws} mode against the stand-ins: a presigned PUT to S3Proxy, the S3 event
 * delivered to the SQS work queue as EventBridge (or a classic notification) would, Rekognition and
 * EventBridge answered by WireMock in their documented shapes; the card ends VALUED and PutEvents
 * carries its ValuationCompleted, for one run only however often the event is delivered.
 */
@AwsMode
class AwsPipelineTest extends ServiceTest {

    private static final String BUCKET = "collectiq-test-uploads";

    @Value("${collectiq.aws.work-queue-url}")
    String workQueueUrl;

    @BeforeAll
    static void rekognitionAndEventBridge() {
        AwsAnswers.rekognitionReadsCharizard(BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
    }

    private String upload(ApiClient user) {
        return Uploads.upload(user, CardRenderer.builder().frame(2000, 1500).cardShare(0.45).render().jpeg(0.9f));
    }

    private void deliver(String body) {
        try (SqsClient sqs = SqsClient.create()) {
            sqs.sendMessage(b -> b.queueUrl(workQueueUrl).messageBody(body));
        }
    }

    @Test
    void anEventBridgeEventDeliveredFiveTimesValuesTheCardOnce() throws Exception {
        String sub = UUID.randomUUID().toString();
        ApiClient user = api(sub);
        String key = upload(user);
        String event = Uploads.eventBridgeObjectCreated(BUCKET, key, "etag-" + UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            deliver(event);
        }

        JsonNode card = awaitValued(user, Duration.ofSeconds(90));
        assertThat(card.get("identity").get("name").asText()).isEqualTo("Charizard");
        assertThat(card.get("valuation")).isNotNull();
        assertThat(card.get("authenticity").get("verdict").asText()).isNotBlank();
        String id = card.get("id").asText();
        assertThat(user.get("/cards/" + id + "/history").json().get("entries")).hasSize(1);

        List<String> runIds = AwsAnswers.completedRunIds(id, Duration.ofSeconds(30));
        System.out.println("ValuationCompleted deliveries for card " + id + ": " + runIds.size() + " for "
                + runIds.stream().distinct().count() + " run id(s)");
        assertThat(runIds).as("ValuationCompleted events for card " + id).hasSize(1);
        Thread.sleep(1_000);
        assertThat(user.get("/cards").json().get("items")).hasSize(1);
    }

    @Test
    void aClassicS3NotificationWorksToo() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        String key = upload(user);
        deliver("""
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","eventName":"ObjectCreated:Put",
                  "s3":{"bucket":{"name":"collectiq-test-uploads"},
                  "object":{"key":"%s","size":1,"eTag":"abc"}}}]}"""
                .formatted(URLEncoder.encode(key, StandardCharsets.UTF_8)));

        assertThat(awaitValued(user, Duration.ofSeconds(90)).get("key").asText()).isEqualTo(key);
    }

    @Test
    void theModelSeesTheTwelveMegapixelPhotoAsItWasAnalysedNotDecodedAgain() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        String key = Uploads.upload(user, CardRenderer.builder().frame(4000, 3000).cardShare(0.45).render().jpeg(0.9f));
        deliver(Uploads.eventBridgeObjectCreated(BUCKET, key, "etag-" + UUID.randomUUID()));

        assertThat(awaitValued(user, Duration.ofSeconds(90)).get("authenticity").get("verdict").asText()).isNotBlank();
        // every 3rd pixel, as analysed: a copy decoded for the model would be 1 568 × 1 176
        List<String> sizes = WireMockStandIn.get().server().findAll(postRequestedFor(urlPathMatching("/model/.*/converse")))
                .stream().map(request -> modelImageSize(request.getBodyAsString())).toList();
        assertThat(sizes).contains("1334 x 1000");
    }

    /** The size of the image a Converse request shows the model, or "none". */
    private static String modelImageSize(String body) {
        try {
            JsonNode image = new ObjectMapper().readTree(body).at("/messages/0/content/0/image/source/bytes");
            if (image.isMissingNode()) {
                return "none";
            }
            BufferedImage shown = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.asText())));
            return shown.getWidth() + " x " + shown.getHeight();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Test
    void postCardsBeforeTheEventOrAfterItMakesOneCard() throws Exception {
        ApiClient early = api(UUID.randomUUID().toString());
        String key = upload(early);
        ApiClient.Response created = early.post("/cards", "{\"key\":\"" + key + "\"}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        deliver(Uploads.eventBridgeObjectCreated(BUCKET, key, "etag-" + UUID.randomUUID()));
        assertThat(awaitValued(early, Duration.ofSeconds(90)).get("id").asText())
                .isEqualTo(created.json().get("id").asText());

        ApiClient late = api(UUID.randomUUID().toString());
        String lateKey = upload(late);
        deliver(Uploads.eventBridgeObjectCreated(BUCKET, lateKey, "etag-" + UUID.randomUUID()));
        JsonNode valued = awaitValued(late, Duration.ofSeconds(90));
        ApiClient.Response found = late.post("/cards", "{\"key\":\"" + lateKey + "\"}");
        assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
        assertThat(found.json().get("id").asText()).isEqualTo(valued.get("id").asText());

        Thread.sleep(1_000);
        assertThat(early.get("/cards").json().get("items")).hasSize(1);
        assertThat(late.get("/cards").json().get("items")).hasSize(1);
    }

    @Test
    void hintsSentAfterARunWithoutHintsQueueASecondRun() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        String key = upload(user);
        deliver(Uploads.eventBridgeObjectCreated(BUCKET, key, "etag-" + UUID.randomUUID()));
        String id = awaitValued(user, Duration.ofSeconds(90)).get("id").asText();
        assertThat(user.get("/cards/" + id + "/history").json().get("entries")).hasSize(1);

        ApiClient.Response withHints = user.post("/cards", "{\"key\":\"" + key + "\",\"condition\":\"Near Mint\"}");
        assertThat(withHints.status()).as(withHints.raw().body()).isEqualTo(200);

        Instant deadline = Instant.now().plusSeconds(90);
        while (user.get("/cards/" + id + "/history").json().get("entries").size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        JsonNode card = Uploads.awaitFinished(user, id, Duration.ofSeconds(90));
        assertThat(card.get("status").asText()).isEqualTo("VALUED");
        assertThat(card.get("hints").get("condition").asText()).isEqualTo("Near Mint");
        assertThat(user.get("/cards/" + id + "/history").json().get("entries")).hasSize(2);
        assertThat(user.get("/cards").json().get("items")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"sample-card-lossy.webp, image/webp", "sample-card-sideways-exif.webp, image/webp",
        "sample-card-cmyk.jpg, image/jpeg", "sample-card-grid.heic, image/heic"})
    void aPhoneOrScannerFormatBecomesAValuedCard(String fixture, String contentType) throws Exception {
        ApiClient user = api("formats-" + UUID.randomUUID().toString().substring(0, 8));

        String key = Uploads.upload(user, TestPhotos.fixture(fixture), contentType);
        deliver(Uploads.eventBridgeObjectCreated(BUCKET, key, "etag-" + UUID.randomUUID()));

        JsonNode card = awaitValued(user, Duration.ofSeconds(90));
        assertThat(card.get("valuation").get("sources")).isNotEmpty();
    }

    /**
     * Rekognition reads the label image the service cut out of the slab (its key ends "-label.jpg")
     * as the label's lines; the rest of the bucket still reads as Charizard.
     */
    @Test
    void aSlabsLabelIsReadByRekognitionAndTheCardIsGraded() throws Exception {
        SlabCase slab = SlabSampler.sample(EraCatalog.bundled(), 20261205L, 12).stream()
                .filter(candidate -> candidate.label().grader().name().equals("PSA")
                        && candidate.label().kind() == LabelKind.GRADED)
                .findFirst().orElseThrow();
        SlabPhoto photo = slab.withScene(Scene.plain(slab.scene().seed()).withFrame(4000, 3000).withFill(0.8)).render();
        String grade = photo.truth().label().grade();
        String cert = photo.truth().label().certNumber();
        WireMockStandIn.get().server().stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT))
                .withRequestBody(matching(".*-label\\.jpg.*"))
                .willReturn(AwsAnswers.detectText(List.of(
                        new AwsAnswers.DetectedLine(photo.truth().label().card().year() + " POKEMON "
                                + photo.truth().label().card().set().toUpperCase(java.util.Locale.ROOT), 99.0, 0.06, 0.19, 0.54, 0.05),
                        new AwsAnswers.DetectedLine(photo.truth().label().qualifier(), 98.7, 0.83, 0.29, 0.1, 0.05),
                        new AwsAnswers.DetectedLine(grade, 99.5, 0.9, 0.42, 0.03, 0.1),
                        new AwsAnswers.DetectedLine(cert, 97.9, 0.06, 0.57, 0.15, 0.05),
                        new AwsAnswers.DetectedLine("PSA", 99.6, 0.85, 0.57, 0.08, 0.07)))));
        ApiClient user = api("slabs-" + UUID.randomUUID().toString().substring(0, 8));

        String key = Uploads.upload(user, photo.jpeg(), "image/jpeg");
        deliver(Uploads.eventBridgeObjectCreated(BUCKET, key, "etag-" + UUID.randomUUID()));

        JsonNode grading = awaitValued(user, Duration.ofSeconds(90)).get("identity").get("grading");
        assertThat(grading.get("grader").asText()).isEqualTo("PSA");
        assertThat(grading.get("grade").asText()).isEqualTo(grade);
        assertThat(grading.get("certNumber").asText()).isEqualTo(cert);
        WireMockStandIn.get().server().verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT))
                .withRequestBody(matching(".*derived/.*-label\\.jpg.*")));
    }

    private JsonNode awaitValued(ApiClient user, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            JsonNode items = user.get("/cards").json().get("items");
            if (items.size() >= 1) {
                last = items.get(0);
                String status = last.get("status").asText();
                if (status.equals("VALUED") || status.equals("FAILED")) {
                    assertThat(status).as(last.toString()).isEqualTo("VALUED");
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no valued card within " + timeout + "; last seen: " + last);
    }
}

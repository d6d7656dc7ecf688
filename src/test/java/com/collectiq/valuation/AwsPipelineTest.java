package com.collectiq.valuation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole flow in {@code aws} mode against the stand-ins: a presigned PUT to S3Proxy, the S3 event
 * delivered to the SQS work queue as EventBridge (or a classic notification) would, Rekognition and
 * EventBridge answered by WireMock in their documented shapes; the card ends VALUED and PutEvents
 * carries its ValuationCompleted, for one run only however often the event is delivered.
 */
@AwsMode
class AwsPipelineTest extends ServiceTest {

    private static final String DETECT_TEXT = "RekognitionService.DetectText";
    private static final String DETECT_LABELS = "RekognitionService.DetectLabels";
    private static final String PUT_EVENTS = "AWSEvents.PutEvents";

    @Value("${collectiq.aws.work-queue-url}")
    String workQueueUrl;

    @BeforeAll
    static void rekognitionAndEventBridge() {
        var wireMock = WireMockStandIn.get().server();
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_TEXT))
                .withRequestBody(containing("collectiq-test-uploads"))
                .willReturn(amzJson("""
                        {"TextModelVersion":"3.0","TextDetections":[
                          %s,%s,%s,%s]}""".formatted(line(0, "Charizard", 0.06), line(1, "120 HP", 0.06),
                        line(2, "4/102", 0.93), line(3, "Illus. Mitsuhiro Arita", 0.92)))));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_LABELS))
                .withRequestBody(containing("collectiq-test-uploads"))
                .willReturn(amzJson("{\"Labels\":[{\"Name\":\"Trading Card\",\"Confidence\":97.5},"
                        + "{\"Name\":\"Paper\",\"Confidence\":80.1}],\"LabelModelVersion\":\"3.0\"}")));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(PUT_EVENTS))
                .willReturn(amzJson("{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"e-1\"}]}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder amzJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    private static String line(int id, String text, double top) {
        return """
                {"DetectedText":"%s","Type":"LINE","Id":%d,"Confidence":99.1,
                 "Geometry":{"BoundingBox":{"Width":0.5,"Height":0.04,"Left":0.1,"Top":%s}}}"""
                .formatted(text, id, top);
    }

    private String upload(ApiClient user) {
        byte[] photo = CardRenderer.builder().frame(2000, 1500).cardShare(0.45).render().jpeg(0.9f);
        Response presign = user.post("/upload/presign", "{\"contentType\":\"image/jpeg\",\"sizeBytes\":"
                + photo.length + "}");
        assertThat(presign.status()).isEqualTo(200);
        Map<String, String> headers = new HashMap<>();
        presign.json().get("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        assertThat(ApiClient.put(URI.create(presign.json().get("uploadUrl").asText()), photo, headers).status())
                .isEqualTo(200);
        return presign.json().get("key").asText();
    }

    private void deliver(String body) {
        try (SqsClient sqs = SqsClient.create()) {
            sqs.sendMessage(b -> b.queueUrl(workQueueUrl).messageBody(body));
        }
    }

    private static String eventBridgeObjectCreated(String key, String etag) {
        return """
                {"version":"0","id":"%s","detail-type":"Object Created","source":"aws.s3","account":"123456789012",
                 "time":"2026-11-24T00:00:00Z","region":"us-east-1","resources":["arn:aws:s3:::collectiq-test-uploads"],
                 "detail":{"version":"0","bucket":{"name":"collectiq-test-uploads"},
                   "object":{"key":"%s","size":1,"etag":"%s"},"reason":"PutObject"}}"""
                .formatted(UUID.randomUUID(), key, etag);
    }

    @Test
    void anEventBridgeEventDeliveredFiveTimesValuesTheCardOnce() throws Exception {
        String sub = UUID.randomUUID().toString();
        ApiClient user = api(sub);
        String key = upload(user);
        String event = eventBridgeObjectCreated(key, "etag-" + UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            deliver(event);
        }

        JsonNode card = awaitValued(user, Duration.ofSeconds(90));
        assertThat(card.get("identity").get("name").asText()).isEqualTo("Charizard");
        assertThat(card.get("valuation")).isNotNull();
        assertThat(card.get("authenticity").get("verdict").asText()).isNotBlank();
        String id = card.get("id").asText();
        assertThat(user.get("/cards/" + id + "/history").json().get("entries")).hasSize(1);

        List<String> runIds = completedRunIds(id, Duration.ofSeconds(30));
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

    /** The run ids of the ValuationCompleted events PutEvents carried for the card. */
    private List<String> completedRunIds(String cardId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<String> runIds = List.of();
        while (Instant.now().isBefore(deadline) && runIds.isEmpty()) {
            runIds = WireMockStandIn.get().server()
                    .findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(PUT_EVENTS)))
                    .stream().map(LoggedRequest::getBodyAsString)
                    .flatMap(body -> entries(body).stream())
                    .filter(entry -> entry.get("DetailType").asText().equals("ValuationCompleted"))
                    .map(entry -> ApiClient.json(entry.get("Detail").asText()))
                    .filter(detail -> detail.get("cardId").asText().equals(cardId))
                    .map(detail -> detail.get("runId").asText())
                    .toList();
            Thread.sleep(250);
        }
        return runIds;
    }

    private static List<JsonNode> entries(String putEventsBody) {
        List<JsonNode> entries = new ArrayList<>();
        ApiClient.json(putEventsBody).get("Entries").forEach(entries::add);
        return entries;
    }
}

package com.collectiq.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The answers of the AWS services WireMock stands in for, in their documented JSON shapes:
 * Rekognition reading a Base Set Charizard off any photo in the given bucket, EventBridge accepting
 * every event; and what EventBridge was sent, read back from WireMock's journal.
 */
public final class AwsAnswers {

    public static final String DETECT_TEXT = "RekognitionService.DetectText";
    public static final String DETECT_LABELS = "RekognitionService.DetectLabels";
    public static final String PUT_EVENTS = "AWSEvents.PutEvents";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsAnswers() {
    }

    /** Rekognition reads "Charizard 120 HP 4/102" from every photo in the bucket. */
    public static void rekognitionReadsCharizard(String bucket) {
        var wireMock = WireMockStandIn.get().server();
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_TEXT))
                .withRequestBody(containing(bucket))
                .willReturn(detectText("Charizard", "120 HP", "4/102", "Illus. Mitsuhiro Arita")));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DETECT_LABELS))
                .withRequestBody(containing(bucket))
                .willReturn(amzJson("{\"Labels\":[{\"Name\":\"Trading Card\",\"Confidence\":97.5},"
                        + "{\"Name\":\"Paper\",\"Confidence\":80.1}],\"LabelModelVersion\":\"3.0\"}")));
    }

    /** A DetectText answer with the card's lines where they sit on a card: name and HP on top, the rest below. */
    public static ResponseDefinitionBuilder detectText(String name, String hp, String number, String illustrator) {
        return detectText(List.of(new DetectedLine(name, 99.1, 0.1, 0.06, 0.5, 0.04),
                new DetectedLine(hp, 99.1, 0.1, 0.06, 0.5, 0.04), new DetectedLine(number, 99.1, 0.1, 0.93, 0.5, 0.04),
                new DetectedLine(illustrator, 99.1, 0.1, 0.92, 0.5, 0.04)));
    }

    /**
     * A DetectText answer as the service gives it: each line a LINE detection, then its words as WORD
     * detections whose {@code ParentId} is the line's {@code Id}, each word's box its share of the
     * line's width by its length.
     */
    public static ResponseDefinitionBuilder detectText(List<DetectedLine> lines) {
        ObjectNode answer = JSON.createObjectNode().put("TextModelVersion", "3.0");
        ArrayNode detections = answer.putArray("TextDetections");
        List<ObjectNode> words = new ArrayList<>();
        int id = 0;
        for (DetectedLine line : lines) {
            int lineId = id++;
            detections.add(detection(line.text(), "LINE", lineId, line.confidence(), line.left(), line.top(), line.width(),
                    line.height()));
            String[] tokens = line.text().trim().split("\\s+");
            double perChar = line.width() / Math.max(1, line.text().length());
            double left = line.left();
            for (String token : tokens) {
                words.add(detection(token, "WORD", id++, line.confidence(), left, line.top(), perChar * token.length(),
                        line.height()).put("ParentId", lineId));
                left += perChar * (token.length() + 1);
            }
        }
        detections.addAll(words);
        return amzJson(answer.toString());
    }

    /** One line Rekognition "read": its text, confidence in percent and box in fractions of the image. */
    public record DetectedLine(String text, double confidence, double left, double top, double width, double height) {
    }

    private static ObjectNode detection(String text, String type, int id, double confidence, double left, double top,
            double width, double height) {
        ObjectNode detection = JSON.createObjectNode().put("DetectedText", text).put("Type", type).put("Id", id)
                .put("Confidence", confidence);
        detection.putObject("Geometry").putObject("BoundingBox").put("Width", width).put("Height", height)
                .put("Left", left).put("Top", top);
        return detection;
    }

    /** An AWS JSON-protocol error, e.g. ThrottlingException with status 400. */
    public static ResponseDefinitionBuilder amzError(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    /** EventBridge accepts every PutEvents call. */
    public static void eventBridgeAcceptsEverything() {
        WireMockStandIn.get().server().stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(PUT_EVENTS))
                .willReturn(amzJson("{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"e-1\"}]}")));
    }

    /** Secrets Manager's GetSecretValue answer for the secret id, in its documented JSON. */
    public static StubMapping secretsManagerServes(String secretId, String value) {
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
        return WireMockStandIn.get().server().stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(containing(secretId))
                .willReturn(amzJson("{\"ARN\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:" + secretId
                        + "\",\"Name\":\"" + secretId + "\",\"SecretString\":\"" + escaped
                        + "\",\"VersionId\":\"" + UUID.randomUUID()
                        + "\",\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1.7640E9}")));
    }

    public static ResponseDefinitionBuilder amzJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    /** Every entry of every PutEvents call WireMock accepted (answered 2xx): DetailType and Detail (parsed). */
    public static List<PublishedEvent> publishedEvents() {
        List<PublishedEvent> events = new ArrayList<>();
        for (ServeEvent served : WireMockStandIn.get().server().getAllServeEvents()) {
            LoggedRequest request = served.getRequest();
            if (!PUT_EVENTS.equals(request.getHeader("X-Amz-Target")) || served.getResponse().getStatus() / 100 != 2) {
                continue;
            }
            for (JsonNode entry : ApiClient.json(request.getBodyAsString()).get("Entries")) {
                events.add(new PublishedEvent(entry.get("DetailType").asText(),
                        ApiClient.json(entry.get("Detail").asText()), entry.path("TraceHeader").asText(null)));
            }
        }
        return events;
    }

    /** The run ids of the ValuationCompleted events sent for the card, waiting up to the timeout for one. */
    public static List<String> completedRunIds(String cardId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<String> runIds = List.of();
        while (Instant.now().isBefore(deadline) && runIds.isEmpty()) {
            runIds = publishedEvents().stream()
                    .filter(event -> event.type().equals("ValuationCompleted") && event.cardId().equals(cardId))
                    .map(event -> event.detail().get("runId").asText())
                    .toList();
            Thread.sleep(250);
        }
        return runIds;
    }

    /** One event as EventBridge received it, with its AWS trace header when it had one. */
    public record PublishedEvent(String type, JsonNode detail, String traceHeader) {
        public String cardId() {
            return detail.path("cardId").asText();
        }
    }
}

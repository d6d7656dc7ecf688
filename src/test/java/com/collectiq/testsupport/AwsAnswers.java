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
        return amzJson("""
                {"TextModelVersion":"3.0","TextDetections":[
                  %s,%s,%s,%s]}""".formatted(line(0, name, 0.06), line(1, hp, 0.06),
                line(2, number, 0.93), line(3, illustrator, 0.92)));
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

    private static String line(int id, String text, double top) {
        return """
                {"DetectedText":"%s","Type":"LINE","Id":%d,"Confidence":99.1,
                 "Geometry":{"BoundingBox":{"Width":0.5,"Height":0.04,"Left":0.1,"Top":%s}}}"""
                .formatted(text, id, top);
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

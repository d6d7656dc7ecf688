package com.collectiq.platform.observability;

import static com.collectiq.testsupport.AwsMode.BUCKET;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsAnswers.PublishedEvent;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * What an operator sees of one valuation in {@code aws} mode, through ElasticMQ: one trace from
 * {@code POST /cards} through the work queue and every stage to the ValuationCompleted event, and
 * the metrics of it on {@code /actuator/prometheus} and in CloudWatch's PutMetricData (WireMock).
 */
@AwsMode
class AwsObservabilityTest extends ServiceTest {

    private static final byte[] PHOTO = CardRenderer.builder().frame(2000, 1500).cardShare(0.45).render().jpeg(0.9f);
    /** Stage spans are named after the step's id and kind. */
    private static final Set<String> STAGES = Set.of("claim-run-bean", "check-photos-bean", "extract-text-bean",
            "identify-card-bean", "run-agents-multicast", "price-bean", "judge-bean", "complete-run-bean");

    /** What Camel's tracer says a span is: a step (EVENT_PROCESS), an endpoint sent to or received from. */
    private static final AttributeKey<String> OP = AttributeKey.stringKey("op");

    @Autowired
    private InMemorySpanExporter spans;
    @Autowired
    private SdkTracerProvider tracerProvider;

    @BeforeAll
    static void rekognitionAndEventBridge() {
        AwsAnswers.rekognitionReadsCharizard(BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
    }

    @Test
    void oneTraceFollowsACardFromPostCardsThroughTheQueueToValuationCompleted() throws Exception {
        ApiClient user = api("traced-" + UUID.randomUUID());
        String key = Uploads.upload(user, PHOTO);
        String traceId = hex(32);
        // the caller's own trace: everything the request sets off must join it
        ApiClient.Response created = user.post("/cards", "{\"key\":\"" + key + "\"}", "traceparent",
                "00-" + traceId + "-" + hex(16) + "-01");
        assertThat(created.status()).isEqualTo(201);
        String cardId = created.json().get("id").asText();
        assertThat(Uploads.awaitFinished(user, cardId, Duration.ofSeconds(90)).get("status").asText())
                .isEqualTo("VALUED");
        List<String> runIds = AwsAnswers.completedRunIds(cardId, Duration.ofSeconds(30));
        assertThat(runIds).hasSize(1);

        tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
        List<SpanData> trace = spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId)).toList();
        Set<String> names = trace.stream().map(SpanData::getName).collect(Collectors.toSet());
        System.out.println("trace " + traceId + ": " + trace.size() + " spans " + names);
        assertThat(trace).as("steps without an id of their own make no span")
                .filteredOn(span -> "EVENT_PROCESS".equals(span.getAttributes().get(OP)))
                .noneMatch(span -> span.getName().matches("[a-zA-Z]+[0-9]+-[a-zA-Z]+"));

        assertThat(names).as("a span per stage").containsAll(STAGES);
        assertThat(trace).as("the work message was sent to the queue and taken from it in this trace")
                .anyMatch(span -> sqs(span, "EVENT_SENT")).anyMatch(span -> sqs(span, "EVENT_RECEIVED"));
        PublishedEvent completed = AwsAnswers.publishedEvents().stream()
                .filter(event -> event.type().equals("ValuationCompleted") && event.cardId().equals(cardId))
                .findFirst().orElseThrow();
        assertThat(completed.traceHeader()).as("EventBridge carries the trace on to subscribers")
                .startsWith("Root=1-" + traceId.substring(0, 8) + "-" + traceId.substring(8) + ";Parent=");
    }

    @Test
    void aValuationAndADeadLetterShowOnPrometheusAndReachCloudWatch() throws Exception {
        ApiClient user = api("metered-" + UUID.randomUUID());
        String good = user.post("/cards", "{\"key\":\"" + Uploads.upload(user, PHOTO) + "\"}").json().get("id").asText();
        String poison = user.post("/cards", "{\"key\":\"" + Uploads.upload(user, "not a photo".getBytes(
                StandardCharsets.UTF_8)) + "\"}").json().get("id").asText();
        assertThat(Uploads.awaitFinished(user, good, Duration.ofSeconds(90)).get("status").asText()).isEqualTo("VALUED");
        assertThat(Uploads.awaitFinished(user, poison, Duration.ofSeconds(90)).get("status").asText()).isEqualTo("FAILED");

        assertThat(user.get("/actuator/prometheus").status()).as("operators only").isEqualTo(403);
        ApiClient.Response scraped = admin("operator-" + UUID.randomUUID()).get("/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        String metrics = scraped.raw().body();
        assertThat(metrics)
                .as("per stage count and latency").containsPattern("camel_message_history_seconds_count\\{[^}]*nodeId=\"extract-text\"")
                .as("per route in flight").containsPattern("camel_exchanges_inflight\\{[^}]*routeId=\"value-card\"")
                .as("per route failures").containsPattern("camel_exchanges_failed_total\\{[^}]*routeId=\"value-card\"")
                .as("queue lag, measured").containsPattern("collectiq_intake_queue_lag_seconds_count\\{[^}]*\\} [1-9]")
                .as("dead letters by stage").containsPattern("collectiq_dead_letters_total\\{[^}]*stage=\"photo-check\"")
                .as("per source outcome and latency").containsPattern(
                        "collectiq_pricing_source_calls_seconds_count\\{[^}]*outcome=\"[a-z]+\"[^}]*source=\"[a-z]+\"")
                .as("Rekognition calls").containsPattern(
                        "collectiq_aws_calls_seconds_count\\{[^}]*operation=\"DetectText\"[^}]*service=\"Rekognition\"");

        List<LoggedRequest> published = awaitPutMetricData(Duration.ofSeconds(20));
        assertThat(published).as("PutMetricData reached CloudWatch").isNotEmpty();
        // CBOR keeps strings as UTF-8: the metric names can be read in the body
        assertThat(published.stream().map(request -> new String(request.getBody(), StandardCharsets.ISO_8859_1)))
                .anyMatch(body -> body.contains("CollectIQ") && body.contains("collectiq.aws.calls"));
    }

    private static boolean sqs(SpanData span, String op) {
        return span.getName().equals("aws2-sqs") && op.equals(span.getAttributes().get(OP));
    }

    private static List<LoggedRequest> awaitPutMetricData(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<LoggedRequest> requests = List.of();
        while (System.nanoTime() < deadline) {
            requests = WireMockStandIn.get().server().findAll(postRequestedFor(urlEqualTo(
                    WireMockStandIn.PUT_METRIC_DATA)));
            if (requests.stream().anyMatch(r -> new String(r.getBody(), StandardCharsets.ISO_8859_1)
                    .contains("collectiq.aws.calls"))) {
                return requests;
            }
            Thread.sleep(500);
        }
        return requests;
    }

    private static String hex(int digits) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < digits) {
            hex.append(Integer.toHexString(ThreadLocalRandom.current().nextInt(16)));
        }
        return hex.toString();
    }
}

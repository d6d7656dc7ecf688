package com.collectiq.recovery;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The packaged jar killed or stopped in the middle of its work, then started again: every valuation
 * ends VALUED exactly once. Rekognition answers slowly (WireMock, scoped to each test's owner) so
 * that runs are in flight when the process dies. Leases, visibility timeouts and the sweep period
 * are shortened so that what the dead process held comes back within seconds, not minutes.
 */
class CrashRecoveryIT {

    private static final byte[] PHOTO = CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render().jpeg(0.9f);

    @BeforeAll
    static void awsAnswers() {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
    }

    @Test
    void killedInTheMiddleOfTwentyValuationsAllEndValuedOnce() throws Exception {
        String owner = "kill9-" + UUID.randomUUID();
        slowRekognitionFor(owner, 1500);
        try (ServiceProcess service = ServiceProcess.aws("crash-kill9").quickRecovery().build().start(STARTUP)) {
            ApiClient user = service.client(owner, false);
            List<String> cards = deliverValuations(service, user, 20);

            awaitStatuses(user, cards, counts -> counts.getOrDefault("VALUED", 0L) >= 1
                    && counts.getOrDefault("VALUED", 0L) < cards.size(), Duration.ofSeconds(120));
            Map<String, Long> atKill = statuses(user, cards);
            service.kill();
            System.out.println("kill -9 with the 20 cards at " + atKill);

            service.start(STARTUP);
            awaitStatuses(user, cards, counts -> counts.getOrDefault("VALUED", 0L) == cards.size(), Duration.ofSeconds(180));
            assertValuedOnce(user, cards);
        }
    }

    @Test
    void sigtermLetsInFlightValuationsFinishBeforeExit() throws Exception {
        String owner = "sigterm-" + UUID.randomUUID();
        slowRekognitionFor(owner, 3000);
        try (ServiceProcess service = ServiceProcess.aws("crash-sigterm").quickRecovery().build().start(STARTUP)) {
            ApiClient user = service.client(owner, false);
            List<String> cards = deliverValuations(service, user, 6);
            awaitStatuses(user, cards, counts -> counts.getOrDefault("PROCESSING", 0L) >= 1, Duration.ofSeconds(60));
            List<String> inFlight = cards.stream().filter(id -> status(user, id).equals("PROCESSING")).toList();

            int exit = service.terminate(Duration.ofSeconds(60));
            Instant exited = Instant.now();
            System.out.println("SIGTERM with " + inFlight.size() + " in flight; exit code " + exit);
            assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(service.logText()).contains("readiness is now REFUSING_TRAFFIC");

            service.start(STARTUP);
            for (String id : inFlight) {
                JsonNode history = user.get("/cards/" + id + "/history").json().get("entries");
                assertThat(history).as("card %s was in flight at SIGTERM and finished before exit", id).hasSize(1);
                assertThat(Instant.parse(history.get(0).get("recordedAt").asText())).isBefore(exited);
            }
            awaitStatuses(user, cards, counts -> counts.getOrDefault("VALUED", 0L) == cards.size(), Duration.ofSeconds(180));
            assertValuedOnce(user, cards);
        }
    }

    @Test
    void sigtermPastTheDrainTimeoutReturnsUnfinishedWorkToTheQueueAtOnce() throws Exception {
        String owner = "release-" + UUID.randomUUID();
        StubMapping slow = slowRekognitionFor(owner, 30_000);
        // a visibility timeout no test waits out: a message back within seconds was returned; no quick
        // recovery: a sweep re-queueing a run meanwhile would add a message of its own
        try (ServiceProcess service = ServiceProcess.aws("crash-release")
                .property("collectiq.intake.visibility-timeout-seconds", "600")
                .property("collectiq.shutdown.drain-timeout", "1s").build().start(STARTUP)) {
            ApiClient user = service.client(owner, false);
            List<String> cards = deliverValuations(service, user, 3);
            awaitStatuses(user, cards, counts -> counts.getOrDefault("PROCESSING", 0L) >= 1, Duration.ofSeconds(60));
            System.out.println("SIGTERM past a 1 s drain with the 3 cards at " + statuses(user, cards));

            int exit = service.terminate(Duration.ofSeconds(90));
            assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            // Rekognition answers these cards after 30 s: none can finish within the drain. (What the
            // next task makes of them, the card's lease waited out, is tested above after SIGTERM and kill.)
            assertThat(service.logText()).containsPattern("returned [1-9]\\d* of [1-9]\\d* unfinished work messages to the queue");
            Map<QueueAttributeName, String> queue = workQueue(service);
            assertThat(queue.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).as("work held after exit")
                    .isEqualTo("0");
            assertThat(Long.parseLong(queue.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)))
                    .as("work visible again at once").isEqualTo(cards.size());
        } finally {
            WireMockStandIn.get().server().removeStub(slow);
        }
    }

    @Test
    void localModeKilledInTheMiddleOfTenValuationsValuesAllTen(@TempDir Path dataDir) throws Exception {
        try (ServiceProcess service = ServiceProcess.local("crash-local", dataDir).build().start(STARTUP)) {
            ApiClient user = service.client("collector", false);
            for (int i = 0; i < 10; i++) {
                Uploads.upload(user, CardRenderer.builder().frame(1600, 1200).cardShare(0.45).seed(i).render().jpeg(0.9f));
            }
            List<String> cards = awaitCards(user, 10);
            awaitStatuses(user, cards, counts -> counts.getOrDefault("VALUED", 0L) >= 1, Duration.ofSeconds(120));
            Map<String, Long> atKill = statuses(user, cards);
            service.kill();
            System.out.println("local kill -9 with the 10 cards at " + atKill);

            service.start(STARTUP);
            ApiClient again = service.client("collector", false);
            awaitStatuses(again, cards, counts -> counts.getOrDefault("VALUED", 0L) == cards.size(), Duration.ofSeconds(180));
            for (String id : cards) {
                assertThat(again.get("/cards/" + id + "/history").json().get("entries")).as("history of " + id).hasSize(1);
            }
        }
    }

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private static StubMapping slowRekognitionFor(String owner, int delayMillis) {
        return WireMockStandIn.get().server().stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT)).withRequestBody(containing(owner))
                .willReturn(AwsAnswers.detectText("Charizard", "120 HP", "4/102", "Illus. Mitsuhiro Arita")
                        .withFixedDelay(delayMillis)));
    }

    /** Uploads the photos and sends their S3 events to the service's work queue; returns the cards made. */
    private static List<String> deliverValuations(ServiceProcess service, ApiClient user, int count) throws Exception {
        try (SqsClient sqs = SqsClient.create()) {
            for (int i = 0; i < count; i++) {
                String key = Uploads.upload(user, PHOTO);
                sqs.sendMessage(b -> b.queueUrl(service.property("collectiq.aws.work-queue-url"))
                        .messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + UUID.randomUUID())));
            }
        }
        return awaitCards(user, count);
    }

    private static Map<QueueAttributeName, String> workQueue(ServiceProcess service) {
        try (SqsClient sqs = SqsClient.create()) {
            return sqs.getQueueAttributes(b -> b.queueUrl(service.property("collectiq.aws.work-queue-url"))
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        }
    }

    private static List<String> awaitCards(ApiClient user, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        List<String> ids = List.of();
        while (ids.size() < count && Instant.now().isBefore(deadline)) {
            List<String> seen = new ArrayList<>();
            user.get("/cards?limit=100").json().get("items").forEach(item -> seen.add(item.get("id").asText()));
            ids = seen;
            Thread.sleep(200);
        }
        assertThat(ids).hasSize(count);
        return ids;
    }

    private static void awaitStatuses(ApiClient user, List<String> cards, Predicate<Map<String, Long>> wanted,
            Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Long> counts = Map.of();
        while (Instant.now().isBefore(deadline)) {
            counts = statuses(user, cards);
            if (wanted.test(counts)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("statuses not as wanted within " + timeout + ": " + counts);
    }

    private static Map<String, Long> statuses(ApiClient user, List<String> cards) {
        return cards.stream().collect(Collectors.groupingBy(id -> status(user, id), Collectors.counting()));
    }

    private static String status(ApiClient user, String id) {
        ApiClient.Response card = user.get("/cards/" + id);
        return card.status() == 200 ? card.json().get("status").asText() : "HTTP " + card.status();
    }

    /** One history entry per card, and ValuationCompleted for exactly one run id; duplicate deliveries are reported. */
    private static void assertValuedOnce(ApiClient user, List<String> cards) throws InterruptedException {
        int duplicates = 0;
        for (String id : cards) {
            assertThat(user.get("/cards/" + id + "/history").json().get("entries")).as("history of " + id).hasSize(1);
            List<String> runIds = AwsAnswers.completedRunIds(id, Duration.ofSeconds(30));
            assertThat(runIds.stream().distinct()).as("ValuationCompleted run ids of " + id).hasSize(1);
            duplicates += runIds.size() - 1;
        }
        System.out.println(cards.size() + " cards VALUED once each; duplicate ValuationCompleted deliveries: " + duplicates);
    }
}

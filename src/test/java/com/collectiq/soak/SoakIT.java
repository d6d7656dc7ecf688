package com.collectiq.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.DynaliteStandIn;
import com.collectiq.testsupport.ElasticMqStandIn;
import com.collectiq.testsupport.FaultProxy;
import com.collectiq.testsupport.S3ProxyStandIn;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The soak: the packaged jar in {@code aws} mode with a fault-injecting proxy in front of every
 * stand-in (S3Proxy, ElasticMQ, dynalite, WireMock), failing {@code soak.fault-rate} (20 %) of
 * the calls through each, while {@code soak.photos} photos (50 here; 1 000 for the full run)
 * arrive as S3 events: 10 % delivered two or three times, 5 % poison (not an image, a truncated
 * JPEG, too many pixels). The service is killed with {@code kill -9} once in the middle and
 * started again. Then: one card per photo, every valid one VALUED once (one history entry, one
 * ValuationCompleted run id), every poison one FAILED with its reason and one dead letter, nothing
 * left pending or processing. Retries are the production defaults; only the recovery timers (the
 * lease, the visibility timeout and the sweep) are shortened, so that what the killed process held
 * comes back in seconds rather than minutes. The queued-run timeout keeps its default (10 min): a
 * run lost between its write and its work message would outlast the soak and fail it.
 *
 * <pre>mvn -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SoakIT -Dsoak.photos=1000</pre>
 */
class SoakIT {

    private static final int PHOTOS = Integer.getInteger("soak.photos", 50);
    private static final long SEED = Long.getLong("soak.seed", 20261125L);
    private static final double FAULT_RATE = Double.parseDouble(System.getProperty("soak.fault-rate", "0.2"));
    private static final Duration STARTUP = Duration.ofSeconds(180);

    /** One photo of the run: its key, whether it is poison (and why), and how often its event is delivered. */
    private record Photo(String key, String poison, int deliveries) {
    }

    @Test
    void underFaultsAndAKillEveryPhotoEndsOnceAndNothingIsLost() throws Exception {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
        String owner = "soak-" + UUID.randomUUID().toString().substring(0, 8);
        ServiceProcess.Builder builder = ServiceProcess.aws("soak");
        List<FaultProxy> proxies = List.of(
                new FaultProxy("s3", S3ProxyStandIn.get().endpoint(), FAULT_RATE, SEED),
                new FaultProxy("sqs", ElasticMqStandIn.get().endpoint(), FAULT_RATE, SEED + 1),
                new FaultProxy("dynamodb", DynaliteStandIn.get().endpoint(), FAULT_RATE, SEED + 2),
                new FaultProxy("wiremock", WireMockStandIn.get().baseUrl(), FAULT_RATE, SEED + 3));
        builder.env("AWS_ENDPOINT_URL_S3", proxies.get(0).baseUrl())
                .env("AWS_ENDPOINT_URL_SQS", proxies.get(1).baseUrl())
                .env("AWS_ENDPOINT_URL_DYNAMODB", proxies.get(2).baseUrl());
        for (String service : List.of("REKOGNITION", "BEDROCK_RUNTIME", "EVENTBRIDGE", "SECRETS_MANAGER", "CLOUDWATCH")) {
            builder.env("AWS_ENDPOINT_URL_" + service, proxies.get(3).baseUrl());
        }
        for (String url : List.of("collectiq.catalog.pokemontcg.base-url", "collectiq.pricing.pricecharting.base-url",
                "collectiq.pricing.ebay.base-url")) {
            builder.property(url, proxies.get(3).baseUrl());
        }
        builder.property("collectiq.intake.visibility-timeout-seconds", "20")
                .property("collectiq.pipeline.lease", "20s")
                .property("collectiq.recovery.sweep-period-ms", "2000")
                .property("collectiq.recovery.first-sweep-delay-ms", "1000")
                .property("collectiq.recovery.requeue-grace", "30s");

        long launched = System.nanoTime();
        try (ServiceProcess service = builder.build().start(STARTUP)) {
            System.out.printf(Locale.ROOT, "soak: the service was up in %.1f s%n", (System.nanoTime() - launched) / 1e9);
            List<Photo> photos = plan(owner); // the service made the bucket
            long started = System.nanoTime();
            System.out.printf(Locale.ROOT, "soak: %d photos stored, %.1f s after the launch%n", photos.size(), (started - launched) / 1e9);
            ApiClient user = service.client(owner, false);
            List<String> deliveries = new ArrayList<>();
            photos.forEach(photo -> Collections.nCopies(photo.deliveries(), photo.key()).forEach(deliveries::add));
            Collections.shuffle(deliveries, new Random(SEED));
            Thread sender = new Thread(() -> deliver(service, deliveries), "soak-events");
            sender.start();

            long valid = photos.stream().filter(photo -> photo.poison() == null).count();
            Map<String, Long> atKill = awaitStatuses(user, counts -> counts.getOrDefault("VALUED", 0L) >= valid * 2 / 5,
                    Duration.ofMinutes(Math.max(10, PHOTOS / 40)));
            service.kill();
            System.out.println("soak: kill -9 with the cards at " + atKill);
            service.start(STARTUP);
            sender.join();
            Map<String, Long> settled = awaitStatuses(service.client(owner, false), counts -> counts.values().stream()
                    .mapToLong(Long::longValue).sum() == photos.size() && counts.getOrDefault("PENDING", 0L) == 0
                    && counts.getOrDefault("PROCESSING", 0L) == 0, Duration.ofMinutes(Math.max(4, PHOTOS / 50)));
            double seconds = (System.nanoTime() - started) / 1e9;
            // the checks read every card's history: through faulting proxies that took two minutes;
            // the faults test the service, not the checker
            proxies.forEach(FaultProxy::stopFaults);
            long requeued = service.logText().lines().filter(line -> line.contains("recovery sweep re-queued")).count();
            System.out.println("soak: recovery sweeps that re-queued stranded runs after the restart: " + requeued);
            long checks = System.nanoTime();
            report(service, owner, photos, deliveries.size(), settled, seconds, proxies);
            System.out.printf(Locale.ROOT, "soak: the checks took %.1f s%n", (System.nanoTime() - checks) / 1e9);
        } finally {
            proxies.forEach(FaultProxy::close);
        }
    }

    /** The photos, stored in S3 directly (the upload is the client's affair, not the soak's). */
    private static List<Photo> plan(String owner) {
        Random random = new Random(SEED);
        int poisonCount = Math.max(3, Math.round(PHOTOS * 0.05f));
        int repeatedCount = Math.round(PHOTOS * 0.10f);
        List<byte[]> cards = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cards.add(CardRenderer.builder().frame(1000, 750).cardShare(0.45).seed(i).render().jpeg(0.85f));
        }
        byte[] truncated = Arrays.copyOf(cards.get(0), cards.get(0).length / 2);
        List<Photo> photos = new ArrayList<>();
        try (S3Client s3 = S3Client.builder().forcePathStyle(true).build()) {
            for (int i = 0; i < PHOTOS; i++) {
                String poison = i < poisonCount ? List.of("not an image", "truncated JPEG", "too many pixels")
                        .get(i % 3) : null;
                byte[] bytes = poison == null ? cards.get(i % cards.size()) : switch (poison) {
                    case "not an image" -> ("plain text, not a photo " + i).getBytes(StandardCharsets.UTF_8);
                    case "truncated JPEG" -> truncated;
                    default -> TestPhotos.pngHeaderOnly(12_000, 12_000);
                };
                String key = "uploads/" + owner + "/" + UUID.randomUUID() + (poison != null && poison.equals(
                        "too many pixels") ? ".png" : ".jpg");
                s3.putObject(put -> put.bucket(AwsMode.BUCKET).key(key), RequestBody.fromBytes(bytes));
                boolean repeated = poison == null && i < poisonCount + repeatedCount;
                photos.add(new Photo(key, poison, repeated ? 2 + random.nextInt(2) : 1));
            }
        }
        return photos;
    }

    /** The S3 events, straight to the work queue, as EventBridge sends them. */
    private static void deliver(ServiceProcess service, List<String> keys) {
        try (SqsClient sqs = SqsClient.create()) {
            for (String key : keys) {
                sqs.sendMessage(send -> send.queueUrl(service.property("collectiq.aws.work-queue-url"))
                        .messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + key.hashCode())));
            }
        }
    }

    private static Map<String, Long> awaitStatuses(ApiClient user, Predicate<Map<String, Long>> wanted,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> counts = Map.of();
        while (System.nanoTime() < deadline) {
            counts = cards(user).stream().collect(Collectors.groupingBy(card -> card.get("status").asText(),
                    Collectors.counting()));
            if (wanted.test(counts)) {
                return counts;
            }
            Thread.sleep(1000);
        }
        String unfinished = cards(user).stream().filter(card -> !Set.of("VALUED", "FAILED")
                .contains(card.get("status").asText())).map(JsonNode::toString).collect(Collectors.joining("\n"));
        throw new AssertionError("cards not as wanted within " + timeout + ": " + counts + "; unfinished:\n" + unfinished);
    }

    /** Every card of the user, page by page; a page the faults failed is asked for again. */
    private static List<JsonNode> cards(ApiClient user) throws InterruptedException {
        List<JsonNode> cards = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = read(user, "/cards?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(cards::add);
            JsonNode next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return cards;
    }

    /** A GET that the service answers 5xx when the faults beat the SDK's retries: asked again. */
    private static JsonNode read(ApiClient client, String path) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            ApiClient.Response response = client.get(path);
            if (response.status() == 200) {
                return response.json();
            }
            assertThat(response.status()).as(path + ": " + response.raw().body()).isGreaterThanOrEqualTo(500);
            assertThat(attempt).as("attempts at " + path).isLessThan(20);
            Thread.sleep(200);
        }
    }

    /** How many price-history entries each card has, eight reads at a time. */
    private static Map<String, Integer> historyEntries(ApiClient user, List<String> cardIds) throws InterruptedException {
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            Map<String, Future<Integer>> counts = new HashMap<>();
            for (String id : cardIds) {
                counts.put(id, readers.submit(() -> read(user, "/cards/" + id + "/history").get("entries").size()));
            }
            Map<String, Integer> entries = new HashMap<>();
            for (Map.Entry<String, Future<Integer>> count : counts.entrySet()) {
                entries.put(count.getKey(), count.getValue().get());
            }
            return entries;
        } catch (ExecutionException e) {
            throw new AssertionError("reading a card's history", e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }

    /**
     * The ValuationCompleted run ids per card. A card is VALUED before its events leave the outbox:
     * when the relay's PutEvents met a fault, they leave on the relay's next pass, so this waits (a
     * bounded time) for every VALUED card's event instead of reading the bus the instant the cards
     * settled. An event lost for good still fails the check after the wait.
     */
    private static Map<String, List<String>> completedRuns(Map<String, List<JsonNode>> byKey) throws InterruptedException {
        Set<String> valued = byKey.values().stream().flatMap(List::stream)
                .filter(card -> card.get("status").asText().equals("VALUED"))
                .map(card -> card.get("id").asText()).collect(Collectors.toSet());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Map<String, List<String>> completedRuns = new HashMap<>();
            AwsAnswers.publishedEvents().stream().filter(event -> event.type().equals("ValuationCompleted"))
                    .forEach(event -> completedRuns.computeIfAbsent(event.cardId(), id -> new ArrayList<>())
                            .add(event.detail().get("runId").asText()));
            if (completedRuns.keySet().containsAll(valued) || System.nanoTime() > deadline) {
                return completedRuns;
            }
            Thread.sleep(500);
        }
    }

    private static void report(ServiceProcess service, String owner, List<Photo> photos, int deliveries,
            Map<String, Long> settled, double seconds, List<FaultProxy> proxies) throws InterruptedException {
        ApiClient user = service.client(owner, false);
        Map<String, List<JsonNode>> byKey = cards(user).stream().collect(Collectors.groupingBy(c -> c.get("key").asText()));
        Map<String, List<String>> completedRuns = completedRuns(byKey);
        Map<String, Integer> historyEntries = historyEntries(user, byKey.values().stream().flatMap(List::stream)
                .map(card -> card.get("id").asText()).toList());
        Map<String, Long> deadLetters = new HashMap<>();
        read(service.client("soak-operator", true), "/admin/dead-letters?limit=500").get("items").forEach(letter ->
                deadLetters.merge(letter.path("cardId").asText(), 1L, Long::sum));

        int valued = 0;
        int failed = 0;
        int duplicateEvents = 0;
        List<String> problems = new ArrayList<>();
        for (Photo photo : photos) {
            List<JsonNode> cards = byKey.getOrDefault(photo.key(), List.of());
            if (cards.size() != 1) {
                problems.add(photo.key() + ": " + cards.size() + " cards");
                continue;
            }
            JsonNode card = cards.get(0);
            String id = card.get("id").asText();
            String status = card.get("status").asText();
            if (photo.poison() == null) {
                List<String> runs = completedRuns.getOrDefault(id, List.of());
                int history = historyEntries.get(id);
                if (!status.equals("VALUED") || history != 1 || runs.stream().distinct().count() != 1) {
                    problems.add(photo.key() + ": " + status + ", " + history + " history entries, ValuationCompleted "
                            + "run ids " + runs);
                } else {
                    valued++;
                    duplicateEvents += runs.size() - 1;
                }
            } else {
                String reason = card.path("failure").path("reason").asText("");
                long letters = deadLetters.getOrDefault(id, 0L);
                if (!status.equals("FAILED") || reason.isBlank() || letters != 1) {
                    problems.add(photo.key() + " (" + photo.poison() + "): " + status + ", reason '" + reason + "', "
                            + letters + " dead letters");
                } else {
                    failed++;
                }
            }
        }
        long poison = photos.stream().filter(photo -> photo.poison() != null).count();
        long repeated = photos.stream().filter(photo -> photo.deliveries() > 1).count();
        System.out.printf(Locale.ROOT, "%nSoak (seed %d, fault rate %.0f %% on every stand-in, one kill -9):%n", SEED,
                FAULT_RATE * 100);
        System.out.printf(Locale.ROOT, "  photos %d: %d valid, %d poison; %d events delivered (%d photos more than once)%n",
                photos.size(), photos.size() - poison, poison, deliveries, repeated);
        System.out.printf(Locale.ROOT, "  valid photos VALUED once (1 card, 1 history entry, 1 ValuationCompleted run id): %d of %d%n",
                valued, photos.size() - poison);
        System.out.printf(Locale.ROOT, "  poison photos FAILED with a reason and 1 dead letter: %d of %d%n", failed, poison);
        System.out.printf(Locale.ROOT, "  ValuationCompleted delivered again for a run already announced: %d%n", duplicateEvents);
        System.out.printf(Locale.ROOT, "  cards by status at the end: %s%n", settled);
        System.out.print(FaultProxy.summary(proxies));
        System.out.printf(Locale.ROOT, "  elapsed %.0f s (restart included): %.1f photos/min%n", seconds,
                photos.size() / seconds * 60);
        assertThat(problems).as("photos that did not end once, as they should").isEmpty();
        assertThat(proxies).as("every proxy injected faults").allMatch(proxy -> proxy.faults() > 0);
    }
}

package com.collectiq.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.collectiq.identification.catalog.PokemonTcgFixtures;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.DynaliteStandIn;
import com.collectiq.testsupport.Fixtures;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.testsupport.spreads.Spreads;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.sun.management.OperatingSystemMXBean;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * End-to-end latency and concurrency of the pipeline in {@code aws} mode (the packaged jar against
 * the stand-ins), with WireMock answering the slow services after fixed delays: Rekognition 120 ms
 * a call (DetectText and DetectLabels run in parallel), the catalog 250 ms, PriceCharting 200 ms
 * (two calls of 100), eBay 300 ms, Bedrock 800 ms for the summary and 1 000 ms for the
 * authenticity opinion. Critical path: 120 + 250 + max(300 + 800, 1 000) = 1 470 ms.
 *
 * <p>Latency: photo event sent to the work queue → PutEvents of its ValuationCompleted (WireMock's
 * clock), one card at a time. Throughput: cards per second with 1 and with 32 in flight. Also the
 * CPU the service spent per card, the stand-ins' CPU (this JVM: WireMock, ElasticMQ, S3Proxy; and
 * dynalite's node process), and the service's peak resident memory.
 */
class PipelineBench {

    private static final int SINGLE = Integer.getInteger("bench.single", 15);
    private static final int MANY = Integer.getInteger("bench.many", 96);
    private static final int IN_FLIGHT = Integer.getInteger("bench.in-flight", 32);
    private static final int PAGES = Integer.getInteger("bench.pages", 5);
    private static final double CRITICAL_PATH_MS = 1470;

    @Test
    void oneToThreeMegapixelPhotos() throws Exception {
        measure("1.9 MP (1600 x 1200)", CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render().jpeg(0.9f));
    }

    @Test
    void twelveMegapixelPhotos() throws Exception {
        measure("12 MP (4000 x 3000)", CardRenderer.builder().frame(4000, 3000).cardShare(0.45).render().jpeg(0.9f));
    }

    /**
     * A nine-pocket binder page at 12 MP (issue 30): event sent → the ninth card's ValuationCompleted,
     * one page at a time, against the same slow services; the nine cards are valued in parallel within
     * the pipeline's limits (the work queue's consumers).
     */
    @Test
    void aNinePocketPage() throws Exception {
        slowServices();
        String owner = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        try (ServiceProcess service = benchService("page").build().start(Duration.ofSeconds(180));
                S3Client s3 = S3Client.builder().forcePathStyle(true).build();
                SqsClient sqs = SqsClient.create()) {
            // the fixed page of the page tests (PageOfCardsContract), which the finder finds whole
            Runner runner = new Runner(service, owner, Spreads.binderPage(32, 3, 3).jpeg(), s3, sqs);
            runner.page(); // warm-up
            List<Long> pages = new ArrayList<>();
            long serviceCpu = cpuMillis(service.pid());
            for (int i = 0; i < PAGES; i++) {
                pages.add(runner.page());
            }
            long cpu = cpuMillis(service.pid()) - serviceCpu;
            System.out.printf(Locale.ROOT, "%nPipeline bench, aws mode, a nine-pocket page at 12 MP: %d pages, event to the "
                    + "ninth ValuationCompleted median %.0f ms (min %d, max %d); one card's critical path %.0f ms; service "
                    + "CPU %d ms/page = %d ms/card%n", PAGES, Medians.of(pages.stream().map(Long::doubleValue).toList()),
                    pages.stream().mapToLong(Long::longValue).min().orElse(0),
                    pages.stream().mapToLong(Long::longValue).max().orElse(0), CRITICAL_PATH_MS, cpu / PAGES,
                    cpu / PAGES / 9);
            service.terminate(Duration.ofSeconds(60));
        }
    }

    private static ServiceProcess.Builder benchService(String name) {
        return ServiceProcess.aws("bench-pipeline-" + name)
                // the heap a 1 GiB Fargate task gives it (the image runs with MaxRAMPercentage=75)
                .jvmOption("-Xmx768m")
                // every run asks the sources (the price cache would answer all but the first)
                .property("collectiq.pricing.cache-ttl", "1ms")
                // every in-flight card needs a consumer of its own; one message per poll keeps them spread
                .property("collectiq.intake.concurrent-consumers", Integer.toString(IN_FLIGHT))
                .property("collectiq.intake.max-messages", "1")
                .property("collectiq.pricing.pricecharting.api-key-secret", "bench/pricecharting")
                .property("collectiq.pricing.ebay.client-id-secret", "bench/ebay#clientId")
                .property("collectiq.pricing.ebay.client-secret-secret", "bench/ebay#clientSecret");
    }

    private void measure(String photoSize, byte[] photo) throws Exception {
        slowServices();
        String owner = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String recording = Path.of("target", "bench-pipeline-" + photoSize.split(" ")[0] + "MP.jfr").toAbsolutePath()
                .toString();
        try (ServiceProcess service = benchService(photoSize.split(" ")[0] + "MP")
                .jvmOption("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording)
                .build().start(Duration.ofSeconds(180));

                S3Client s3 = S3Client.builder().forcePathStyle(true).build();
                SqsClient sqs = SqsClient.create()) {
            Runner runner = new Runner(service, owner, photo, s3, sqs);
            runner.sequential(3); // warm-up: JIT, connection pools, the eBay token
            long serviceCpu = cpuMillis(service.pid());
            List<Long> latencies = runner.sequential(SINGLE);
            long sequentialCpu = cpuMillis(service.pid()) - serviceCpu;
            double singleThroughput = SINGLE / (latencies.stream().mapToLong(Long::longValue).sum() / 1000.0);

            serviceCpu = cpuMillis(service.pid());
            long standInBefore = standInCpuMillis();
            long started = System.nanoTime();
            List<Long> concurrent = runner.concurrent(MANY, IN_FLIGHT);
            double seconds = (System.nanoTime() - started) / 1e9;
            long concurrentCpu = cpuMillis(service.pid()) - serviceCpu;
            long concurrentStandIns = standInCpuMillis() - standInBefore;
            double manyThroughput = MANY / seconds;

            double median = Medians.of(latencies.stream().map(Long::doubleValue).toList());
            System.out.printf(Locale.ROOT, "%nPipeline bench, aws mode, %s photos, critical path %.0f ms (%.0f ms when the "
                    + "bundled catalog knows the card and the catalog is not called); profile: %s%n", photoSize,
                    CRITICAL_PATH_MS, CRITICAL_PATH_MS - 250, recording);
            System.out.printf(Locale.ROOT, "  1 in flight: %d cards, latency median %.0f ms (min %d, max %d) -> "
                    + "latency efficiency %.2f of 1 470 ms, %.2f of 1 220 ms (target <= 1.15); %.2f cards/s; service CPU "
                    + "%d ms/card%n", SINGLE, median, latencies.stream().mapToLong(Long::longValue).min().orElse(0),
                    latencies.stream().mapToLong(Long::longValue).max().orElse(0), median / CRITICAL_PATH_MS,
                    median / (CRITICAL_PATH_MS - 250), singleThroughput, sequentialCpu / SINGLE);
            System.out.printf(Locale.ROOT, "  %d in flight: %d cards in %.1f s = %.2f cards/s, latency median %.0f ms -> "
                    + "concurrency scaling %.1f (target >= 16); service CPU %d ms/card, stand-ins %d ms/card%n", IN_FLIGHT,
                    MANY, seconds, manyThroughput, Medians.of(concurrent.stream().map(Long::doubleValue).toList()),
                    manyThroughput / singleThroughput, concurrentCpu / MANY, concurrentStandIns / MANY);
            System.out.println("  outside calls WireMock answered: " + outsideCalls());
            System.out.printf(Locale.ROOT, "  service resident memory: now %.0f MiB, peak %.0f MiB (target <= 600)%n",
                    ProcessCpu.residentMiB(service.pid()), ProcessCpu.peakResidentMiB(service.pid()));
            service.terminate(Duration.ofSeconds(60)); // SIGTERM: the flight recording is written on exit
        }
    }

    /** How many calls each slow service got, to check the run took the path the critical path assumes. */
    private static Map<String, Long> outsideCalls() {
        Map<String, Long> calls = new TreeMap<>();
        for (ServeEvent served : WireMockStandIn.get().server().getAllServeEvents()) {
            String target = served.getRequest().getHeader("X-Amz-Target");
            String path = served.getRequest().getUrl().replaceAll("\\?.*", "");
            String what = target != null ? target.substring(target.indexOf('.') + 1)
                    : path.endsWith("/converse") ? (served.getRequest().getBodyAsString().contains("\"image\"")
                            ? "Converse (opinion)" : "Converse (summary)")
                    : path.startsWith("/v2/cards") ? "catalog" : path;
            calls.merge(what, 1L, Long::sum);
        }
        return calls;
    }

    private static long cpuMillis(long pid) {
        return Math.round(ProcessCpu.cpuSeconds(pid) * 1000);
    }

    /** This JVM (WireMock, ElasticMQ, S3Proxy, the bench itself) and dynalite's node process. */
    private static long standInCpuMillis() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1_000_000 + cpuMillis(DynaliteStandIn.get().pid());
    }

    /** Photos in, ValuationCompleted out: sends events and waits for the cards' completions. */
    private static final class Runner {
        private final ServiceProcess service;
        private final String owner;
        private final byte[] photo;
        private final S3Client s3;
        private final SqsClient sqs;

        Runner(ServiceProcess service, String owner, byte[] photo, S3Client s3, SqsClient sqs) {
            this.service = service;
            this.owner = owner;
            this.photo = photo;
            this.s3 = s3;
            this.sqs = sqs;
        }

        List<Long> sequential(int cards) throws InterruptedException {
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < cards; i++) {
                latencies.add(valueOne(store()));
            }
            return latencies;
        }

        List<Long> concurrent(int cards, int inFlight) throws Exception {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < cards; i++) {
                keys.add(store());
            }
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Semaphore slots = new Semaphore(inFlight);
            ExecutorService pool = Executors.newFixedThreadPool(inFlight);
            for (String key : keys) {
                slots.acquire();
                pool.submit(() -> {
                    try {
                        latencies.add(valueOne(key));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        slots.release();
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
            assertThat(latencies).hasSize(cards);
            return latencies;
        }

        /** Milliseconds from a page's event to the ValuationCompleted of its ninth card (each page an owner of its own). */
        long page() throws InterruptedException {
            String key = store();
            String pageOwner = key.split("/")[1];
            long sent = System.currentTimeMillis();
            sqs.sendMessage(send -> send.queueUrl(service.property("collectiq.aws.work-queue-url"))
                    .messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + key.hashCode())));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                List<Long> completed = Completions.all(pageOwner);
                if (completed.size() >= 9) {
                    return Collections.max(completed) - sent;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("fewer than nine ValuationCompleted for the page " + key + " within 180 s: "
                    + Completions.all(pageOwner).size());
        }

        /** A photo in S3, of an owner of its own: ValuationCompleted names the owner, not the key. */
        private String store() {
            String key = "uploads/" + owner + "-" + UUID.randomUUID().toString().substring(0, 13) + "/"
                    + UUID.randomUUID() + ".jpg";
            s3.putObject(put -> put.bucket(AwsMode.BUCKET).key(key), RequestBody.fromBytes(photo));
            return key;
        }

        /** Milliseconds from the event's send to the PutEvents carrying its card's ValuationCompleted. */
        private long valueOne(String key) throws InterruptedException {
            long sent = System.currentTimeMillis();
            sqs.sendMessage(send -> send.queueUrl(service.property("collectiq.aws.work-queue-url"))
                    .messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + key.hashCode())));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                Long completed = Completions.at(key.split("/")[1]);
                if (completed != null) {
                    return completed - sent;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no ValuationCompleted for " + key + " within 120 s");
        }
    }

    /** When WireMock received each card's ValuationCompleted, by the card's owner, read from its journal. */
    private static final class Completions {
        private static final Map<String, Long> BY_OWNER = new ConcurrentHashMap<>();
        private static final Map<String, List<Long>> ALL_BY_OWNER = new ConcurrentHashMap<>();
        private static final Map<String, Boolean> SEEN = new ConcurrentHashMap<>();
        private static long lastScan;

        /** The journal is read at most every 20 ms, whoever asks: the bench's own CPU counts as the stand-ins'. */
        static synchronized Long at(String owner) {
            Long known = BY_OWNER.get(owner);
            if (known == null) {
                scan();
            }
            return BY_OWNER.get(owner);
        }

        private static void scan() {
            if (System.nanoTime() - lastScan < 20_000_000) {
                return;
            }
            lastScan = System.nanoTime();
            for (ServeEvent served : WireMockStandIn.get().server().getAllServeEvents()) {
                if (SEEN.putIfAbsent(served.getId().toString(), true) != null
                        || !AwsAnswers.PUT_EVENTS.equals(served.getRequest().getHeader("X-Amz-Target"))) {
                    continue;
                }
                for (var entry : ApiClient.json(served.getRequest().getBodyAsString())
                        .get("Entries")) {
                    if (entry.get("DetailType").asText().equals("ValuationCompleted")) {
                        var detail = ApiClient.json(entry.get("Detail").asText());
                        long at = served.getRequest().getLoggedDate().getTime();
                        BY_OWNER.putIfAbsent(detail.path("owner").asText(), at);
                        ALL_BY_OWNER.computeIfAbsent(detail.path("owner").asText(), o -> new ArrayList<>()).add(at);
                    }
                }
            }
        }

        /** Every ValuationCompleted of the owner's cards seen so far (a page's owner has several). */
        static synchronized List<Long> all(String owner) {
            scan();
            return List.copyOf(ALL_BY_OWNER.getOrDefault(owner, List.of()));
        }
    }

    /** The outside services, each answering after its fixed delay. */
    private static void slowServices() {
        WireMockServer wireMock = WireMockStandIn.get().server();
        AwsAnswers.eventBridgeAcceptsEverything();
        wireMock.stubFor(post(urlEqualTo("/")).atPriority(1).withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT))
                .willReturn(AwsAnswers.detectText("Charizard", "120 HP", "4/102", "Illus. Mitsuhiro Arita")
                        .withFixedDelay(120)));
        wireMock.stubFor(post(urlEqualTo("/")).atPriority(1).withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_LABELS))
                .willReturn(AwsAnswers.amzJson("{\"Labels\":[{\"Name\":\"Trading Card\",\"Confidence\":97.5}],"
                        + "\"LabelModelVersion\":\"3.0\"}").withFixedDelay(120)));
        wireMock.stubFor(get(urlPathEqualTo("/v2/cards")).atPriority(1)
                .willReturn(okJson(PokemonTcgFixtures.read("base1-4.json")).withFixedDelay(250)));
        wireMock.stubFor(get(urlPathMatching("/v2/cards/.+")).atPriority(1)
                .willReturn(okJson(Fixtures.text("pokemontcg/both.json")).withFixedDelay(250)));
        AwsAnswers.secretsManagerServes("bench/pricecharting", "bench-key");
        AwsAnswers.secretsManagerServes("bench/ebay", "{\"clientId\":\"bench-id\",\"clientSecret\":\"bench-secret\"}");
        wireMock.stubFor(get(urlPathEqualTo("/api/products")).atPriority(1)
                .willReturn(okJson(Fixtures.text("pricecharting/products-charizard.json")).withFixedDelay(100)));
        wireMock.stubFor(get(urlPathEqualTo("/api/product")).atPriority(1)
                .willReturn(okJson(Fixtures.text("pricecharting/product-charizard.json")).withFixedDelay(100)));
        wireMock.stubFor(post(urlPathEqualTo("/identity/v1/oauth2/token")).atPriority(1).willReturn(okJson(
                "{\"access_token\":\"bench-token\",\"expires_in\":7200,\"token_type\":\"Application Access Token\"}")));
        wireMock.stubFor(get(urlPathEqualTo("/buy/browse/v1/item_summary/search")).atPriority(1)
                .willReturn(okJson(Fixtures.text("ebay/search-raw.json")).withFixedDelay(300)));
        // Converse: the authenticity opinion sends the photo (an image block), the summary does not
        wireMock.stubFor(post(urlPathMatching("/model/.*/converse")).atPriority(1).withRequestBody(containing("\"image\""))
                .willReturn(okJson(converse("{\"verdict\":\"genuine\",\"confidence\":0.8,\"reasons\":[]}"))
                        .withFixedDelay(1000)));
        wireMock.stubFor(post(urlPathMatching("/model/.*/converse")).atPriority(2)
                .willReturn(okJson(converse("{\"summary\":\"A Base Set Charizard.\",\"recommendation\":\"Hold it.\"}"))
                        .withFixedDelay(800)));
    }

    private static String converse(String text) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("output", Map.of("message", Map.of("role", "assistant", "content", List.of(Map.of("text", text)))));
        answer.put("stopReason", "end_turn");
        answer.put("usage", Map.of("inputTokens", 1500, "outputTokens", 40, "totalTokens", 1540));
        answer.put("metrics", Map.of("latencyMs", 800));
        try {
            return new ObjectMapper().writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

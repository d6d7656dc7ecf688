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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * End-to-end latency, throughput and memory of the pipeline in {@code aws} mode (the packaged jar
 * against the stand-ins), with WireMock answering the slow services after fixed delays: Rekognition
 * 120 ms a call (DetectText and DetectLabels run in parallel), the catalog 250 ms, PriceCharting
 * 200 ms (two calls of 100), eBay 300 ms, Bedrock 800 ms for the summary and 1 000 ms for the
 * authenticity opinion. Critical path: 120 + 250 + max(300 + 800, 1 000) = 1 470 ms.
 *
 * <p>Latency: photo event sent to the work queue → PutEvents of its ValuationCompleted (WireMock's
 * clock). Throughput: cards per second at each level of {@code bench.levels} cards in flight, beside
 * the CPU bound (cores ÷ CPU per card: the service's alone, and the service's with the stand-ins':
 * this JVM's WireMock, ElasticMQ and S3Proxy, and dynalite's node process), and the service's peak
 * resident memory at that level. The stand-ins have no rate limits, so the service's per-source
 * limit is raised: the bench measures the service, not the quota it keeps for the real APIs.
 */
class PipelineBench {

    private static final int SINGLE = Integer.getInteger("bench.single", 15);
    /**
     * Cards valued one at a time before the levels: JIT, connection pools, the eBay token. After the
     * default 3 the JIT compilers still spend about a third of the service's CPU of the cards that follow.
     */
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 3);
    /** Cards per level: this many per card in flight (at least {@link #SINGLE}). */
    private static final int CARDS_PER_SLOT = Integer.getInteger("bench.cards-per-slot", 3);
    private static final List<Integer> LEVELS = Arrays.stream(System.getProperty("bench.levels", "1,8,32").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private static final int PAGES = Integer.getInteger("bench.pages", 5);
    private static final int PAIRS = Integer.getInteger("bench.pairs", 2);
    /** e.g. "0": the service runs on these CPUs only (taskset -c); the stand-ins and the bench on all. */
    private static final String SERVICE_CPUS = System.getProperty("bench.service-cpus", "");
    /**
     * Native memory tracking on, and in the middle of the highest level its summary and a histogram of the
     * heap's live objects (a full GC: the level's figures are then not comparable with others).
     */
    private static final boolean NMT = Boolean.getBoolean("bench.nmt");
    /** A JFR profile of the whole run into target/ (its buffers add some 55 MiB to the resident memory). */
    private static final boolean JFR = Boolean.getBoolean("bench.jfr");
    private static final double CRITICAL_PATH_MS = 1470;
    /** The heap the image's MaxRAMPercentage=75 gave a 1 GiB task before issue 26: the paired baseline. */
    private static final List<String> HEAP_OF_768M = List.of("-Xmx768m");
    /** The image's JVM flags (the ENTRYPOINT reads the same file), as the JVM sizes them in a 1 GiB task. */
    private static final Path IMAGE_JVM_OPTIONS = Path.of("src", "main", "docker", "jvm.options");
    /**
     * What a 1 GiB task's container gets besides the JVM's flags that changes the process's memory: the
     * image's {@code MALLOC_ARENA_MAX} (Dockerfile) and the one decode slot Terraform gives a task of
     * 0.5 vCPU, the most Fargate pairs with 1 GB (infra/terraform/modules/service).
     */
    private static final Map<String, String> TASK_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2",
            "COLLECTIQ_IMAGE_MAX_CONCURRENT_DECODES", "1");

    @Test
    void oneToThreeMegapixelPhotos() throws Exception {
        throughput("1.9 MP (1600 x 1200)", CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render().jpeg(0.9f));
    }

    @Test
    void twelveMegapixelPhotos() throws Exception {
        throughput("12 MP (4000 x 3000)", twelveMegapixels());
    }

    /**
     * The image's JVM flags in a 1 GiB task against the 768 MB heap it had before, paired: the two
     * run in turn, {@code bench.pairs} times, at the highest level of {@code bench.levels}, on 12 MP
     * photos.
     */
    @Test
    void imageFlagsAgainstTheHeapOf768m() throws Exception {
        slowServices();
        byte[] photo = twelveMegapixels();
        int inFlight = LEVELS.get(LEVELS.size() - 1);
        List<String> image = imageJvmOptionsInAOneGibTask();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 1; pair <= PAIRS; pair++) {
            Level before = oneLevel("768m-" + pair, HEAP_OF_768M, photo, inFlight, Map.of());
            Level after = oneLevel("image-" + pair, image, photo, inFlight, TASK_ENVIRONMENT);
            ratios.add(after.cardsPerSecond() / before.cardsPerSecond());
            System.out.printf(Locale.ROOT, "%nPair %d at %d in flight, 12 MP (load average %s):%n  %-60s %s%n  %-60s %s%n",
                    pair, inFlight, loadAverage(), String.join(" ", HEAP_OF_768M), before,
                    String.join(" ", image) + " " + TASK_ENVIRONMENT, after);
        }
        System.out.printf(Locale.ROOT, "%nImage flags ÷ 768 MB heap, throughput: %s, median %.2f (target >= 0.90)%n",
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), Medians.of(ratios));
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
        ServiceProcess.Builder builder = benchService("page", benchJvmOptions(), 32);
        benchEnvironment().forEach(builder::env);
        try (ServiceProcess service = builder.build().start(Duration.ofSeconds(180));
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

    private static byte[] twelveMegapixels() {
        return CardRenderer.builder().frame(4000, 3000).cardShare(0.45).render().jpeg(0.9f);
    }

    private static ServiceProcess.Builder benchService(String name, List<String> jvmOptions, int consumers) {
        ServiceProcess.Builder builder = ServiceProcess.aws("bench-pipeline-" + name)
                // every run asks the sources (the price cache would answer all but the first)
                .property("collectiq.pricing.cache-ttl", "1ms")
                // the stand-ins have no quota to protect: the production limit (60 a minute) would
                // measure the limit, about a card a second, instead of the service
                .property("collectiq.pricing.rate-limit.per-minute", "1000000")
                .property("collectiq.pricing.rate-limit.burst", "1000")
                // every in-flight card needs a consumer of its own; one message per poll keeps them spread
                .property("collectiq.intake.concurrent-consumers", Integer.toString(consumers))
                .property("collectiq.intake.max-messages", "1")
                .property("collectiq.pricing.pricecharting.api-key-secret", "bench/pricecharting")
                .property("collectiq.pricing.ebay.client-id-secret", "bench/ebay#clientId")
                .property("collectiq.pricing.ebay.client-secret-secret", "bench/ebay#clientSecret");
        jvmOptions.forEach(builder::jvmOption);
        if (NMT) {
            builder.jvmOption("-XX:NativeMemoryTracking=summary");
        }
        if (!SERVICE_CPUS.isEmpty()) {
            builder.pinnedTo(SERVICE_CPUS);
        }
        return builder;
    }

    /** {@code bench.jvm-options} (space-separated), by default the image's flags in a 1 GiB task. */
    private static List<String> benchJvmOptions() {
        return imageFlags() ? imageJvmOptionsInAOneGibTask()
                : List.of(System.getProperty("bench.jvm-options").trim().split("\\s+"));
    }

    /** The 1 GiB task's environment with the image's flags; none with flags of {@code bench.jvm-options}. */
    private static Map<String, String> benchEnvironment() {
        return imageFlags() ? TASK_ENVIRONMENT : Map.of();
    }

    private static boolean imageFlags() {
        return System.getProperty("bench.jvm-options", "").isBlank();
    }

    /**
     * The image's JVM flags as a 1 GiB Fargate task sizes them: {@code -XX:MaxRAM=1g} stands in for
     * the container's memory limit, which the percentages of the flags are taken of. The flags the
     * image needs JDK 25 or its own files for (the AOT cache, JavaCPP's cache directory) are left out.
     */
    static List<String> imageJvmOptionsInAOneGibTask() {
        List<String> options = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(IMAGE_JVM_OPTIONS)) {
                String option = line.replaceAll("#.*", "").trim();
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the image's JVM flags are read from " + IMAGE_JVM_OPTIONS, e);
        }
        options.add("-XX:MaxRAM=1g");
        return options;
    }

    private void throughput(String photoSize, byte[] photo) throws Exception {
        slowServices();
        String size = photoSize.split(" ")[0];
        String recording = Path.of("target", "bench-pipeline-" + size + "MP.jfr").toAbsolutePath().toString();
        int consumers = Collections.max(LEVELS);
        ServiceProcess.Builder builder = benchService(size + "MP", benchJvmOptions(), consumers);
        benchEnvironment().forEach(builder::env);
        if (JFR) {
            builder.jvmOption("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
        }
        try (ServiceProcess service = builder.build().start(Duration.ofSeconds(180));
                S3Client s3 = S3Client.builder().forcePathStyle(true).build();
                SqsClient sqs = SqsClient.create()) {
            Runner runner = new Runner(service, "bench-" + UUID.randomUUID().toString().substring(0, 8), photo, s3, sqs);
            runner.sequential(WARM_UP);
            System.out.printf(Locale.ROOT, "%nPipeline bench, aws mode, %s photos, %s %s, service on %s, load average %s; "
                    + "%d cards of warm-up; critical path %.0f ms (%.0f ms when the bundled catalog knows the card and the "
                    + "catalog is not called); profile: %s%n", photoSize, String.join(" ", benchJvmOptions()),
                    benchEnvironment(),
                    SERVICE_CPUS.isEmpty() ? "all CPUs" : "CPUs " + SERVICE_CPUS, loadAverage(), WARM_UP, CRITICAL_PATH_MS,
                    CRITICAL_PATH_MS - 250, JFR ? recording : "none (-Dbench.jfr=true)");
            for (int inFlight : LEVELS) {
                Level level = runner.level(inFlight, inFlight == consumers);
                System.out.printf(Locale.ROOT, "  %s; latency median %.0f ms (min %d, max %d) = %.2f of 1 470 ms, %.2f of "
                        + "1 220 ms%n", level, level.medianLatency(), level.minLatency(), level.maxLatency(),
                        level.medianLatency() / CRITICAL_PATH_MS, level.medianLatency() / (CRITICAL_PATH_MS - 250));
            }
            System.out.println("  outside calls WireMock answered: " + outsideCalls());
            service.terminate(Duration.ofSeconds(60)); // SIGTERM: the flight recording is written on exit
        }
    }

    /** A service of its own with these flags and environment, warmed up, measured at one level. */
    private static Level oneLevel(String name, List<String> jvmOptions, byte[] photo, int inFlight,
            Map<String, String> environment) throws Exception {
        ServiceProcess.Builder builder = benchService(name, jvmOptions, inFlight);
        environment.forEach(builder::env);
        try (ServiceProcess service = builder.build().start(Duration.ofSeconds(180));
                S3Client s3 = S3Client.builder().forcePathStyle(true).build();
                SqsClient sqs = SqsClient.create()) {
            Runner runner = new Runner(service, "bench-" + UUID.randomUUID().toString().substring(0, 8), photo, s3, sqs);
            runner.sequential(WARM_UP);
            Level level = runner.level(inFlight, true);
            service.terminate(Duration.ofSeconds(60));
            return level;
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** CPUs the service may run on: the pinned ones, or all of this machine's. */
    private static int serviceCores() {
        return SERVICE_CPUS.isEmpty() ? Runtime.getRuntime().availableProcessors() : (int) Arrays.stream(
                SERVICE_CPUS.split(",")).mapToLong(part -> part.contains("-")
                        ? Long.parseLong(part.split("-")[1]) - Long.parseLong(part.split("-")[0]) + 1 : 1).sum();
    }

    /**
     * One level of a run: {@code cards} valued with {@code inFlight} at a time in {@code seconds}, the CPU the
     * service and the stand-ins spent meanwhile, and the service's peak resident memory during it.
     */
    record Level(int inFlight, int cards, double seconds, List<Long> latencies, long serviceCpuMillis,
            long standInCpuMillis, double peakResidentMiB, long threads) {

        double cardsPerSecond() {
            return cards / seconds;
        }

        double serviceCpuPerCard() {
            return serviceCpuMillis / (double) cards;
        }

        double standInCpuPerCard() {
            return standInCpuMillis / (double) cards;
        }

        /** Cards per second the service's CPUs allow at the service's CPU per card. */
        double serviceBound() {
            return serviceCores() * 1000 / serviceCpuPerCard();
        }

        /** Cards per second this machine allows when the stand-ins share its cores with the service. */
        double machineBound() {
            return Runtime.getRuntime().availableProcessors() * 1000 / (serviceCpuPerCard() + standInCpuPerCard());
        }

        double medianLatency() {
            return Medians.of(latencies.stream().map(Long::doubleValue).toList());
        }

        long minLatency() {
            return Collections.min(latencies);
        }

        long maxLatency() {
            return Collections.max(latencies);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%2d in flight: %3d cards in %5.1f s = %.2f cards/s; CPU/card service %.0f ms, "
                    + "stand-ins %.0f ms; bound %.2f cards/s (service) -> %.0f %%, %.2f (service + stand-ins) -> %.0f %%; "
                    + "service peak RSS %.0f MiB, %d threads", inFlight, cards, seconds, cardsPerSecond(),
                    serviceCpuPerCard(), standInCpuPerCard(), serviceBound(), 100 * cardsPerSecond() / serviceBound(),
                    machineBound(), 100 * cardsPerSecond() / machineBound(), peakResidentMiB, threads);
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

        /**
         * One level: {@code inFlight} cards at a time ({@link #CARDS_PER_SLOT} per slot, at least {@link #SINGLE}),
         * with the service's peak resident memory started afresh; with {@code snapshot} and {@link #NMT}, the
         * service's native memory summary is written in the middle of it.
         */
        Level level(int inFlight, boolean snapshot) throws Exception {
            int cards = Math.max(SINGLE, CARDS_PER_SLOT * inFlight);
            long pid = service.pid();
            Thread memory = snapshot && NMT ? new Thread(() -> nativeMemoryAfter(Duration.ofSeconds(Math.max(5, cards / 4))))
                    : null;
            if (memory != null) {
                memory.start();
            }
            ProcessCpu.resetPeakResident(pid);
            long serviceBefore = cpuMillis(pid);
            long standInsBefore = standInCpuMillis();
            long started = System.nanoTime();
            List<Long> latencies = inFlight == 1 ? sequential(cards) : concurrent(cards, inFlight);
            double seconds = (System.nanoTime() - started) / 1e9;
            long threads = ProcessCpu.threads(pid);
            if (memory != null) {
                memory.join();
            }
            return new Level(inFlight, cards, seconds, latencies, cpuMillis(pid) - serviceBefore,
                    standInCpuMillis() - standInsBefore, ProcessCpu.peakResidentMiB(pid), threads);
        }

        /** {@code jcmd VM.native_memory summary} and the heap's state, after a while, into target/. */
        private void nativeMemoryAfter(Duration wait) {
            try {
                Thread.sleep(wait.toMillis());
                Path out = Path.of("target", service.name() + "-memory.txt");
                String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
                String pid = Long.toString(service.pid());
                new ProcessBuilder(List.of("sh", "-c", String.join(" ", "grep -E 'VmRSS|VmHWM|Threads' /proc/" + pid
                        + "/status;", jcmd, pid, "VM.native_memory", "summary;", jcmd, pid, "GC.heap_info;", jcmd, pid,
                        "GC.class_histogram | head -30")))
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start().waitFor();
                System.out.println("  native memory summary: " + out.toAbsolutePath());
            } catch (IOException e) {
                System.out.println("  no native memory summary: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

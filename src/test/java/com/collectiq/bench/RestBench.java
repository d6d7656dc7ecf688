package com.collectiq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.DynaliteStandIn;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;

/**
 * The read API under load, on the packaged jar, with {@code bench.cards} (1 000) cards stored for
 * one user: a few valued from rendered photos, the rest failed fast at the photo check (too small),
 * which are cards all the same for reading. Closed loop: {@code wrk} (2 threads, 32 connections)
 * on {@code GET /healthz}, {@code GET /cards/{id}} (a valued card) and {@code GET /cards?limit=20},
 * in alternating rounds, medians quoted. Open loop: {@link OpenLoopLoad} on the list at half the
 * list's closed-loop maximum. wrk, the load generator and the service share the machine's cores.
 */
class RestBench {

    private static final int CARDS = Integer.getInteger("bench.cards", 1000);
    private static final int VALUED = 10;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Duration WRK_TIME = Duration.ofSeconds(Integer.getInteger("bench.wrk-seconds", 10));
    private static final Duration OPEN_LOOP_TIME = Duration.ofSeconds(Integer.getInteger("bench.open-seconds", 20));

    @Test
    void localMode(@TempDir Path dataDir) throws Exception {
        measure(ServiceProcess.local("bench-rest-local", dataDir), false);
    }

    @Test
    void awsModeOnDynalite() throws Exception {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
        measure(ServiceProcess.aws("bench-rest-aws"), true);
    }

    private void measure(ServiceProcess.Builder builder, boolean aws) throws Exception {
        // the heap a 1 GiB Fargate task gives it (the image runs with MaxRAMPercentage=75)
        try (ServiceProcess service = builder.jvmOption("-Xmx768m").property("collectiq.web.writes-per-minute", "1000000")
                .property("collectiq.web.write-burst", "1000000").build().start(Duration.ofSeconds(120))) {
            String mode = aws ? "aws" : "local";
            String token = ApiClient.tokenFor(service.baseUrl(), aws, "bench-reader", false);
            ApiClient user = new ApiClient(service.baseUrl(), token);
            String valuedId = seed(user);

            List<String> targets = List.of("/healthz", "/cards/" + valuedId, "/cards?limit=20");
            List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            wrk(service, token, targets.get(2), Duration.ofSeconds(5)); // warm-up
            double serviceCpu = ProcessCpu.cpuSeconds(service.pid());
            double standInCpu = aws ? ProcessCpu.cpuSeconds(DynaliteStandIn.get().pid()) : 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < targets.size(); i++) {
                    rates.get(i).add(wrk(service, token, targets.get(i), WRK_TIME));
                }
            }
            serviceCpu = ProcessCpu.cpuSeconds(service.pid()) - serviceCpu;
            standInCpu = aws ? ProcessCpu.cpuSeconds(DynaliteStandIn.get().pid()) - standInCpu : 0;
            double health = Medians.of(rates.get(0));
            double card = Medians.of(rates.get(1));
            double list = Medians.of(rates.get(2));

            OpenLoopLoad load = new OpenLoopLoad();
            URI listUri = URI.create(service.baseUrl() + "/cards?limit=20");
            load.run(listUri, token, list / 2, Duration.ofSeconds(5)); // warm-up
            OpenLoopLoad.Result open = load.run(listUri, token, list / 2, OPEN_LOOP_TIME);

            System.out.printf(Locale.ROOT, "%nREST bench, %s mode, %d cards, %d rounds of %d s (wrk -t2 -c32):%n", mode,
                    CARDS, ROUNDS, WRK_TIME.toSeconds());
            System.out.printf(Locale.ROOT, "  GET /healthz          %s -> median %.0f req/s%n", rates.get(0), health);
            System.out.printf(Locale.ROOT, "  GET /cards/{id}       %s -> median %.0f req/s%n", rates.get(1), card);
            System.out.printf(Locale.ROOT, "  GET /cards?limit=20   %s -> median %.0f req/s%n", rates.get(2), list);
            System.out.printf(Locale.ROOT, "  ratio GET /cards/{id} : GET /healthz = %.2f (target >= 0.5)%n", card / health);
            System.out.printf(Locale.ROOT, "  open loop GET /cards?limit=20 at half its maximum: %s (target p99 <= 20 ms)%n",
                    open);
            System.out.printf(Locale.ROOT, "  CPU during the wrk rounds: service %.1f s%s; resident memory %.0f MiB (peak %.0f MiB)%n",
                    serviceCpu, aws ? String.format(Locale.ROOT, ", dynalite %.1f s", standInCpu) : "",
                    ProcessCpu.residentMiB(service.pid()), ProcessCpu.peakResidentMiB(service.pid()));
            assertThat(open.failed()).as("open-loop requests that failed").isZero();
        }
    }

    /** Stores the cards and returns a valued one's id. */
    private static String seed(ApiClient user) throws InterruptedException {
        byte[] photo = CardRenderer.builder().frame(1200, 900).cardShare(0.45).render().jpeg(0.9f);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            String key = i < VALUED ? Uploads.upload(user, photo)
                    : Uploads.upload(user, TestPhotos.png(i), "image/png");
            ApiClient.Response created = user.post("/cards", "{\"key\":\"" + key + "\"}");
            assertThat(created.status()).as(created.raw().body()).isIn(200, 201);
            ids.add(created.json().get("id").asText());
        }
        String valued = null;
        for (String id : ids) {
            String status = Uploads.awaitFinished(user, id, Duration.ofSeconds(300)).get("status").asText();
            if (valued == null && status.equals("VALUED")) {
                valued = id;
            }
        }
        assertThat(valued).as("a valued card").isNotNull();
        return valued;
    }

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private static double wrk(ServiceProcess service, String token, String path, Duration time)
            throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + time.toSeconds() + "s", "--latency",
                "-H", "Authorization: Bearer " + token, service.baseUrl() + path).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        assertThat(output).as("wrk saw only 2xx answers").doesNotContain("Non-2xx");
        Matcher rate = REQUESTS_PER_SECOND.matcher(output);
        Matcher requests = REQUESTS.matcher(output);
        assertThat(rate.find() && requests.find()).as(output).isTrue();
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            // a keep-alive connection the server closes as wrk stops shows as a read error
            int count = Integer.parseInt(errors.group(1)) + Integer.parseInt(errors.group(2))
                    + Integer.parseInt(errors.group(3)) + Integer.parseInt(errors.group(4));
            System.out.println("  wrk " + path + ": " + errors.group() + " of " + requests.group(1) + " requests");
            assertThat(count).as("socket errors").isLessThanOrEqualTo(Integer.parseInt(requests.group(1)) / 1000);
        }
        return Double.parseDouble(rate.group(1));
    }
}

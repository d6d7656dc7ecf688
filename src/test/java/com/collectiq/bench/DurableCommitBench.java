package com.collectiq.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;

/**
 * What durable commits cost {@code local} mode: the packaged jar with its own database URL
 * (H2's {@code WRITE_DELAY=0}, each commit written before it returns) against the same URL with
 * H2's default write delay (commits kept in memory up to 500 ms), in paired, alternating runs on
 * fresh data directories. Each run: {@code bench.durable.cards} (200) uploads one after another
 * (a PUT stores the photo, its card and a QUEUED run), then {@code POST /cards} with a hint for
 * each (a write and a new run), and the pipeline until every card is finished (the photos are
 * small PNGs: each fails fast at the photo check, a dead letter and a FAILED card, all commits).
 */
class DurableCommitBench {

    private static final int CARDS = Integer.getInteger("bench.durable.cards", 200);
    private static final int ROUNDS = Integer.getInteger("bench.durable.rounds", 2);
    private static final String DURABLE = "WRITE_DELAY=0 (the service's URL)";
    private static final String DELAYED = "H2 default write delay";

    @Test
    void durableCommitsAgainstTheDefaultWriteDelay() throws Exception {
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        runs.put(DURABLE, new ArrayList<>());
        runs.put(DELAYED, new ArrayList<>());
        for (int round = 0; round < ROUNDS; round++) {
            List<String> order = round % 2 == 0 ? List.of(DURABLE, DELAYED) : List.of(DELAYED, DURABLE);
            for (String config : order) {
                double[] rates = run(config);
                runs.get(config).add(rates);
                System.out.printf(Locale.ROOT, "round %d, %s: uploads %.1f/s, POST /cards %.1f/s, pipeline %.1f cards/s%n",
                        round + 1, config, rates[0], rates[1], rates[2]);
            }
        }
        System.out.printf(Locale.ROOT, "%nDurable commits, local mode, %d cards per run, %d paired rounds (medians):%n",
                CARDS, ROUNDS);
        runs.forEach((config, rates) -> System.out.printf(Locale.ROOT,
                "  %-34s uploads %.1f/s   POST /cards %.1f/s   pipeline %.1f cards/s%n", config,
                median(rates, 0), median(rates, 1), median(rates, 2)));
    }

    private static double[] run(String config) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-durable");
        ServiceProcess.Builder builder = ServiceProcess.local("bench-durable", dataDir).jvmOption("-Xmx768m")
                .property("collectiq.web.writes-per-minute", "1000000").property("collectiq.web.write-burst", "1000000");
        if (config.equals(DELAYED)) {
            builder.property("spring.datasource.url",
                    "jdbc:h2:file:" + dataDir.resolve("db/collectiq") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        try (ServiceProcess service = builder.build().start(Duration.ofSeconds(120))) {
            ApiClient user = service.client("bench-writer", false);
            long start = System.nanoTime();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < CARDS; i++) {
                keys.add(Uploads.upload(user, TestPhotos.png(i), "image/png"));
            }
            double uploads = CARDS / seconds(start);
            long posts = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (String key : keys) {
                ApiClient.Response created = user.post("/cards", "{\"key\":\"" + key + "\",\"name\":\"Pikachu\"}");
                assertThat(created.status()).as(created.raw().body()).isIn(200, 201);
                ids.add(created.json().get("id").asText());
            }
            double cards = CARDS / seconds(posts);
            for (String id : ids) {
                Uploads.awaitFinished(user, id, Duration.ofSeconds(600));
            }
            double pipeline = CARDS / seconds(start);
            return new double[] {uploads, cards, pipeline};
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(List<double[]> runs, int index) {
        return Medians.of(runs.stream().map(rates -> rates[index]).toList());
    }
}

package com.collectiq.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.collectiq.card.CardStore;
import com.collectiq.repricing.DueCards;
import com.collectiq.repricing.PricedCards;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.WireMockStandIn;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.management.OperatingSystemMXBean;

/**
 * Scheduled repricing at scale, in {@code local} mode (H2, the in-process work queue): 10 000 valued
 * cards of 200 catalog ids (50 cards each, as popular cards are owned many times over) fall due at
 * once; passes claim and queue them, the work queue's consumers reprice them against the Pokémon
 * TCG API on WireMock (whose prices moved 10 %, so every card writes a history entry), with the
 * price cache on and the production rate limit of the source (60 calls a minute, a burst of 10).
 * Prints cards per second, source calls per card, and the JVM's CPU per card (the cards are made
 * beforehand and not counted). Measures and prints; asserts nothing. Command and figures:
 * docs/PERFORMANCE.md, "Repricing".
 */
@LocalMode
@TestPropertySource(properties = "collectiq.repricing.local-timer=false")
class RepricingBench {

    private static final int CARDS = Integer.getInteger("bench.repricing.cards", 10_000);
    private static final int CATALOG_IDS = Integer.getInteger("bench.repricing.catalog-ids", 200);

    @Autowired
    private CardStore cards;
    @Autowired
    private DueCards dueCards;
    @Autowired
    private JdbcTemplate jdbc;

    private final WireMockServer api = WireMockStandIn.get().server();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Test
    void repriceTenThousandCards() throws Exception {
        String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CATALOG_IDS; i++) {
            ids.add(prefix + i);
            PricedCards.servePrices(api, prefix + i, 110);
        }
        Instant made = Instant.now();
        for (int i = 0; i < CARDS; i++) {
            PricedCards.valued(cards, "bench-owner-" + (i % 100), ids.get(i % CATALOG_IDS), new BigDecimal("100.00"),
                    made.minusSeconds(60));
        }
        System.out.printf("repricing bench: %d cards of %d catalog ids made in %d s%n", CARDS, CATALOG_IDS,
                Duration.between(made, Instant.now()).toSeconds());

        long cpuBefore = os.getProcessCpuTime();
        Instant start = Instant.now();
        int queued = 0;
        int passes = 0;
        for (int pass; (pass = dueCards.queueDue()) > 0;) {
            queued += pass;
            passes++;
        }
        Instant tomorrow = start.plus(Duration.ofHours(23));
        int done = 0;
        Instant deadline = start.plus(Duration.ofMinutes(30));
        while (done < CARDS && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            done = jdbc.queryForObject("SELECT COUNT(*) FROM cards WHERE reprice_due > ?", Integer.class,
                    tomorrow.atOffset(ZoneOffset.UTC));
        }
        Duration took = Duration.between(start, Instant.now());
        double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        int calls = api.countRequestsMatching(getRequestedFor(urlPathMatching("/v2/cards/" + prefix + ".*")).build())
                .getCount();
        int entries = jdbc.queryForObject("SELECT COUNT(*) FROM card_history", Integer.class);

        System.out.printf("repricing bench: %d passes queued %d cards; %d repriced in %.1f s: %.1f cards/s%n", passes,
                queued, done, took.toMillis() / 1000.0, done / (took.toMillis() / 1000.0));
        System.out.printf("repricing bench: %d source calls for %d catalog ids: %.4f calls per card%n", calls,
                CATALOG_IDS, calls / (double) Math.max(1, done));
        System.out.printf("repricing bench: process CPU %.1f s: %.2f ms per card; %d history entries%n", cpuSeconds,
                cpuSeconds * 1000 / Math.max(1, done), entries);
    }
}

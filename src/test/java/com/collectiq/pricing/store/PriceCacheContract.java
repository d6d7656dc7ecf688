package com.collectiq.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.pricing.PriceCache;
import com.collectiq.testsupport.TickingClock;

/** The {@link PriceCache} contract, run against every implementation on a fresh store. */
abstract class PriceCacheContract {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final TickingClock clock = new TickingClock(NOW);
    PriceCache cache;

    abstract PriceCache openCache();

    abstract void closeBackend();

    @BeforeEach
    void open() {
        cache = openCache();
    }

    @AfterEach
    void close() {
        closeBackend();
    }

    @Test
    void anAnswerIsServedUntilItExpires() {
        Instant expiresAt = NOW.plusSeconds(3600).plusMillis(500);
        cache.put("pricecharting:base1-4", "{\"fair\":395}", expiresAt);

        assertThat(cache.get("pricecharting:base1-4", NOW)).contains("{\"fair\":395}");
        assertThat(cache.get("pricecharting:base1-4", expiresAt.minusNanos(1))).contains("{\"fair\":395}");
        assertThat(cache.get("pricecharting:base1-4", expiresAt)).isEmpty();
        assertThat(cache.get("pricecharting:base1-4", expiresAt.plusSeconds(1))).isEmpty();
    }

    @Test
    void anUnknownKeyIsEmpty() {
        assertThat(cache.get("ebay:nothing", NOW)).isEmpty();
    }

    @Test
    void putReplacesTheAnswerAndItsExpiry() {
        cache.put("ebay:base1-4", "{\"old\":true}", NOW.plusSeconds(60));
        cache.put("ebay:base1-4", "{\"new\":true}", NOW.plusSeconds(7200));
        cache.put("ebay:base1-5", "{\"other\":true}", NOW.plusSeconds(60));

        assertThat(cache.get("ebay:base1-4", NOW.plusSeconds(3600))).contains("{\"new\":true}");
        assertThat(cache.get("ebay:base1-5", NOW)).contains("{\"other\":true}");
    }
}

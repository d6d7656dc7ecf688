package com.collectiq.pricing.store;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.collectiq.pricing.PriceCache;

/** {@code local} mode's price cache: the {@code price_cache} table of the H2 database. */
@Repository
@Profile("!aws")
class JdbcPriceCache implements PriceCache {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcPriceCache(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key, Instant now) {
        return jdbc.query("SELECT answer FROM price_cache WHERE cache_key = ? AND expires_at > ?",
                (row, n) -> row.getString("answer"), key, utc(now)).stream().findFirst();
    }

    @Override
    public void put(String key, String json, Instant expiresAt) {
        jdbc.update("MERGE INTO price_cache (cache_key, answer, expires_at) KEY (cache_key) VALUES (?, ?, ?)",
                key, json, utc(expiresAt));
        // what DynamoDB's TTL does in aws mode: expired answers do not pile up (indexed by expires_at)
        jdbc.update("DELETE FROM price_cache WHERE expires_at <= ?", utc(clock.instant()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

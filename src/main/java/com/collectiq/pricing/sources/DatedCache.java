package com.collectiq.pricing.sources;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.collectiq.pricing.PriceCache;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A source's answers in the {@link PriceCache} with the day they were fetched: sources whose prices
 * carry no date of their own (PriceCharting's guide, eBay's live listings) are as of that day. A
 * cache that cannot answer only costs a call.
 */
final class DatedCache {

    private static final Logger log = LoggerFactory.getLogger(DatedCache.class);

    /** An answer and the day it was fetched. */
    record Dated(LocalDate fetchedOn, JsonNode body) {
    }

    private final PriceCache cache;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration ttl;

    DatedCache(PriceCache cache, ObjectMapper json, Clock clock, Duration ttl) {
        this.cache = cache;
        this.json = json;
        this.clock = clock;
        this.ttl = ttl;
    }

    Optional<Dated> get(String key) {
        try {
            return cache.get(key, clock.instant()).map(this::read);
        } catch (RuntimeException e) {
            log.warn("price cache unavailable: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Keeps {@code body} as fetched now and returns it dated. */
    Dated put(String key, JsonNode body) {
        Instant now = clock.instant();
        Dated dated = new Dated(LocalDate.ofInstant(now, ZoneOffset.UTC), body);
        ObjectNode entry = json.createObjectNode().put("fetchedOn", dated.fetchedOn().toString());
        entry.set("body", body);
        try {
            cache.put(key, entry.toString(), now.plus(ttl));
        } catch (RuntimeException e) {
            log.warn("price cache unavailable: {}", e.getClass().getSimpleName());
        }
        return dated;
    }

    private Dated read(String entry) {
        try {
            JsonNode node = json.readTree(entry);
            return new Dated(LocalDate.parse(node.get("fetchedOn").asText()), node.get("body"));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("unreadable cache entry", unreadable);
        }
    }
}

package com.collectiq.pricing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link PriceCache} contract in memory, for tests of what sits on top of the cache. */
public final class MapPriceCache implements PriceCache {

    private record Entry(String json, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key, Instant now) {
        return Optional.ofNullable(entries.get(key)).filter(e -> e.expiresAt().isAfter(now)).map(Entry::json);
    }

    @Override
    public void put(String key, String json, Instant expiresAt) {
        entries.put(key, new Entry(json, expiresAt));
    }
}

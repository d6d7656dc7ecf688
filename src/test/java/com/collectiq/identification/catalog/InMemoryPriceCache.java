package com.collectiq.identification.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.collectiq.pricing.PriceCache;

/** The price cache port's contract in memory (the real stores have their own contract suite). */
public final class InMemoryPriceCache implements PriceCache {

    private record Entry(String json, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key, Instant now) {
        Entry entry = entries.get(key);
        return entry != null && entry.expiresAt().isAfter(now) ? Optional.of(entry.json()) : Optional.empty();
    }

    @Override
    public void put(String key, String json, Instant expiresAt) {
        entries.put(key, new Entry(json, expiresAt));
    }
}

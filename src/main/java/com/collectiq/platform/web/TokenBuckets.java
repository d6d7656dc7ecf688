package com.collectiq.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key (a user, a price source): {@code capacity} requests at once, refilled continuously at
 * {@code perMinute}. Buckets that have refilled completely carry no state worth keeping, so they
 * are dropped when the map grows, which bounds memory by the number of recently active users.
 */
public final class TokenBuckets {

    private static final int PRUNE_ABOVE = 10_000;

    private record Bucket(double tokens, long atNanos) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double perNano;
    private final Clock clock;

    public TokenBuckets(int capacity, int perMinute, Clock clock) {
        this.capacity = capacity;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.clock = clock;
    }

    /** Takes one token; empty when there is one, otherwise how long until there will be. */
    public Duration tryTake(String key) {
        long now = nowNanos();
        Duration[] wait = {Duration.ZERO};
        buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? capacity : Math.min(capacity, bucket.tokens + (now - bucket.atNanos) * perNano);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
            return new Bucket(tokens, now);
        });
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> b.tokens + (now - b.atNanos) * perNano >= capacity);
        }
        return wait[0];
    }

    private long nowNanos() {
        Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}

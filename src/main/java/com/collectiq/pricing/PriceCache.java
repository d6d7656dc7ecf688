package com.collectiq.pricing;

import java.time.Instant;
import java.util.Optional;

/**
 * Price sources' answers kept until they expire, so a revaluation soon after another does not ask
 * the same source again. Kept in the card store's database ({@code local}) or table ({@code aws}).
 */
public interface PriceCache {

    /**
     * The answer cached under {@code key} if it expires after {@code now}. Expiry is checked here,
     * not left to the store: DynamoDB's TTL deletes late (and dynalite never), so it only cleans up.
     */
    Optional<String> get(String key, Instant now);

    /** Caches {@code json} under {@code key} until {@code expiresAt}, replacing what was there. */
    void put(String key, String json, Instant expiresAt);
}

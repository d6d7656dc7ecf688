package com.collectiq.pricing;

import java.time.Instant;
import java.util.Optional;

/** A {@link PriceCache} that keeps nothing, so every lookup reaches the source. */
public final class NoPriceCache implements PriceCache {

    @Override
    public Optional<String> get(String key, Instant now) {
        return Optional.empty();
    }

    @Override
    public void put(String key, String json, Instant expiresAt) {
        // kept nowhere
    }
}

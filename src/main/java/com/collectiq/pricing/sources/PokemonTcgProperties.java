package com.collectiq.pricing.sources;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.catalog.pokemontcg.*}: where the Pokémon TCG API is, its optional key (sent as
 * {@code X-Api-Key}; without one the API allows fewer calls), how long to wait for it and how long
 * its answers are kept. One API serves two features: its card objects carry prices (this package's
 * price source) and identities (the online catalog in {@code identification.catalog}). Timeouts are
 * short because an answer only confirms what the bundled catalog already resolved, and an
 * unreachable API should cost a valuation little.
 *
 * @param retryAfterDefault how long to leave the API alone after a 429 that names no Retry-After
 */
@ConfigurationProperties("collectiq.catalog.pokemontcg")
public record PokemonTcgProperties(
        @DefaultValue("https://api.pokemontcg.io") URI baseUrl,
        String apiKey,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("4s") Duration readTimeout,
        @DefaultValue("24h") Duration cacheTtl,
        @DefaultValue("60s") Duration retryAfterDefault) {

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** Never prints the key: properties end up in logs and actuator output. */
    @Override
    public String toString() {
        return "PokemonTcgProperties[baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "(set)" : "(none)")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", cacheTtl=" + cacheTtl
                + ", retryAfterDefault=" + retryAfterDefault + "]";
    }
}

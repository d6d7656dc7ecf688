package com.collectiq.pricing.sources;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.catalog.pokemontcg.*} as the price source uses it: where the API is, the optional
 * key (sent as {@code X-Api-Key}; without one the API allows fewer calls), and how long to wait.
 * The connect timeout is short so an unreachable API costs a valuation little.
 */
@ConfigurationProperties("collectiq.catalog.pokemontcg")
public record PokemonTcgProperties(
        @DefaultValue("https://api.pokemontcg.io") URI baseUrl,
        String apiKey,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("4s") Duration readTimeout) {

    /** Never print the key. */
    @Override
    public String toString() {
        return "PokemonTcgProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}

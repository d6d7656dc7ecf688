package com.collectiq.identification;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.collectiq.card.CatalogIds;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.identification.catalog.OnlineCatalog;
import com.collectiq.identification.catalog.PokemonTcgApi;
import com.collectiq.pricing.sources.PokemonTcgProperties;
import com.collectiq.pricing.PriceCache;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Identification in both modes: the bundled catalog always, the Pokémon TCG API unless
 * {@code collectiq.offline=true} (then it is never called, not even tried).
 */
@Configuration(proxyBeanMethods = false)
class IdentificationConfiguration {

    @Bean
    Catalog catalog() {
        return Catalog.bundled();
    }

    @Bean
    OnlineCatalog onlineCatalog(@Value("${collectiq.offline:false}") boolean offline, PokemonTcgProperties properties,
            PriceCache cache, ObjectMapper json, Clock clock) {
        if (offline) {
            return query -> OnlineAnswer.notAnswered(Outcome.OFFLINE, "collectiq.offline=true");
        }
        return new PokemonTcgApi(properties, cache, json, clock);
    }

    /** What a picked catalog id is checked against: the bundled catalog's cards. */
    @Bean
    CatalogIds catalogIds(Catalog catalog) {
        return id -> catalog.card(id).isPresent();
    }

    @Bean
    CardIdentifier cardIdentifier(Catalog catalog, OnlineCatalog onlineCatalog) {
        return new CardIdentifier(catalog, onlineCatalog);
    }
}

package com.collectiq.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.collectiq.identification.CardIdentifier;
import com.collectiq.identification.LocalReadingPath;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.CatalogCard;
import com.collectiq.identification.catalog.InMemoryPriceCache;
import com.collectiq.identification.catalog.PokemonTcgApi;
import com.collectiq.pricing.sources.PokemonTcgProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The identifiers: with the bundled catalog, and with catalogs lacking one set, offline or online. */
public final class Identifiers {

    private final Catalog bundled;
    private final CardIdentifier offlineBundled;
    private final PokemonTcgApi online;
    private final Map<String, CardIdentifier> without = new HashMap<>();

    public Identifiers(Catalog bundled, String apiBaseUrl) {
        this.bundled = bundled;
        this.offlineBundled = LocalReadingPath.offline(bundled);
        this.online = new PokemonTcgApi(new PokemonTcgProperties(URI.create(apiBaseUrl), null, Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofHours(24), Duration.ofSeconds(60)), new InMemoryPriceCache(),
                new ObjectMapper(), Clock.systemUTC());
    }

    public CardIdentifier bundled() {
        return offlineBundled;
    }

    /**
     * The catalog as if the set were not bundled: its cards gone, its entry in the set list kept
     * (the bundled set list names every set, with or without cards, as it does for the sets not bundled).
     */
    public CardIdentifier without(String setId, boolean withOnline) {
        return without.computeIfAbsent(setId + (withOnline ? "+online" : ""), key -> {
            List<CatalogCard> kept = bundled.cards().stream().filter(card -> !card.setId().equals(setId)).toList();
            Catalog restricted = new Catalog(bundled.sets(), kept);
            return withOnline ? new CardIdentifier(restricted, online) : LocalReadingPath.offline(restricted);
        });
    }
}

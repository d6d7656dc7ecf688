package com.collectiq.pricing;

import java.util.Map;

import com.collectiq.card.Identity;

/**
 * What a source is asked: the identified card and, by source name, answers other stages already
 * fetched (identification gets the Pokémon TCG API's price blocks with its search), so a source
 * can price from them without a second call. For {@code pokemontcg} that is a card object holding
 * at least its {@code tcgplayer} and {@code cardmarket} blocks.
 */
public record PriceQuery(Identity identity, Map<String, String> prefetched) {

    public PriceQuery {
        prefetched = prefetched == null ? Map.of() : Map.copyOf(prefetched);
    }
}

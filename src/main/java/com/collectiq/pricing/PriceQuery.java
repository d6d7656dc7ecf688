package com.collectiq.pricing;

import java.util.Map;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;

/**
 * What a source is asked: the identified card, the condition it is priced in (a source that
 * searches listings looks for slabs of that grade, or for raw cards) and, by source name, answers
 * other stages already fetched (identification gets the Pokémon TCG API's price blocks with its
 * search), so a source can price from them without a second call. For {@code pokemontcg} that is a
 * card object holding at least its {@code tcgplayer} and {@code cardmarket} blocks.
 */
public record PriceQuery(Identity identity, ConditionTarget condition, Map<String, String> prefetched) {

    public PriceQuery {
        condition = condition == null ? ConditionTarget.of(Hints.NONE, null) : condition;
        prefetched = prefetched == null ? Map.of() : Map.copyOf(prefetched);
    }

    /** A raw card of unknown condition (Near Mint assumed). */
    public PriceQuery(Identity identity, Map<String, String> prefetched) {
        this(identity, null, prefetched);
    }
}

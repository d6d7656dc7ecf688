package com.collectiq.identification.catalog;

import java.util.List;

/**
 * One card: its set id and collector number make its id. {@code hp}, {@code rarity} and
 * {@code artist} are null when the source lacks them (Trainer and Energy cards often do).
 */
public record CatalogCard(String setId, String number, String name, String supertype, List<String> subtypes,
        Integer hp, String rarity, String artist) {

    public CatalogCard {
        subtypes = List.copyOf(subtypes);
    }

    /** The catalog id, as the Pokémon TCG API spells it: {@code <set>-<number>}. */
    public String id() {
        return setId + "-" + number;
    }
}

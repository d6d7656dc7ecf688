package com.collectiq.identification.catalog;

/**
 * The online catalog port: cards matching a Pokémon TCG API search ({@code name:"Charizard"
 * number:4}). Never throws for the catalog's own trouble (outages, throttling, bad answers): those
 * come back as an {@link OnlineAnswer} that is not answered, and identification goes on offline.
 */
public interface OnlineCatalog {

    OnlineAnswer search(String query);
}

package com.collectiq.identification.catalog;

/**
 * The online catalog's market data for one card, kept as the raw JSON objects it sent (its
 * {@code tcgplayer} and {@code cardmarket} blocks) so the pricing agent reads every field it needs.
 * Either is null when the answer had none.
 */
public record PriceBlocks(String catalogId, String tcgplayerJson, String cardmarketJson) {

    public boolean isEmpty() {
        return tcgplayerJson == null && cardmarketJson == null;
    }
}

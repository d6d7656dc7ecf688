package com.collectiq.identification.catalog;

/** A card as the online catalog describes it: the same facts as a bundled card, plus its prices. */
public record OnlineCard(CatalogCard card, CatalogSet set, PriceBlocks prices) {
}

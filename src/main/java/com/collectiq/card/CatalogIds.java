package com.collectiq.card;

/**
 * The catalog port the card rules need: whether a catalog id names a card the service can identify
 * a photo as. Implemented by identification, which owns the bundled catalog.
 */
@FunctionalInterface
public interface CatalogIds {

    boolean knows(String catalogId);
}

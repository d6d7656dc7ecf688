package com.collectiq.card;

/** A picked catalog id that is neither in the catalog nor among the card's own candidates. */
public class UnknownCatalogIdException extends RuntimeException {

    public UnknownCatalogIdException(String catalogId) {
        super("unknown catalog id " + catalogId);
    }
}

package com.collectiq.card;

/** The request was conditional on a version of the card (If-Match) that is no longer its current one. */
public class CardPreconditionFailedException extends RuntimeException {

    public CardPreconditionFailedException(String id) {
        super("card " + id + " is not the version the request names");
    }
}

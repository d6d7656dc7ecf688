package com.collectiq.card;

/** The card does not exist (or is another owner's, which callers must not tell apart). */
public class CardNotFoundException extends RuntimeException {

    public CardNotFoundException(String message) {
        super(message);
    }
}

package com.collectiq.card;

/** Another writer changed the card first: re-read it and apply the change again. */
public class StaleCardException extends RuntimeException {

    public StaleCardException(String message) {
        super(message);
    }
}

package com.collectiq.card;

/** A pagination cursor that this service did not issue for this owner and query. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String message) {
        super(message);
    }
}

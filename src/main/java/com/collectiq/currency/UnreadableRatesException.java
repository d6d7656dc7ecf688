package com.collectiq.currency;

/** A rates file that cannot be read as the ECB's format; the rates in use stay as they are. */
public class UnreadableRatesException extends RuntimeException {

    public UnreadableRatesException(String message) {
        super(message);
    }

    public UnreadableRatesException(String message, Throwable cause) {
        super(message, cause);
    }
}

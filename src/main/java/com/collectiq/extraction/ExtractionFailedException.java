package com.collectiq.extraction;

/**
 * Extraction did not happen. {@code retryable} tells the pipeline whether trying again can succeed
 * (throttling, 5xx, timeouts) or not (an image the engine refuses).
 */
public class ExtractionFailedException extends RuntimeException {

    private final boolean retryable;

    public ExtractionFailedException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}

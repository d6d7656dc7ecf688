package com.collectiq.vision;

/**
 * A photo the service will not analyse, with a reason code for machines and a message for people.
 * The pipeline turns it into a {@code FAILED} card without retries: the same bytes fail the same way.
 */
public class PhotoRejectedException extends RuntimeException {

    private final RejectionReason reason;

    public PhotoRejectedException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PhotoRejectedException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}

package com.collectiq.upload;

/** A stored photo is larger than the caller allows itself to read. */
public class PhotoTooLargeException extends RuntimeException {

    public PhotoTooLargeException(String message) {
        super(message);
    }
}

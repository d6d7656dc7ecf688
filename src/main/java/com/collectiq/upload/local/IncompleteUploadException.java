package com.collectiq.upload.local;

/** The request body ended before the signed number of bytes arrived; nothing was stored. */
class IncompleteUploadException extends RuntimeException {

    IncompleteUploadException(String message, Throwable cause) {
        super(message, cause);
    }
}

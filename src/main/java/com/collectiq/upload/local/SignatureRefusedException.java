package com.collectiq.upload.local;

/** A local photo URL that was not signed for this request, or has expired (403, as S3 answers). */
class SignatureRefusedException extends RuntimeException {

    SignatureRefusedException(String message) {
        super(message);
    }
}

package com.collectiq.upload;

/** A content type the photo store does not hold (the REST API answers 415). */
public class UnsupportedPhotoTypeException extends IllegalArgumentException {

    public UnsupportedPhotoTypeException(String contentType) {
        super("unsupported photo content type: " + contentType);
    }
}

package com.collectiq.upload;

/** A photo key, key prefix or owner id that is malformed or could reach outside its area (answer 400). */
public class InvalidPhotoKeyException extends IllegalArgumentException {

    public InvalidPhotoKeyException(String message) {
        super(message);
    }
}

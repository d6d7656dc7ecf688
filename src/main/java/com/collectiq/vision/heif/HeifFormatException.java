package com.collectiq.vision.heif;

/** A HEIF file this reader cannot follow: damaged, or laid out in a way phones do not write. */
final class HeifFormatException extends RuntimeException {

    HeifFormatException(String message) {
        super(message);
    }
}

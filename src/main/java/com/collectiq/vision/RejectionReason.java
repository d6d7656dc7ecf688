package com.collectiq.vision;

/** Why a photo was refused. Each is a property of the bytes, so retrying cannot help. */
public enum RejectionReason {
    EMPTY,
    MISSING,
    TOO_MANY_BYTES,
    UNSUPPORTED_FORMAT,
    CORRUPT,
    TOO_MANY_PIXELS,
    TOO_SMALL
}

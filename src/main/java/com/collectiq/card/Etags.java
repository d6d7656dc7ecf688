package com.collectiq.card;

/** Etags as S3 and the local store write them, compared without the quotes HTTP puts around them. */
public final class Etags {

    private Etags() {
    }

    public static String normalise(String etag) {
        if (etag == null || etag.isBlank()) {
            return null;
        }
        String bare = etag.strip();
        if (bare.startsWith("W/")) {
            bare = bare.substring(2);
        }
        return bare.replace("\"", "");
    }
}

package com.collectiq.upload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image types the photo store holds, each with the one file extension its keys end in. A key's
 * extension always names its content type, so the type never has to be trusted from a client name.
 */
public enum PhotoType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    HEIC("image/heic", "heic");

    private final String contentType;
    private final String extension;

    PhotoType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The type of a bare media type such as {@code image/png} (case-insensitive, as media types are).
     * Parameters are refused: the type is signed into upload URLs and must be sent back verbatim.
     */
    public static Optional<PhotoType> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String wanted = contentType.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.contentType.equals(wanted)).findFirst();
    }

    public static PhotoType requireContentType(String contentType) {
        return ofContentType(contentType).orElseThrow(() -> new UnsupportedPhotoTypeException(contentType));
    }

    /** The type a key's extension names; empty for a key without one of the known extensions. */
    public static Optional<PhotoType> ofKey(String key) {
        int dot = key.lastIndexOf('.');
        if (dot < 0 || key.indexOf('/', dot) >= 0) {
            return Optional.empty();
        }
        String extension = key.substring(dot + 1);
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
    }
}

package com.collectiq.upload;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The photo store port: where card photos live. {@code local} mode keeps them in a directory under
 * the data dir and serves signed URLs itself; {@code aws} mode keeps them in S3 with presigned URLs.
 * Keys are validated by {@link PhotoKeys} before they reach an implementation.
 */
public interface PhotoStore {

    /** A signed upload: PUT the bytes to {@code url} with exactly {@code headers}, before {@code expiresAt}. */
    record SignedUpload(URI url, String method, Map<String, String> headers, Instant expiresAt) {
    }

    /** What the store knows of a stored photo without reading it. */
    record PhotoHead(String key, long sizeBytes, String contentType, String etag) {
    }

    /** A URL that accepts one PUT of {@code contentLength} bytes of {@code contentType} at {@code key}. */
    SignedUpload signUpload(String key, String contentType, long contentLength, Duration validFor);

    /** A short-lived URL that serves the photo with a GET. */
    URI signRead(String key, Duration validFor);

    /**
     * {@link #signUpload(String, String, long, Duration)} for a client that reached this service at
     * {@code origin}: a store this service serves itself signs its URL for that origin (a browser
     * only PUTs to its page's own); S3's URLs name S3 whatever the client's origin.
     */
    default SignedUpload signUpload(String key, String contentType, long contentLength, Duration validFor, URI origin) {
        return signUpload(key, contentType, contentLength, validFor);
    }

    /** {@link #signRead(String, Duration)} for a client that reached this service at {@code origin}, as above. */
    default URI signRead(String key, Duration validFor, URI origin) {
        return signRead(key, validFor);
    }

    /**
     * The origin ({@code scheme://host[:port]}) of the URLs this store signs when it is not this
     * service's own: the web page's Content-Security-Policy lets the page read and write photos there.
     */
    default Optional<URI> externalOrigin() {
        return Optional.empty();
    }

    Optional<PhotoHead> head(String key);

    /** The photo's bytes; {@link PhotoTooLargeException} past {@code maxBytes}, empty when absent. */
    Optional<byte[]> read(String key, long maxBytes);

    /** Stores bytes the service itself produced (derived images, reference images). */
    void put(String key, byte[] bytes, String contentType);

    /** Deletes one photo; deleting a missing photo is not an error. */
    void delete(String key);

    /** Deletes every photo under the prefix (e.g. all of one owner's); returns how many went. */
    int deletePrefix(String prefix);
}

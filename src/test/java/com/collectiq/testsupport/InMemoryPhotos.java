package com.collectiq.testsupport;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.collectiq.upload.PhotoStore;

/** Photos kept in memory, for probes that run the reading stages without a store: what the extractor may read back. */
public final class InMemoryPhotos implements PhotoStore {
    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();

    @Override
    public SignedUpload signUpload(String key, String contentType, long contentLength, Duration validFor) {
        throw new UnsupportedOperationException("not needed for reading");
    }

    @Override
    public URI signRead(String key, Duration validFor) {
        throw new UnsupportedOperationException("not needed for reading");
    }

    @Override
    public Optional<PhotoHead> head(String key) {
        return Optional.empty();
    }

    @Override
    public Optional<byte[]> read(String key, long maxBytes) {
        return Optional.ofNullable(stored.get(key));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        stored.put(key, bytes);
    }

    @Override
    public void delete(String key) {
        stored.remove(key);
    }

    @Override
    public int deletePrefix(String prefix) {
        return 0;
    }
}

package com.collectiq.upload.local;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoType;
import com.collectiq.upload.UploadHousekeeping;

/**
 * {@code local} mode's photo store: files under {@code <data-dir>/photos/}, uploaded and read
 * through URLs this service signs and serves itself ({@link LocalPhotoController}).
 */
@Component
@Profile("!aws")
class LocalPhotoStore implements PhotoStore, UploadHousekeeping {

    private final PhotoDirectory directory;
    private final LocalUrlSigner signer;

    LocalPhotoStore(PhotoDirectory directory, LocalUrlSigner signer) {
        this.directory = directory;
        this.signer = signer;
    }

    @Override
    public SignedUpload signUpload(String key, String contentType, long contentLength, Duration validFor) {
        return signUpload(key, contentType, contentLength, validFor, null);
    }

    @Override
    public SignedUpload signUpload(String key, String contentType, long contentLength, Duration validFor, URI origin) {
        PhotoType type = PhotoKeys.requireTypeOf(key, contentType);
        if (contentLength < 0) {
            throw new IllegalArgumentException("negative content length");
        }
        Instant expiresAt = signer.expiryAfter(validFor);
        return new SignedUpload(signer.uploadUrl(origin, key, type, contentLength, expiresAt), "PUT",
                Map.of(HttpHeaders.CONTENT_TYPE, type.contentType(), HttpHeaders.CONTENT_LENGTH, Long.toString(contentLength)),
                expiresAt);
    }

    @Override
    public URI signRead(String key, Duration validFor) {
        return signRead(key, validFor, null);
    }

    @Override
    public URI signRead(String key, Duration validFor, URI origin) {
        return signer.readUrl(origin, PhotoKeys.requireValid(key), signer.expiryAfter(validFor));
    }

    @Override
    public Optional<PhotoHead> head(String key) {
        return directory.head(key);
    }

    @Override
    public Optional<byte[]> read(String key, long maxBytes) {
        return directory.read(key, maxBytes);
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        PhotoKeys.requireTypeOf(key, contentType);
        directory.write(key, new ByteArrayInputStream(bytes), bytes.length);
    }

    @Override
    public void delete(String key) {
        directory.delete(key);
    }

    @Override
    public int deletePrefix(String prefix) {
        return directory.deletePrefix(prefix);
    }

    @Override
    public List<String> frontsWrittenBefore(Instant cutoff) {
        return directory.frontsWrittenBefore(cutoff);
    }

    @Override
    public int deleteInterruptedOlderThan(Instant cutoff) {
        return directory.deleteInterruptedOlderThan(cutoff);
    }
}

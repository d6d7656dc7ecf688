package com.collectiq.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.collectiq.upload.PhotoStore.PhotoHead;
import com.collectiq.upload.PhotoStore.SignedUpload;

/**
 * What every {@link PhotoStore} does, checked over the wire: signed URLs are used with a plain HTTP
 * client, exactly as a phone or browser would use them. Each test works under its own owner, so the
 * tests share one store without seeing each other's photos.
 */
public abstract class PhotoStoreContract {

    /** Headers a client cannot set itself: the HTTP client derives them from the URL and the body. */
    private static final Set<String> SET_BY_THE_CLIENT = Set.of("host", "content-length");

    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected final String owner = "owner-" + UUID.randomUUID();

    protected abstract PhotoStore store();

    /** The name of the query parameter that carries a signed URL's signature. */
    protected abstract String signatureParameter();

    @Test
    void aPresignedPutStoresTheBytesAndASignedGetServesThem() throws Exception {
        byte[] photo = randomBytes(70_000);
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store().signUpload(key, "image/png", photo.length, Duration.ofMinutes(5));

        assertThat(upload.method()).isEqualTo("PUT");
        assertThat(upload.expiresAt()).isBetween(Instant.now().plusSeconds(290), Instant.now().plusSeconds(301));
        assertThat(upload.headers()).containsEntry("Content-Type", "image/png");
        HttpResponse<String> put = send(upload, photo);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(put.headers().firstValue("ETag")).hasValue("\"" + md5(photo) + "\"");

        HttpResponse<byte[]> get = http.send(HttpRequest.newBuilder(store().signRead(key, Duration.ofMinutes(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(photo);
        assertThat(get.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void headGivesSizeTypeAndTheMd5Etag() throws Exception {
        byte[] photo = randomBytes(1234);
        String key = PhotoKeys.newBack(owner, "image/jpeg");
        assertThat(send(store().signUpload(key, "image/jpeg", photo.length, Duration.ofMinutes(5)), photo).statusCode())
                .isEqualTo(200);

        assertThat(store().head(key)).contains(new PhotoHead(key, 1234, "image/jpeg", md5(photo)));
        assertThat(store().head(PhotoKeys.newFront(owner, "image/jpeg"))).isEmpty();
    }

    @Test
    void aTamperedSignatureIsRefused() throws Exception {
        byte[] photo = randomBytes(100);
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store().signUpload(key, "image/png", photo.length, Duration.ofMinutes(5));

        HttpResponse<String> put = send(withUrl(upload, tamperSignature(upload.url())), photo);

        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(store().head(key)).isEmpty();
    }

    @Test
    void aUrlSignedForOneKeyDoesNotWriteAnother() throws Exception {
        byte[] photo = randomBytes(100);
        String signedKey = PhotoKeys.newFront(owner, "image/png");
        String otherKey = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store().signUpload(signedKey, "image/png", photo.length, Duration.ofMinutes(5));

        URI elsewhere = URI.create(upload.url().toString().replace(signedKey, otherKey));
        assertThat(send(withUrl(upload, elsewhere), photo).statusCode()).isEqualTo(403);

        assertThat(store().head(otherKey)).isEmpty();
        assertThat(store().head(signedKey)).isEmpty();
    }

    @Test
    void anExpiredUrlIsRefused() throws Exception {
        byte[] photo = randomBytes(100);
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store().signUpload(key, "image/png", photo.length, Duration.ofSeconds(1));

        // expiries count in whole seconds: wait until the next second after expiry has begun
        sleepUntil(upload.expiresAt().plusMillis(1100));

        HttpResponse<String> put = send(upload, photo);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
        assertThat(store().head(key)).isEmpty();
    }

    @Test
    void aContentTypeOtherThanTheSignedOneIsRefused() throws Exception {
        byte[] photo = randomBytes(100);
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store().signUpload(key, "image/png", photo.length, Duration.ofMinutes(5));

        HttpResponse<String> put = http.send(request(upload, photo, "image/jpeg"), HttpResponse.BodyHandlers.ofString());

        assertThat(put.statusCode()).isBetween(400, 499);
        assertThat(store().head(key)).isEmpty();
    }

    @Test
    void aLengthOtherThanTheSignedOneIsRefused() throws Exception {
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store().signUpload(key, "image/png", 100, Duration.ofMinutes(5));

        assertThat(send(upload, randomBytes(101)).statusCode()).isBetween(400, 499);
        assertThat(send(upload, randomBytes(99)).statusCode()).isBetween(400, 499);
        assertThat(store().head(key)).isEmpty();
    }

    @Test
    void aTamperedReadUrlIsRefused() throws Exception {
        String key = PhotoKeys.derivedFolderOf(PhotoKeys.newFront(owner, "image/png")) + "copy.png";
        store().put(key, randomBytes(10), "image/png");

        URI tampered = tamperSignature(store().signRead(key, Duration.ofMinutes(1)));
        HttpResponse<byte[]> get = http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(get.statusCode()).isEqualTo(403);
    }

    @Test
    void aSignedReadOfAMissingPhotoIsNotFound() throws Exception {
        URI url = store().signRead(PhotoKeys.newFront(owner, "image/png"), Duration.ofMinutes(1));

        assertThat(http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void readRefusesMoreThanTheLimitAndFindsNothingWhereNothingIs() {
        byte[] photo = randomBytes(5000);
        String key = PhotoKeys.newReference("base1-4", "image/png");
        store().put(key, photo, "image/png");

        assertThat(store().read(key, 5000)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(photo));
        assertThatThrownBy(() -> store().read(key, 4999)).isInstanceOf(PhotoTooLargeException.class);
        assertThat(store().read(PhotoKeys.newFront(owner, "image/png"), 10)).isEmpty();
        store().delete(key);
    }

    @Test
    void putReplacesAndRefusesATypeItsKeyDoesNotName() {
        String key = PhotoKeys.derivedFolderOf(PhotoKeys.newFront(owner, "image/jpeg")) + "copy.jpg";
        store().put(key, randomBytes(10), "image/jpeg");
        byte[] replacement = randomBytes(20);
        store().put(key, replacement, "image/jpeg");

        assertThat(store().read(key, 100)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(replacement));
        assertThatThrownBy(() -> store().put(key, replacement, "image/png")).isInstanceOf(UnsupportedPhotoTypeException.class);
        assertThatThrownBy(() -> store().signUpload(key, "image/png", 1, Duration.ofMinutes(1)))
                .isInstanceOf(UnsupportedPhotoTypeException.class);
    }

    @Test
    void deleteRemovesOnePhotoAndForgivesAMissingOne() {
        String kept = PhotoKeys.newFront(owner, "image/png");
        String deleted = PhotoKeys.newFront(owner, "image/png");
        store().put(kept, randomBytes(10), "image/png");
        store().put(deleted, randomBytes(10), "image/png");

        store().delete(deleted);
        store().delete(deleted);

        assertThat(store().head(deleted)).isEmpty();
        assertThat(store().head(kept)).isPresent();
    }

    @Test
    void deletePrefixRemovesExactlyOneOwnersPhotos() {
        String neighbour = owner + "x";
        for (int i = 0; i < 3; i++) {
            store().put(PhotoKeys.newFront(owner, "image/png"), randomBytes(10), "image/png");
        }
        String back = PhotoKeys.newBack(owner, "image/jpeg");
        store().put(back, randomBytes(10), "image/jpeg");
        String neighbours = PhotoKeys.newFront(neighbour, "image/png");
        store().put(neighbours, randomBytes(10), "image/png");

        assertThat(store().deletePrefix("uploads/" + owner + "/")).isEqualTo(3);

        assertThat(store().head(back)).isPresent();
        assertThat(store().head(neighbours)).isPresent();
        assertThat(store().deletePrefix("uploads/" + owner + "/")).isZero();
        assertThatThrownBy(() -> store().deletePrefix("uploads/" + owner)).isInstanceOf(InvalidPhotoKeyException.class);
        assertThatThrownBy(() -> store().deletePrefix("uploads/")).isInstanceOf(InvalidPhotoKeyException.class);
    }

    @Test
    void malformedKeysNeverReachTheStore() {
        for (String key : new String[] {"uploads/../x.png", "/etc/passwd", "uploads/a/%2e%2e/x.png"}) {
            assertThatThrownBy(() -> store().head(key)).isInstanceOf(InvalidPhotoKeyException.class);
            assertThatThrownBy(() -> store().put(key, new byte[1], "image/png")).isInstanceOf(InvalidPhotoKeyException.class);
            assertThatThrownBy(() -> store().signRead(key, Duration.ofMinutes(1))).isInstanceOf(InvalidPhotoKeyException.class);
        }
    }

    // helpers for the implementations' own tests

    protected HttpResponse<String> send(SignedUpload upload, byte[] body) throws IOException, InterruptedException {
        return http.send(request(upload, body, upload.headers().get("Content-Type")), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpRequest request(SignedUpload upload, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(upload.url())
                .method(upload.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        upload.headers().forEach((name, value) -> {
            if (!SET_BY_THE_CLIENT.contains(name.toLowerCase())) {
                request.header(name, name.equalsIgnoreCase("Content-Type") ? contentType : value);
            }
        });
        return request.build();
    }

    protected static SignedUpload withUrl(SignedUpload upload, URI url) {
        return new SignedUpload(url, upload.method(), upload.headers(), upload.expiresAt());
    }

    /** The same URL with one character of its signature changed. */
    protected URI tamperSignature(URI url) {
        String text = url.toString();
        int start = text.indexOf(signatureParameter() + "=") + signatureParameter().length() + 1;
        assertThat(start).isGreaterThan(signatureParameter().length());
        char original = text.charAt(start);
        return URI.create(text.substring(0, start) + (original == 'a' ? 'b' : 'a') + text.substring(start + 1));
    }

    protected static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    protected static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}

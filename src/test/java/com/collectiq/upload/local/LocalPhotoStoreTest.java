package com.collectiq.upload.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.collectiq.upload.InvalidPhotoKeyException;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoStore.SignedUpload;
import com.collectiq.upload.PhotoStoreContract;
import com.collectiq.upload.PhotoType;
import com.collectiq.upload.PhotoUploaded;
import com.collectiq.upload.UploadHousekeeping;
import com.collectiq.upload.UploadProperties;

/**
 * The photo store contract against {@code local} mode's directory, through the app's own signed-URL
 * endpoint, plus what only a store on a file system has to get right: paths that try to leave the
 * photo directory, partial writes, and the object-created event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LocalPhotoStoreTest.UploadEvents.class)
class LocalPhotoStoreTest extends PhotoStoreContract {

    @TempDir
    static Path dataDir;

    @TempDir
    static Path outside;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("collectiq.data-dir", dataDir::toString);
    }

    /** Every {@link PhotoUploaded} the application publishes, whichever thread published it. */
    @TestConfiguration
    static class UploadEvents {
        final List<PhotoUploaded> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PhotoUploaded event) {
            received.add(event);
        }
    }

    @Autowired
    PhotoStore store;

    @Autowired
    LocalUrlSigner signer;

    @Autowired
    UploadEvents events;

    @Autowired
    UploadProperties uploadProperties;

    @LocalServerPort
    int port;

    private Path photos;

    @BeforeEach
    void photos() {
        photos = dataDir.resolve("photos");
    }

    @Override
    protected PhotoStore store() {
        return store;
    }

    @Override
    protected String signatureParameter() {
        return "signature";
    }

    @Test
    void uploadUrlsAreValidForFiveMinutesAndAbandonedUploadsGoAfterADayByDefault() {
        assertThat(uploadProperties.urlTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(uploadProperties.abandonedAfter()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void eachRefusalHasItsOwnStatusAsAProblemDocument() throws Exception {
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store.signUpload(key, "image/png", 10, Duration.ofMinutes(5));

        assertProblem(send(withUrl(upload, tamperSignature(upload.url())), randomBytes(10)), 403);
        assertProblem(http.send(request(upload, randomBytes(10), "image/jpeg"), HttpResponse.BodyHandlers.ofString()), 415);
        assertProblem(http.send(request(upload, randomBytes(10), "image/png; charset=x"), HttpResponse.BodyHandlers.ofString()), 415);
        assertProblem(send(upload, randomBytes(11)), 400);
        assertProblem(send(upload, randomBytes(9)), 400);
        assertProblem(send(withUrl(upload, URI.create(upload.url().toString().replace("length=10", "length=11"))),
                randomBytes(11)), 403);
        assertThat(store.head(key)).isEmpty();
    }

    @Test
    void aChunkedBodyIsRefusedUnreadForWantOfALength() throws Exception {
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store.signUpload(key, "image/png", 10, Duration.ofMinutes(5));
        HttpRequest chunked = HttpRequest.newBuilder(upload.url()).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> InputStream.nullInputStream())).build();

        assertProblem(http.send(chunked, HttpResponse.BodyHandlers.ofString()), 411);
        assertThat(store.head(key)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "uploads/alice/../../../NAME",
        "uploads/alice/%2e%2e/%2e%2e/%2e%2e/NAME",
        "uploads/alice/..%2f..%2f..%2fNAME",
        "uploads/alice/..%5c..%5c..%5cNAME",
        "uploads/alice/%EF%BC%8F..%EF%BC%8F..%EF%BC%8FNAME",
        "uploads/alice/NAME%00.png",
        "/tmp/NAME",
        "uploads//NAME",
        "uploads/alice/NAME;x=1"})
    void keysThatTryToLeaveThePhotoDirectoryAreRefusedEvenWhenSigned(String attempt) throws Exception {
        String name = "escaped-" + UUID.randomUUID() + ".png";
        String rawKey = attempt.replace("NAME", name);
        byte[] photo = randomBytes(10);
        // signed with the service's own key, as if the signer had been fooled: the endpoint must still refuse
        URI url = signer.uploadUrl(null, rawKey, PhotoType.PNG, photo.length, Instant.now().plusSeconds(60));
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(url).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(photo)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
        try (Stream<Path> written = Files.walk(dataDir)) {
            assertThat(written.filter(path -> path.getFileName().toString().startsWith(name))).isEmpty();
        }
        assertThat(dataDir.resolveSibling(name)).doesNotExist();
        assertThat(Path.of("/tmp", name)).doesNotExist();
        assertThat(events.received).noneMatch(event -> event.key().contains(name));
    }

    @Test
    void aSymbolicLinkInThePhotoDirectoryIsNeverFollowed() throws Exception {
        Files.createDirectories(photos.resolve("uploads"));
        Files.createSymbolicLink(photos.resolve("uploads/mallory"), outside);
        Path secret = Files.writeString(outside.resolve("secret.png"), "not a photo");
        Files.createDirectories(photos.resolve("uploads/eve"));
        Files.createSymbolicLink(photos.resolve("uploads/eve/secret.png"), secret);

        byte[] photo = randomBytes(10);
        SignedUpload upload = store.signUpload("uploads/mallory/x.png", "image/png", photo.length, Duration.ofMinutes(5));
        assertProblem(send(upload, photo), 400);
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(
                store.signRead("uploads/eve/secret.png", Duration.ofMinutes(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(read, 400);

        assertThatThrownBy(() -> store.put("uploads/mallory/y.png", photo, "image/png")).isInstanceOf(InvalidPhotoKeyException.class);
        assertThatThrownBy(() -> store.put("uploads/mallory/deeper/y.png", photo, "image/png"))
                .isInstanceOf(InvalidPhotoKeyException.class);
        assertThatThrownBy(() -> store.read("uploads/eve/secret.png", 100)).isInstanceOf(InvalidPhotoKeyException.class);
        try (Stream<Path> leaked = Files.list(outside)) {
            assertThat(leaked).containsExactly(secret);
        }

        assertThat(store.deletePrefix("uploads/eve/")).isZero();
        assertThat(secret).hasContent("not a photo");
    }

    @Test
    void anUploadIsInvisibleUntilItIsCompleteAndAnInterruptedOneLeavesNothing() throws Exception {
        byte[] photo = randomBytes(200_000);
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store.signUpload(key, "image/png", photo.length, Duration.ofMinutes(5));

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = startRawPut(socket, upload.url(), photo.length);
            out.write(photo, 0, 100_000);
            out.flush();
            awaitPartialUpload();
            assertThat(store.head(key)).isEmpty();
            assertThat(photos.resolve(key)).doesNotExist();

            out.write(photo, 100_000, 100_000);
            out.flush();
            assertThat(statusLine(socket)).contains(" 200 ");
        }
        assertThat(store.read(key, photo.length)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(photo));

        String broken = PhotoKeys.newFront(owner, "image/png");
        SignedUpload brokenUpload = store.signUpload(broken, "image/png", photo.length, Duration.ofMinutes(5));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = startRawPut(socket, brokenUpload.url(), photo.length);
            out.write(photo, 0, 100_000);
            out.flush();
            awaitPartialUpload();
        }
        awaitNoPartialUpload();
        assertThat(store.head(broken)).isEmpty();
        assertThat(events.received).noneMatch(event -> event.key().equals(broken));
    }

    @Test
    void eachCompletedUploadIsAnnouncedOnce() throws Exception {
        byte[] photo = randomBytes(321);
        String key = PhotoKeys.newFront(owner, "image/png");
        SignedUpload upload = store.signUpload(key, "image/png", photo.length, Duration.ofMinutes(5));

        assertThat(send(upload, photo).statusCode()).isEqualTo(200);
        assertThat(send(upload, randomBytes(3)).statusCode()).isEqualTo(400);
        store.put(PhotoKeys.derivedFolderOf(PhotoKeys.newFront(owner, "image/png")) + "copy.png", photo, "image/png");

        assertThat(events.received.stream().filter(event -> event.key().contains(owner)))
                .containsExactly(new PhotoUploaded(key, 321, "image/png", md5(photo)));
    }

    @Test
    void oldFrontsAreListedForReconcilingAndOnlyInterruptedUploadsAreRemoved() throws Exception {
        String oldFront = PhotoKeys.newFront(owner, "image/png");
        String oldBack = PhotoKeys.newBack(owner, "image/png");
        String recent = PhotoKeys.newFront(owner, "image/png");
        String derived = PhotoKeys.derivedFolderOf(PhotoKeys.newFront(owner, "image/png")) + "copy.png";
        Instant now = Instant.now();
        for (String key : List.of(oldFront, oldBack, recent, derived)) {
            store.put(key, randomBytes(10), "image/png");
            if (!key.equals(recent)) {
                Files.setLastModifiedTime(photos.resolve(key), FileTime.from(now.minus(Duration.ofHours(25))));
            }
        }
        Path leftover = Files.writeString(photos.resolve(".tmp/upload-crashed.part"), "half");
        Files.setLastModifiedTime(leftover, FileTime.from(now.minus(Duration.ofHours(25))));
        Path youngLeftover = Files.writeString(photos.resolve(".tmp/upload-running.part"), "half");
        UploadHousekeeping housekeeping = (UploadHousekeeping) store;
        Instant dayAgo = now.minus(Duration.ofHours(24));

        assertThat(housekeeping.frontsWrittenBefore(dayAgo)).filteredOn(key -> key.contains(owner))
                .containsExactly(oldFront);
        assertThat(housekeeping.frontsWrittenBefore(now.plusSeconds(1))).filteredOn(key -> key.contains(owner))
                .containsExactlyInAnyOrder(oldFront, recent);

        assertThat(housekeeping.deleteInterruptedOlderThan(dayAgo)).isEqualTo(1);
        assertThat(leftover).doesNotExist();
        assertThat(youngLeftover).exists();
        for (String key : List.of(oldFront, oldBack, recent, derived)) {
            assertThat(store.head(key)).as(key).isPresent();
        }
    }

    @Test
    void signedUrlsAreServedByThisApplication() {
        URI url = store.signRead(PhotoKeys.newFront(owner, "image/png"), Duration.ofMinutes(1));

        assertThat(url.toString()).startsWith("http://localhost:" + port + "/local/photos/uploads/" + owner + "/");
        assertThatThrownBy(() -> store.signRead(PhotoKeys.newFront(owner, "image/png"), Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private static OutputStream startRawPut(Socket socket, URI url, int length) throws Exception {
        OutputStream out = socket.getOutputStream();
        String head = "PUT " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: image/png\r\nContent-Length: " + length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        return out;
    }

    private static String statusLine(Socket socket) throws Exception {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    private void awaitPartialUpload() throws Exception {
        awaitPartials(true);
    }

    private void awaitNoPartialUpload() throws Exception {
        awaitPartials(false);
    }

    private void awaitPartials(boolean present) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> partials = Files.list(photos.resolve(".tmp"))) {
                if (partials.anyMatch(path -> path.toString().endsWith(".part")) == present) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("a partial upload is " + (present ? "still missing" : "still there") + " after 10 s");
    }
}

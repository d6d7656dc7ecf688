package com.collectiq.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestDataDir;
import com.collectiq.testsupport.Uploads;
import com.collectiq.upload.PhotoKeys;

/**
 * A front that reached the photo directory but was never taken in (the service died between
 * storing it and making its card) becomes a card and is valued once; a front that has its card is
 * left alone, and nothing the reconciler has not made a card of is removed.
 */
@LocalMode
class UploadReconcilerTest extends ServiceTest {

    private static final byte[] PHOTO = CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render().jpeg(0.9f);

    @Autowired
    private UploadReconciler reconciler;

    @Autowired
    private CardStore cards;

    @Test
    void aFrontWithoutACardBecomesOneAndIsValuedOnce() throws Exception {
        String sub = "reconcile-" + UUID.randomUUID();
        ApiClient user = api(sub);
        String orphan = PhotoKeys.newFront(sub, "image/jpeg");
        String orphanBack = PhotoKeys.newBack(sub, "image/jpeg");
        writeAsIfStoredBeforeADeath(orphan);
        writeAsIfStoredBeforeADeath(orphanBack);
        String uploaded = Uploads.upload(user, PHOTO);
        String uploadedCard = cards.findByKey(uploaded).orElseThrow().id();

        // (the timer's own pass may have taken it in first: either way one card)
        reconciler.reconcile();
        assertThat(reconciler.reconcile()).as("a second pass finds nothing left").isZero();

        String id = cards.findByKey(orphan).orElseThrow(() -> new AssertionError("no card made")).id();
        assertThat(cards.findByKey(uploaded).orElseThrow().id()).isEqualTo(uploadedCard);
        assertThat(cards.findByKey(orphanBack)).isEmpty();
        assertThat(Files.exists(photoFile(orphanBack))).as("a back is never removed").isTrue();
        assertThat(Uploads.awaitFinished(user, id, Duration.ofSeconds(60)).path("status").asText()).isEqualTo("VALUED");
        assertThat(user.get("/cards/" + id + "/history").json().get("entries").size()).isEqualTo(1);
        assertThat(user.get("/cards?limit=100").json().get("items").size()).isEqualTo(2);
    }

    private static void writeAsIfStoredBeforeADeath(String key) throws Exception {
        Path file = photoFile(key);
        Files.createDirectories(file.getParent());
        Files.write(file, PHOTO);
        // older than any upload still taking itself in
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
    }

    private static Path photoFile(String key) {
        return Path.of(TestDataDir.path(), "photos").resolve(key);
    }
}

package com.collectiq.multicard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.spreads.PlacedCard;
import com.collectiq.testsupport.spreads.SpreadPhoto;
import com.collectiq.testsupport.spreads.Spreads;
import com.collectiq.upload.PhotoStore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A binder page through the whole service, the same in every mode: a rendered nine-pocket page
 * (the reading issue's faces and photographing conditions) is uploaded, its event and a
 * {@code POST /cards} meet on it, and it ends as nine VALUED cards, each from its own crop; the
 * event delivered again makes no tenth card, and the photo goes with its last card.
 */
public abstract class PageOfCardsContract extends ServiceTest {

    /**
     * A fixed page: the same nine cards and the same photo on every run, one the finder finds whole.
     * This test holds the flow (cards, runs, events, deletion); how often the finder finds every card
     * is measured over many pages by CardLayoutFinderTest and SpreadReadingBench (docs/PERFORMANCE.md).
     */
    private static final long PAGE_SEED = 32;
    private static final int POCKETS = 9;

    @Autowired
    PhotoStore photos;

    /** Delivers the photo's "Object Created" as the mode's event source does (again, if it did already). */
    protected abstract void deliverObjectCreated(String key, String etag);

    /** What the mode's text reading is held to on the page's cards (aws mode's stand-in reads one name for all). */
    protected abstract void checkIdentities(List<JsonNode> cards, List<PlacedCard> truth);

    @Test
    void aNinePocketPageBecomesNineValuedCardsOnce() throws Exception {
        ApiClient user = api("page-" + UUID.randomUUID().toString().substring(0, 8));
        SpreadPhoto page = Spreads.binderPage(PAGE_SEED, 3, 3);
        String key = Uploads.upload(user, page.jpeg());
        String etag = photos.head(key).orElseThrow().etag();
        deliverObjectCreated(key, etag);

        Response created = user.post("/cards", "{\"key\":\"" + key + "\"}");
        assertThat(created.status()).as(created.raw().body()).isIn(200, 201);
        assertThat(created.json().get("photo").asText()).isEqualTo(key);
        assertThat(created.header("Location")).isEqualTo("/cards?photo=" + encoded(key));
        List<String> ids = new ArrayList<>();
        created.json().get("items").forEach(card -> ids.add(card.get("id").asText()));
        assertThat(ids).as("one card per pocket").hasSize(POCKETS).doesNotHaveDuplicates();
        assertThat(created.json().get("items")).extracting(card -> card.get("slot").asInt())
                .containsExactlyElementsOf(IntStream.range(0, POCKETS).boxed().toList());

        List<JsonNode> settled = new ArrayList<>();
        for (String id : ids) {
            settled.add(Uploads.awaitFinished(user, id, Duration.ofSeconds(180)));
        }
        assertThat(settled).allSatisfy(card -> assertThat(card.get("status").asText()).as(card.toString())
                .isEqualTo("VALUED"));
        checkIdentities(settled, page.counted());

        deliverObjectCreated(key, etag);
        Thread.sleep(1_000);
        assertThat(idsOf(user.get("/cards?limit=100"))).as("a redelivered event makes no tenth card")
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(listedByPhoto(user, key, 4)).containsExactlyElementsOf(ids);
        assertThat(user.post("/cards", "{\"key\":\"" + key + "\"}").json().get("items")).hasSize(POCKETS);
        assertThat(ids).allSatisfy(id -> assertThat(user.get("/cards/" + id + "/history").json().get("entries"))
                .as("one run each").hasSize(1));

        Response image = user.get("/cards/" + ids.get(POCKETS / 2) + "/image");
        assertThat(image.status()).isEqualTo(302);
        Response crop = ApiClient.fetch(URI.create(image.header("Location")));
        assertThat(crop.status()).isEqualTo(200);
        assertThat(crop.contentType()).isEqualTo("image/jpeg");
        assertThat(crop.raw().body().length()).as("the card's own crop, not the page").isLessThan(page.jpeg().length / 3);

        assertThat(user.delete("/cards/" + ids.get(0)).status()).isEqualTo(204);
        assertThat(listedByPhoto(user, key, 100)).containsExactlyElementsOf(ids.subList(1, POCKETS));
        Response afterDelete = user.post("/cards", "{\"key\":\"" + key + "\"}");
        assertThat(afterDelete.status()).as("the first card is not made again").isEqualTo(200);
        assertThat(idsOf(afterDelete)).containsExactlyElementsOf(ids.subList(1, POCKETS));
        assertThat(photos.head(key)).as("the page stays while any of its cards does").isPresent();

        ids.subList(1, POCKETS).forEach(id -> assertThat(user.delete("/cards/" + id).status()).isEqualTo(204));
        assertThat(listedByPhoto(user, key, 100)).isEmpty();
        assertThat(photos.head(key)).as("the page goes with its last card").isEmpty();
        assertThat(user.post("/cards", "{\"key\":\"" + key + "\"}").status()).isEqualTo(404);
    }

    @Test
    void aPhotosCardsAreTheOwnersOnlyAndTheListRefusesWhatItCannotAnswer() {
        ApiClient alice = api("alice-" + UUID.randomUUID().toString().substring(0, 8));
        ApiClient mallory = api("mallory-" + UUID.randomUUID().toString().substring(0, 8));
        String key = Uploads.upload(alice, Spreads.binderPage(PAGE_SEED + 1, 2, 2).jpeg());
        assertThat(alice.post("/cards", "{\"key\":\"" + key + "\"}").json().get("items")).hasSize(4);

        assertThat(mallory.get("/cards?photo=" + encoded(key)).json().get("items")).isEmpty();
        assertThat(mallory.post("/cards", "{\"key\":\"" + key + "\"}").status()).isEqualTo(404);
        assertThat(alice.get("/cards?photo=" + encoded(key) + "&status=VALUED").status()).isEqualTo(400);
        Response notAKey = alice.get("/cards?photo=" + encoded("../etc/passwd"));
        assertThat(notAKey.status()).isEqualTo(400);
        assertThat(notAKey.contentType()).isEqualTo("application/problem+json");
        String cursor = alice.get("/cards?limit=1").json().get("nextCursor").asText();
        assertThat(alice.get("/cards?photo=" + encoded(key) + "&cursor=" + cursor).status())
                .as("a cursor of another list").isEqualTo(400);
    }

    private static List<String> listedByPhoto(ApiClient user, String key, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Response page = user.get("/cards?photo=" + encoded(key) + "&limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
            ids.addAll(idsOf(page));
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return ids;
    }

    private static List<String> idsOf(Response response) {
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(card -> ids.add(card.get("id").asText()));
        return ids;
    }

    private static String encoded(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}

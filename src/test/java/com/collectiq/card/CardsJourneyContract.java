package com.collectiq.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;

/** A user's whole journey through the API, the same in every mode. */
public abstract class CardsJourneyContract extends ServiceTest {

    /** Presigns, uploads with a plain HTTP client, and returns the key. */
    protected String upload(ApiClient user, byte[] photo, String side) {
        Response presign = user.post("/upload/presign", "{\"filename\":\"../../etc/passwd.png\",\"contentType\":\"image/png\","
                + "\"sizeBytes\":" + photo.length + ",\"side\":\"" + side + "\"}");
        assertThat(presign.status()).as(presign.raw().body()).isEqualTo(200);
        Map<String, String> headers = new HashMap<>();
        presign.json().get("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        Response put = ApiClient.put(URI.create(presign.json().get("uploadUrl").asText()), photo, headers);
        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        return presign.json().get("key").asText();
    }

    /** Waits until no run is queued or running: the card is VALUED or FAILED. */
    private static JsonNode awaitSettled(ApiClient user, String id) {
        long deadline = System.currentTimeMillis() + 90_000;
        JsonNode card = null;
        while (System.currentTimeMillis() < deadline) {
            card = user.get("/cards/" + id).json();
            if (!card.has("run") && Set.of("VALUED", "FAILED").contains(card.get("status").asText())) {
                return card;
            }
            sleep();
        }
        throw new AssertionError("card never settled: " + card);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void journeyFromUploadToDeletion() {
        String sub = "alice-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient alice = api(sub);
        byte[] photo = TestPhotos.png(1);

        String key = upload(alice, photo, "front");
        assertThat(key).startsWith("uploads/" + sub + "/").endsWith(".png").doesNotContain("passwd");
        String backKey = upload(alice, TestPhotos.png(2), "back");
        assertThat(backKey).startsWith("backs/" + sub + "/");

        // the upload's own "object created" event may have made the card first: then 200, same card
        Response created = alice.post("/cards", "{\"key\":\"" + key + "\",\"backKey\":\"" + backKey
                + "\",\"name\":\"Charizard\"}");
        assertThat(created.status()).as(created.raw().body()).isIn(200, 201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/cards/" + id);
        assertThat(created.json().get("status").asText()).isIn("PENDING", "PROCESSING", "VALUED", "FAILED");
        assertThat(created.json().get("key").asText()).isEqualTo(key);
        assertThat(created.json().has("failure")).isTrue();

        Response again = alice.post("/cards", "{\"key\":\"" + key + "\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(id);

        // the pipeline is running: ETags are compared once the card has settled
        JsonNode settled = awaitSettled(alice, id);
        assertThat(settled.get("hints").get("name").asText()).isEqualTo("Charizard");
        Response fetched = alice.get("/cards/" + id);
        String etag = fetched.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(alice.get("/cards/" + id, "If-None-Match", etag).status()).isEqualTo(304);

        Response list = alice.get("/cards");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).extracting(card -> card.get("id").asText()).containsExactly(id);

        // a correction conditional on a version the card has left is refused, and changes nothing
        String stale = "\"" + id + "-0\"";
        Response refused = alice.patch("/cards/" + id, "{\"set\":\"Jungle\"}", "If-Match", stale);
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(412);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(alice.get("/cards/" + id, "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(alice.patch("/cards/" + id, "{\"set\":\"Jungle\"}", "If-Match", "W/" + etag).status())
                .as("a weak tag never matches If-Match").isEqualTo(412);
        assertThat(alice.patch("/cards/" + id, "{\"set\":\"Jungle\"}", "If-Match", "junk").status()).isEqualTo(400);

        Response corrected = alice.patch("/cards/" + id, "{\"set\":\"Base\",\"number\":\"4\"}", "If-Match",
                stale + ", " + etag);
        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        assertThat(corrected.json().get("hints").get("set").asText()).isEqualTo("Base");
        JsonNode revaluation = corrected.json().get("revaluation");
        assertThat(revaluation.get("runId").asText()).isNotBlank();
        assertThat(alice.get("/cards/" + id, "If-None-Match", etag).status()).isEqualTo(200);

        Response revalue = alice.post("/cards/" + id + "/revalue", "");
        assertThat(revalue.status()).isEqualTo(202);
        assertThat(revalue.json().get("runId").asText()).isNotBlank();
        assertThat(revalue.header("Retry-After")).isNotBlank();
        assertThat(revalue.header("Location")).isEqualTo("/cards/" + id);
        awaitSettled(alice, id);

        Response image = alice.get("/cards/" + id + "/image");
        assertThat(image.status()).isEqualTo(302);
        Response served = ApiClient.fetch(URI.create(image.header("Location")));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.raw().body().length()).isPositive();
        Response imageLink = alice.get("/cards/" + id + "/image", "Accept", "application/json");
        assertThat(imageLink.status()).isEqualTo(200);
        assertThat(imageLink.header("Cache-Control")).contains("no-store");
        assertThat(Instant.parse(imageLink.json().get("expiresAt").asText())).isAfter(Instant.now());
        assertThat(ApiClient.fetch(URI.create(imageLink.json().get("url").asText())).raw().body())
                .isEqualTo(served.raw().body());

        Response history = alice.get("/cards/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().get("entries").isArray()).isTrue();
        assertThat(history.json().get("trend").get("direction").asText()).isIn("unknown", "up", "down", "flat");

        Response portfolio = alice.get("/portfolio");
        assertThat(portfolio.status()).isEqualTo(200);
        assertThat(portfolio.json().get("cardCount").asInt()).isEqualTo(1);
        assertThat(alice.get("/me/settings").json().get("currency").asText()).isEqualTo("USD");
        Response chosen = alice.send("PUT", "/me/settings", "{\"currency\":\"EUR\"}",
                Map.of("Content-Type", "application/json"));
        assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
        assertThat(alice.get("/me/settings").json().get("currency").asText()).isEqualTo("EUR");
        assertThat(alice.get("/portfolio").json().get("display").get("currency").asText()).isEqualTo("EUR");

        assertThat(alice.delete("/cards/" + id).status()).isEqualTo(204);
        assertThat(alice.get("/cards/" + id).status()).isEqualTo(404);
        assertThat(alice.delete("/cards/" + id).status()).isEqualTo(404);
        assertThat(ApiClient.fetch(URI.create(image.header("Location"))).status()).isGreaterThanOrEqualTo(400);

        String another = upload(alice, TestPhotos.png(3), "front");
        assertThat(alice.post("/cards", "{\"key\":\"" + another + "\"}").status()).isIn(200, 201);
        Response gone = alice.delete("/me");
        assertThat(gone.status()).isEqualTo(202);
        assertThat(alice.get("/cards").json().get("items")).isEmpty();
        assertThat(alice.post("/cards", "{\"key\":\"" + another + "\"}").status()).isEqualTo(404);
        assertThat(alice.get("/me/settings").json().get("currency").asText()).as("settings go too").isEqualTo("USD");
        assertThat(alice.delete("/me").status()).isEqualTo(202);
    }
}

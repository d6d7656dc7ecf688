package com.collectiq.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
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

    @Test
    void journeyFromUploadToDeletion() {
        String sub = "alice-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient alice = api(sub);
        byte[] photo = TestPhotos.png(1);

        String key = upload(alice, photo, "front");
        assertThat(key).startsWith("uploads/" + sub + "/").endsWith(".png").doesNotContain("passwd");
        String backKey = upload(alice, TestPhotos.png(2), "back");
        assertThat(backKey).startsWith("backs/" + sub + "/");

        Response created = alice.post("/cards", "{\"key\":\"" + key + "\",\"backKey\":\"" + backKey
                + "\",\"name\":\"Charizard\"}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/cards/" + id);
        assertThat(created.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(created.json().get("key").asText()).isEqualTo(key);
        assertThat(created.json().has("failure")).isTrue();
        assertThat(created.json().get("run").get("status").asText()).isEqualTo("QUEUED");

        Response again = alice.post("/cards", "{\"key\":\"" + key + "\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(id);

        Response fetched = alice.get("/cards/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("hints").get("name").asText()).isEqualTo("Charizard");
        String etag = fetched.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(alice.get("/cards/" + id, "If-None-Match", etag).status()).isEqualTo(304);

        Response list = alice.get("/cards");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).extracting(card -> card.get("id").asText()).containsExactly(id);

        Response corrected = alice.patch("/cards/" + id, "{\"set\":\"Base\",\"number\":\"4\"}");
        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        assertThat(corrected.json().get("hints").get("set").asText()).isEqualTo("Base");
        JsonNode revaluation = corrected.json().get("revaluation");
        assertThat(revaluation.get("status").asText()).isEqualTo("QUEUED");
        assertThat(alice.get("/cards/" + id, "If-None-Match", etag).status()).isEqualTo(200);

        Response revalue = alice.post("/cards/" + id + "/revalue", "");
        assertThat(revalue.status()).isEqualTo(202);
        assertThat(revalue.json().get("runId").asText()).isEqualTo(revaluation.get("runId").asText());
        assertThat(revalue.header("Retry-After")).isNotBlank();
        assertThat(revalue.header("Location")).isEqualTo("/cards/" + id);

        Response image = alice.get("/cards/" + id + "/image");
        assertThat(image.status()).isEqualTo(302);
        Response served = ApiClient.fetch(URI.create(image.header("Location")));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.raw().body().length()).isPositive();

        Response history = alice.get("/cards/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().get("entries")).isEmpty();
        assertThat(history.json().get("trend").get("direction").asText()).isEqualTo("unknown");

        Response portfolio = alice.get("/portfolio");
        assertThat(portfolio.status()).isEqualTo(200);
        assertThat(portfolio.json().get("cardCount").asInt()).isEqualTo(1);

        assertThat(alice.delete("/cards/" + id).status()).isEqualTo(204);
        assertThat(alice.get("/cards/" + id).status()).isEqualTo(404);
        assertThat(alice.delete("/cards/" + id).status()).isEqualTo(404);
        assertThat(ApiClient.fetch(URI.create(image.header("Location"))).status()).isGreaterThanOrEqualTo(400);

        String another = upload(alice, TestPhotos.png(3), "front");
        assertThat(alice.post("/cards", "{\"key\":\"" + another + "\"}").status()).isEqualTo(201);
        Response gone = alice.delete("/me");
        assertThat(gone.status()).isEqualTo(202);
        assertThat(alice.get("/cards").json().get("items")).isEmpty();
        assertThat(alice.post("/cards", "{\"key\":\"" + another + "\"}").status()).isEqualTo(404);
        assertThat(alice.delete("/me").status()).isEqualTo(202);
    }
}

package com.collectiq.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code PATCH /cards/{id}} with {@code catalogId}, a candidate the owner picked: a catalog id is
 * checked (its form: 400; a card no catalog knows: 422) and changes nothing when refused; a known
 * one queues a revaluation that identifies the card as exactly that one, with "owner's pick" as
 * its evidence, however clearly the photo shows another.
 */
@LocalMode
class CatalogPickTest extends ServiceTest {

    @Test
    void aPickedCatalogIdIsWhatTheRevaluedCardIs() throws InterruptedException {
        ApiClient owner = api("picker");
        String id = cardOf(owner, CardRenderer.builder().name("Charizard").seed(3).render().png());
        JsonNode read = awaitValued(owner, id);
        assertThat(read.get("identity").get("catalogId").asText()).as("the photo is a Charizard").isEqualTo("base1-4");

        Response picked = owner.patch("/cards/" + id, "{\"catalogId\":\"base1-2\"}");
        assertThat(picked.status()).as(picked.raw().body()).isEqualTo(200);
        assertThat(picked.json().get("hints").get("catalogId").asText()).isEqualTo("base1-2");
        assertThat(picked.json().get("revaluation").get("runId").asText()).isNotBlank();

        JsonNode identity = awaitValued(owner, id).get("identity");
        assertThat(identity.get("catalogId").asText()).isEqualTo("base1-2");
        assertThat(identity.get("name").asText()).isEqualTo("Blastoise");
        assertThat(identity.get("evidence").get("catalogId").get("rationale").asText()).startsWith("owner's pick");
    }

    @Test
    void aCatalogIdOfTheWrongFormOrThatNoCatalogKnowsIsRefusedAndChangesNothing() {
        ApiClient owner = api("careless-picker");
        String id = cardOf(owner, CardRenderer.builder().name("Pikachu").seed(5).render().png());
        long version = owner.get("/cards/" + id).json().get("version").asLong();

        Response malformed = owner.patch("/cards/" + id, "{\"catalogId\":\"<img src=x>\"}");
        assertThat(malformed.status()).as(malformed.raw().body()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Response unknown = owner.patch("/cards/" + id, "{\"catalogId\":\"base1-999\"}");
        assertThat(unknown.status()).as(unknown.raw().body()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("title").asText()).isEqualTo("Unknown catalog id");

        JsonNode card = owner.get("/cards/" + id).json();
        assertThat(card.get("version").asLong()).isEqualTo(version);
        assertThat(card.get("hints").path("catalogId").isNull() || card.get("hints").path("catalogId").isMissingNode())
                .as("no pick stored: " + card.get("hints")).isTrue();
        assertThat(api("someone-else").patch("/cards/" + id, "{\"catalogId\":\"base1-2\"}").status()).isEqualTo(404);
    }

    private static String cardOf(ApiClient owner, byte[] png) {
        String key = Uploads.upload(owner, png, "image/png");
        Response created = owner.post("/cards", "{\"key\":\"" + key + "\"}");
        assertThat(created.status()).as(created.raw().body()).isIn(200, 201);
        return created.json().get("id").asText();
    }

    /** The card once its latest run is over and it is VALUED (90 s at most). */
    private static JsonNode awaitValued(ApiClient owner, String id) throws InterruptedException {
        JsonNode card = null;
        for (int polls = 0; polls < 450; polls++) {
            card = owner.get("/cards/" + id).json();
            if (card.get("status").asText().equals("FAILED")) {
                throw new AssertionError("the card failed: " + card.get("failure"));
            }
            if (card.get("status").asText().equals("VALUED") && !card.has("run")) {
                return card;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the card was not valued in 90 s: " + card);
    }
}

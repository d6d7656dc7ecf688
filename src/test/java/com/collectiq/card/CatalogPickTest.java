package com.collectiq.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.card.Identity.Candidate;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code PATCH /cards/{id}} with {@code catalogId}, a candidate the owner picked: a catalog id is
 * checked (its form: 400; neither a bundled card nor one of the card's candidates: 422) and changes
 * nothing when refused; a known one queues a revaluation that identifies the card as exactly that one, with "owner's pick" as
 * its evidence, however clearly the photo shows another.
 */
@LocalMode
class CatalogPickTest extends ServiceTest {

    @Autowired
    CardStore store;

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
    void aCatalogIdOfTheWrongFormOrThatNoCatalogKnowsIsRefusedAndChangesNothing() throws InterruptedException {
        ApiClient owner = api("careless-picker");
        String id = cardOf(owner, CardRenderer.builder().name("Charizard").seed(4).render().png());
        awaitValued(owner, id);
        // as if the online catalog had offered a card of a set whose cards are not bundled
        Card card = store.get("careless-picker", id).orElseThrow();
        Identity offered = new Identity("Charizard", "Base", "4", "102", "base1-4", "Rare Holo", "holofoil", 0.9, Map.of(),
                List.of(new Candidate("base1-4", 0.9), new Candidate("swsh11tg-TG12", 0.4)));
        long version = store.update(card.withResult(offered, card.valuation(), card.authenticity())).version();

        Response malformed = owner.patch("/cards/" + id, "{\"catalogId\":\"<img src=x>\"}");
        assertThat(malformed.status()).as(malformed.raw().body()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        for (String unknown : List.of("base1-999", "swsh11tg-TG13")) {
            Response refused = owner.patch("/cards/" + id, "{\"catalogId\":\"" + unknown + "\"}");
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("title").asText()).isEqualTo("Unknown catalog id");
        }
        JsonNode unchanged = owner.get("/cards/" + id).json();
        assertThat(unchanged.get("version").asLong()).isEqualTo(version);
        assertThat(unchanged.get("hints").path("catalogId").isNull() || unchanged.get("hints").path("catalogId").isMissingNode())
                .as("no pick stored: " + unchanged.get("hints")).isTrue();
        assertThat(api("someone-else").patch("/cards/" + id, "{\"catalogId\":\"base1-2\"}").status()).isEqualTo(404);

        Response offeredPick = owner.patch("/cards/" + id, "{\"catalogId\":\"swsh11tg-TG12\"}");
        assertThat(offeredPick.status()).as("one of the card's own candidates, though not bundled").isEqualTo(200);
        assertThat(offeredPick.json().get("hints").get("catalogId").asText()).isEqualTo("swsh11tg-TG12");
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

package com.collectiq.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.collectiq.testsupport.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;

/** What an operator sees at {@code GET /admin/dead-letters}, for the tests of either mode. */
record DeadLetterDesk(ApiClient operator) {

    List<JsonNode> matching(Predicate<JsonNode> wanted) {
        ApiClient.Response response = operator.get("/admin/dead-letters?limit=500");
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        List<JsonNode> letters = new ArrayList<>();
        response.json().get("items").forEach(letter -> {
            if (wanted.test(letter)) {
                letters.add(letter);
            }
        });
        return letters;
    }

    List<JsonNode> about(String cardId) {
        return matching(letter -> cardId.equals(letter.path("cardId").asText()));
    }

    /** The first letter that matches, once there is one (30 s at most). */
    JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<JsonNode> found = matching(wanted);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such dead letter within 30 s among " + matching(letter -> true));
    }
}

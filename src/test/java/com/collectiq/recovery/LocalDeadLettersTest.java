package com.collectiq.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Poison in {@code local} mode: photos that are not what they claim and messages nobody can read end
 * in the dead-letter table at once, with their reason, one letter each; operators list and re-drive
 * them through {@code /admin/dead-letters}, and a re-driven poison fails again without looping.
 */
@LocalMode
class LocalDeadLettersTest extends ServiceTest {

    @Autowired
    ProducerTemplate producer;

    @Value("${collectiq.intake.work-uri}")
    String workUri;

    @Test
    void poisonPhotosFailAtOnceWithTheirReasonAndOneDeadLetterEach() throws Exception {
        ApiClient user = api("poison-" + UUID.randomUUID().toString().substring(0, 8));
        byte[] jpeg = CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render().jpeg(0.9f);
        String text = failedCard(user, Uploads.upload(user, "this is a text file, not a photo\n".repeat(20)
                .getBytes(StandardCharsets.UTF_8)));
        String truncated = failedCard(user, Uploads.upload(user, Arrays.copyOf(jpeg, jpeg.length / 2)));
        String bomb = failedCard(user, Uploads.upload(user, TestPhotos.pngHeaderOnly(20_000, 20_000), "image/png"));

        assertThat(reason(user, text)).containsIgnoringCase("not");
        assertThat(reason(user, truncated)).containsIgnoringCase("damaged or truncated");
        assertThat(reason(user, bomb)).contains("20000 × 20000");
        // a stable code beside the reason, and a reason that says what to do
        assertThat(code(user, text)).isEqualTo("photo-format-unsupported");
        assertThat(code(user, truncated)).isEqualTo("photo-damaged");
        assertThat(code(user, bomb)).isEqualTo("photo-too-many-pixels");
        assertThat(reason(user, truncated)).contains(": upload the original photo again");
        assertThat(reason(user, bomb)).contains(": send a smaller photo");
        for (String card : List.of(text, truncated, bomb)) {
            List<JsonNode> letters = desk().about(card);
            assertThat(letters).as("dead letters of card " + card).hasSize(1);
            assertThat(letters.get(0).get("stage").asText()).isEqualTo("photo-check");
            assertThat(letters.get(0).get("reason").asText()).isEqualTo(reason(user, card));
            assertThat(user.get("/cards/" + card).json().get("failure").get("stage").asText()).isEqualTo("photo-check");
        }

        // re-driving poison fails again, with the same reason, and leaves one letter: no loop
        String firstReason = reason(user, bomb);
        JsonNode letter = desk().about(bomb).get(0);
        ApiClient.Response redrive = admin("operator").post("/admin/dead-letters/" + letter.get("id").asText() + "/redrive", "");
        assertThat(redrive.status()).as(redrive.raw().body()).isEqualTo(202);
        awaitNewLetter(bomb, letter.get("id").asText());
        // the letter is written first, then the card is failed (two writes): wait for the card too
        JsonNode redriven = Uploads.awaitFinished(user, bomb, Duration.ofSeconds(30));
        assertThat(redriven.get("status").asText()).as(redriven.toString()).isEqualTo("FAILED");
        assertThat(reason(user, bomb)).isEqualTo(firstReason);
        Thread.sleep(2_000);
        assertThat(desk().about(bomb)).hasSize(1);
    }

    @Test
    void anUnreadableMessageIsDeadLetteredOnceAndTheConsumerKeepsWorking() throws Exception {
        String garbage = "not json at all " + UUID.randomUUID();
        producer.sendBody(workUri, garbage);

        JsonNode letter = desk().await(l -> l.path("message").asText().equals(garbage));
        assertThat(letter.get("stage").asText()).isEqualTo("intake");
        assertThat(letter.get("reason").asText()).contains("could not be read");
        assertThat(letter.has("cardId")).as("a letter about no card").isFalse();

        ApiClient user = api("after-garbage-" + UUID.randomUUID().toString().substring(0, 8));
        String id = Uploads.awaitCardFor(user,
                Uploads.upload(user, CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render().jpeg(0.9f)));
        assertThat(Uploads.awaitFinished(user, id, Duration.ofSeconds(60)).get("status").asText()).isEqualTo("VALUED");
        assertThat(desk().matching(l -> l.path("message").asText().equals(garbage))).hasSize(1);
    }

    @Test
    void onlyOperatorsSeeOrRedriveDeadLetters() {
        assertThat(anonymous().get("/admin/dead-letters").status()).isEqualTo(401);
        assertThat(api("alice").get("/admin/dead-letters").status()).isEqualTo(403);
        assertThat(api("alice").post("/admin/dead-letters/redrive", "").status()).isEqualTo(403);
        ApiClient.Response unknown = admin("operator").post("/admin/dead-letters/no-such-letter/redrive", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        ApiClient.Response all = admin("operator").post("/admin/dead-letters/redrive", "");
        assertThat(all.status()).isEqualTo(202);
        assertThat(all.json().get("redriven").isInt()).isTrue();
    }

    private String failedCard(ApiClient user, String key) throws InterruptedException {
        JsonNode card = Uploads.awaitFinished(user, Uploads.awaitCardFor(user, key), Duration.ofSeconds(30));
        assertThat(card.get("status").asText()).as(card.toString()).isEqualTo("FAILED");
        return card.get("id").asText();
    }

    private DeadLetterDesk desk() {
        return new DeadLetterDesk(admin("operator"));
    }

    private static String code(ApiClient user, String cardId) {
        return user.get("/cards/" + cardId).json().get("failure").get("code").asText();
    }

    private static String reason(ApiClient user, String cardId) {
        return user.get("/cards/" + cardId).json().get("failure").get("reason").asText();
    }

    private void awaitNewLetter(String cardId, String oldId) throws InterruptedException {
        desk().await(l -> cardId.equals(l.path("cardId").asText()) && !l.get("id").asText().equals(oldId));
    }
}

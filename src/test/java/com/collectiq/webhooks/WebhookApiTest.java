package com.collectiq.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * {@code /me/webhook} on the whole service in {@code local} mode, with a WireMock receiver on
 * loopback (reachable under the test-only setting {@link LocalMode} sets). A photo that is not an
 * image fails its card at once, which raises the ValuationFailed event the webhook receives. Refusals
 * use address literals, so no name is looked up; loopback's own refusal (the setting being off) is
 * {@link WebhookTargetsTest}'s.
 */
@LocalMode
class WebhookApiTest extends ServiceTest {

    static final String SECRET = "a-receivers-secret-0123456789";
    final WireMockServer receiver = WireMockStandIn.get().server();

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/hook", "https://10.0.0.1/hook", "https://192.168.1.20/hook",
        "https://169.254.169.254/latest/meta-data/", "https://[fc00::1]/hook", "https://[fe80::1]/hook",
        "https://[::ffff:172.16.0.1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook",
        "https://user:password@93.184.216.34/hook", "ftp://93.184.216.34/hook", "not a url"})
    void urlsThatAreNotHttpsToAPublicAddressAreRefusedAtRegistration(String url) {
        ApiClient user = api("refused-" + UUID.randomUUID().toString().substring(0, 8));

        ApiClient.Response refused = user.send("PUT", "/me/webhook", registration(url, SECRET), json());

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(user.get("/me/webhook").status()).isEqualTo(404);
    }

    @Test
    void aSecretOfTheWrongLengthOrAnUnknownFieldIsRefused() {
        ApiClient user = api("secret-" + UUID.randomUUID().toString().substring(0, 8));
        // the receiver on loopback: a public address would be registered, and its events sent off this machine
        String url = receiverUrl("/webhook/secret-checks");

        assertThat(user.send("PUT", "/me/webhook", registration(url, "fifteen-chars!!"), json()).status()).isEqualTo(400);
        assertThat(user.send("PUT", "/me/webhook", registration(url, "s".repeat(257)), json()).status()).isEqualTo(400);
        assertThat(user.send("PUT", "/me/webhook", "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\",\"x\":1}",
                json()).status()).isEqualTo(400);
        assertThat(user.send("PUT", "/me/webhook", registration(url, "s".repeat(16)), json()).status()).isEqualTo(200);
    }

    @Test
    void aRegisteredReceiverGetsTheUsersEventSignedAndTheSecretIsNeverShown() throws Exception {
        String sub = "hooked-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient user = api(sub);
        String path = "/webhook/" + sub;
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));

        ApiClient.Response put = user.send("PUT", "/me/webhook", registration(receiverUrl(path), SECRET), json());
        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        assertThat(put.raw().body()).doesNotContain(SECRET);
        ApiClient.Response read = user.get("/me/webhook");
        assertThat(read.json().get("url").asText()).isEqualTo(receiverUrl(path));
        assertThat(read.raw().body()).doesNotContain(SECRET);
        assertThat(api("someone-else").get("/me/webhook").status()).isEqualTo(404);

        String cardId = failedCard(user);

        LoggedRequest request = awaitRequests(path, 1).get(0);
        JsonNode body = ApiClient.json(new String(request.getBody(), StandardCharsets.UTF_8));
        assertThat(body.get("type").asText()).isEqualTo("ValuationFailed");
        assertThat(body.get("detail").get("cardId").asText()).isEqualTo(cardId);
        assertThat(body.get("detail").get("owner").asText()).isEqualTo(sub);
        assertThat(request.getHeader("CollectIQ-Delivery-Id")).isEqualTo(body.get("id").asText());
        String signature = request.getHeader("CollectIQ-Signature");
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(signature).endsWith(",v1=" + hmac(t + "." + new String(request.getBody(), StandardCharsets.UTF_8)));

        assertThat(user.delete("/me/webhook").status()).isEqualTo(204);
        assertThat(user.delete("/me/webhook").status()).isEqualTo(204);
        assertThat(user.get("/me/webhook").status()).isEqualTo(404);
    }

    @Test
    void aReceiverThatKeepsFailingEndsInTheDeadLettersWhichRedriveAndDeleteMeHandle() throws Exception {
        String sub = "failing-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient user = api(sub);
        String path = "/webhook/" + sub;
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
        assertThat(user.send("PUT", "/me/webhook", registration(receiverUrl(path), SECRET), json()).status()).isEqualTo(200);

        failedCard(user);
        JsonNode letter = awaitLetter(l -> sub.equals(l.path("owner").asText()) && "webhook-delivery".equals(l.path("stage").asText()));
        assertThat(awaitRequests(path, 3)).hasSize(3);
        assertThat(letter.get("cause").asText()).contains("HTTP 503");

        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        ApiClient.Response redrive = admin("operator").post("/admin/dead-letters/" + letter.get("id").asText() + "/redrive", "");
        assertThat(redrive.status()).as(redrive.raw().body()).isEqualTo(202);
        List<LoggedRequest> all = awaitRequests(path, 4);
        assertThat(all.get(3).getHeader("CollectIQ-Delivery-Id")).isEqualTo(all.get(0).getHeader("CollectIQ-Delivery-Id"));
        assertThat(letters(l -> letter.get("id").asText().equals(l.path("id").asText()))).isEmpty();

        // a second failure for good, then DELETE /me: the webhook and its letters go with the user
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(500)));
        failedCard(user);
        awaitLetter(l -> sub.equals(l.path("owner").asText()) && "webhook-delivery".equals(l.path("stage").asText()));
        assertThat(user.delete("/me").status()).isEqualTo(202);
        assertThat(user.get("/me/webhook").status()).isEqualTo(404);
        assertThat(letters(l -> sub.equals(l.path("owner").asText()) && "webhook-delivery".equals(l.path("stage").asText())))
                .isEmpty();
    }

    private String receiverUrl(String path) {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    private static String failedCard(ApiClient user) throws InterruptedException {
        String key = Uploads.upload(user, "a text file, not a photo\n".repeat(20).getBytes(StandardCharsets.UTF_8));
        String cardId = Uploads.awaitCardFor(user, key);
        assertThat(Uploads.awaitFinished(user, cardId, java.time.Duration.ofSeconds(30)).get("status").asText())
                .isEqualTo("FAILED");
        return cardId;
    }

    private List<LoggedRequest> awaitRequests(String path, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        while (requests.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            requests = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        }
        assertThat(requests).as("requests to " + path).hasSizeGreaterThanOrEqualTo(count);
        // WireMock lists the newest first
        List<LoggedRequest> oldestFirst = new ArrayList<>(requests);
        oldestFirst.sort((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()));
        return oldestFirst;
    }

    private JsonNode awaitLetter(Predicate<JsonNode> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<JsonNode> found = letters(wanted);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such dead letter within 30 s");
    }

    private List<JsonNode> letters(Predicate<JsonNode> wanted) {
        List<JsonNode> letters = new ArrayList<>();
        admin("operator").get("/admin/dead-letters?limit=500").json().get("items").forEach(letter -> {
            if (wanted.test(letter)) {
                letters.add(letter);
            }
        });
        return letters;
    }

    private static String registration(String url, String secret) {
        return "{\"url\":\"" + url + "\",\"secret\":\"" + secret + "\"}";
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}

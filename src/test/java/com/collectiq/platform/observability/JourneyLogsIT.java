package com.collectiq.platform.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.AwsTestEnvironment;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceProcess;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The packaged jar in {@code aws} mode, with every secret it can hold (price source keys from
 * Secrets Manager, the catalog's API key, AWS credentials, the signing secret), taken through a
 * whole journey by a user and an operator. Its log, read line by line afterwards, names the card,
 * run and trace of every line about a valuation, and holds none of the secrets or tokens.
 */
class JourneyLogsIT {

    private static final String PRICECHARTING_KEY = "pc-key-" + UUID.randomUUID();
    private static final String EBAY_ID = "ebay-id-" + UUID.randomUUID();
    private static final String EBAY_SECRET = "ebay-secret-" + UUID.randomUUID();
    private static final String CATALOG_KEY = "tcg-key-" + UUID.randomUUID();

    @Test
    void linesAboutACardNameItsRunAndTraceAndNoSecretOrTokenIsLogged() throws Exception {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
        AwsAnswers.secretsManagerServes("journey/pricecharting", PRICECHARTING_KEY);
        AwsAnswers.secretsManagerServes("journey/ebay", "{\"clientId\":\"" + EBAY_ID + "\",\"clientSecret\":\""
                + EBAY_SECRET + "\"}");
        try (ServiceProcess service = ServiceProcess.aws("journey-logs")
                .property("collectiq.pricing.pricecharting.api-key-secret", "journey/pricecharting")
                .property("collectiq.pricing.ebay.client-id-secret", "journey/ebay#clientId")
                .property("collectiq.pricing.ebay.client-secret-secret", "journey/ebay#clientSecret")
                .property("collectiq.catalog.pokemontcg.api-key", CATALOG_KEY)
                .build().start(Duration.ofSeconds(120))) {
            String sub = "journey-" + UUID.randomUUID();
            String userToken = ApiClient.tokenFor(service.baseUrl(), true, sub, false);
            String operatorToken = ApiClient.tokenFor(service.baseUrl(), true, "operator-" + sub, true);
            ApiClient user = new ApiClient(service.baseUrl(), userToken);
            ApiClient operator = new ApiClient(service.baseUrl(), operatorToken);

            String key = Uploads.upload(user, CardRenderer.builder().frame(1600, 1200).cardShare(0.45).render()
                    .jpeg(0.9f));
            String cardId = user.post("/cards", "{\"key\":\"" + key + "\"}").json().get("id").asText();
            assertThat(Uploads.awaitFinished(user, cardId, Duration.ofSeconds(90)).get("status").asText())
                    .isEqualTo("VALUED");
            assertThat(user.post("/cards/" + cardId + "/revalue", "").status()).isEqualTo(202);
            assertThat(user.get("/cards/" + cardId + "/history").status()).isEqualTo(200);
            assertThat(user.get("/cards?limit=5").status()).isEqualTo(200);
            assertThat(user.as("not." + userToken).get("/cards").status()).isEqualTo(401);
            assertThat(operator.get("/admin/dead-letters").status()).isEqualTo(200);
            assertThat(operator.get("/actuator/prometheus").status()).isEqualTo(200);
            Thread.sleep(2000); // the revaluation's lines

            List<String> lines = service.logText().lines().toList();
            List<JsonNode> aboutTheCard = lines.stream().filter(line -> line.startsWith("{"))
                    .map(ApiClient::json).filter(line -> cardId.equals(line.path("card").path("id").asText()))
                    .toList();
            System.out.printf("journey log: %d lines, %d about card %s%n", lines.size(), aboutTheCard.size(), cardId);
            assertThat(aboutTheCard).as("lines about the card").hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(line -> line.path("run").path("id").asText().length() > 10, "name the run")
                    .allMatch(line -> line.path("trace").path("id").asText().matches("[0-9a-f]{32}"), "name the trace");

            List<LoggedRequest> calls = WireMockStandIn.get().server().findAll(anyRequestedFor(anyUrl()));
            assertThat(calls).as("the keys were in use, so their absence from the log means something")
                    .anyMatch(call -> call.getUrl().contains(PRICECHARTING_KEY))
                    .anyMatch(call -> CATALOG_KEY.equals(call.getHeader("X-Api-Key")));
            List<String> secrets = List.of(userToken, operatorToken, signature(userToken), PRICECHARTING_KEY,
                    EBAY_ID, EBAY_SECRET, CATALOG_KEY, AwsTestEnvironment.SECRET_KEY, AwsMode.SIGNING_SECRET);
            for (String secret : secrets) {
                assertThat(lines).as("no line holds a secret or token").noneMatch(line -> line.contains(secret));
            }
        }
    }

    /** The token's last part: enough to replay it if it leaked alone. */
    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }
}

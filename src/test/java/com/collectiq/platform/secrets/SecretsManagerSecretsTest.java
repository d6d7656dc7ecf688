package com.collectiq.platform.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.TickingClock;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Secrets Manager's GetSecretValue through the SDK against WireMock serving its documented JSON. */
class SecretsManagerSecretsTest {

    static final Duration REFRESH = Duration.ofMinutes(5);
    static final SecretsManagerClient CLIENT = client();

    final WireMockServer wireMock = WireMockStandIn.get().server();
    final List<StubMapping> stubs = new ArrayList<>();
    final TickingClock clock = new TickingClock(Instant.parse("2026-11-24T12:00:00Z"));
    final SecretsManagerSecrets secrets = new SecretsManagerSecrets(CLIENT, new SecretsProperties(REFRESH), clock,
            new ObjectMapper());
    final String id = "collectiq/test/" + UUID.randomUUID();

    @AfterEach
    void removeStubs() {
        stubs.forEach(wireMock::removeStub);
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void aRotatedSecretIsPickedUpAfterTheRefreshIntervalWithoutARestart() {
        StubMapping first = serve(id, "key-one");
        Secret key = secrets.secret("test key", "ignored plain value", id);

        assertThat(key.value()).contains("key-one");
        wireMock.removeStub(first);
        serve(id, "key-two");
        clock.advance(REFRESH.minusSeconds(1));
        assertThat(key.value()).as("within the interval the value read is used").contains("key-one");
        clock.advance(Duration.ofSeconds(2));
        assertThat(key.value()).contains("key-two");
        wireMock.verify(2, reads(id));
    }

    @Test
    void aFieldOfAJsonSecretAndEverySecretOfOneIdShareARead() {
        serve(id, "{\"clientId\":\"the-id\",\"clientSecret\":\"the-secret\"}");

        assertThat(secrets.secret("client id", null, id + "#clientId").value()).contains("the-id");
        assertThat(secrets.secret("client secret", null, id + "#clientSecret").value()).contains("the-secret");
        assertThat(secrets.secret("missing field", null, id + "#other").value()).isEmpty();
        wireMock.verify(1, reads(id));
    }

    @Test
    void aMissingSecretOrNoSecretIdIsNoValueAndThePlainPropertyIsNeverUsed() {
        stubs.add(wireMock.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(containing(id))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"ResourceNotFoundException\","
                                + "\"Message\":\"Secrets Manager can't find the specified secret.\"}"))));

        assertThat(secrets.secret("absent", "plain", id).value()).isEmpty();
        assertThat(secrets.secret("unset", "plain", "").value()).isEmpty();
    }

    @Test
    void whenSecretsManagerFailsTheLastValueReadIsKept() {
        StubMapping good = serve(id, "still-good");
        Secret key = secrets.secret("test key", null, id);
        assertThat(key.value()).contains("still-good");

        wireMock.removeStub(good);
        stubs.add(wireMock.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(containing(id))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"AccessDeniedException\",\"Message\":\"no\"}"))));
        clock.advance(REFRESH.plusSeconds(1));

        assertThat(key.value()).contains("still-good");
    }

    private StubMapping serve(String secretId, String value) {
        StubMapping stub = AwsAnswers.secretsManagerServes(secretId, value);
        stubs.add(stub);
        return stub;
    }

    private static RequestPatternBuilder reads(String secretId) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(containing(secretId));
    }

    private static SecretsManagerClient client() {
        WireMockStandIn.get();
        return SecretsManagerClient.create();
    }
}

package com.collectiq.valuation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.narrative.LocalExplainer;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.upload.PhotoKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The pipeline in {@code aws} mode when the services it leans on misbehave: a throttled Rekognition,
 * Bedrock down, every price source down. Each degrades or waits; none fails the card. Every stub is
 * scoped to the one photo's key or card (the WireMock stand-in is shared) and removed afterwards.
 */
@AwsMode
class AwsPipelineResilienceTest extends ServiceTest {

    private static final WireMockServer WIREMOCK = WireMockStandIn.get().server();

    @Value("${collectiq.aws.work-queue-url}")
    String workQueueUrl;

    private final List<StubMapping> stubs = new ArrayList<>();

    @BeforeAll
    static void rekognitionAndEventBridge() {
        AwsAnswers.rekognitionReadsCharizard(AwsMode.BUCKET);
        AwsAnswers.eventBridgeAcceptsEverything();
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(WIREMOCK::removeStub);
    }

    @Test
    void rekognitionThrottledTwiceThenFineValuesTheCard() throws Exception {
        ApiClient user = api(UUID.randomUUID().toString());
        String key = Uploads.upload(user, charizardPhoto());
        String scenario = "throttled-" + key;
        stub(detectTextFor(key).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(AwsAnswers.amzError(400, "ThrottlingException", "Rate exceeded"))
                .willSetStateTo("throttled once"));
        stub(detectTextFor(key).inScenario(scenario).whenScenarioStateIs("throttled once")
                .willReturn(AwsAnswers.amzError(400, "ThrottlingException", "Rate exceeded"))
                .willSetStateTo("recovered"));
        stub(detectTextFor(key).inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(AwsAnswers.detectText("Charizard", "120 HP", "4/102", "Illus. Mitsuhiro Arita")));

        JsonNode card = value(user, key);

        assertThat(card.get("status").asText()).as(card.toString()).isEqualTo("VALUED");
        assertThat(card.get("identity").get("name").asText()).isEqualTo("Charizard");
        int detectTextCalls = WIREMOCK.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT)).withRequestBody(containing(PhotoKeys.derivedFolderOf(key)))).size();
        assertThat(detectTextCalls).as("two throttled calls, then the one that answered").isEqualTo(3);
    }

    @Test
    void bedrockDownValuesTheCardWithTheLocalExplainer() throws Exception {
        stub(post(urlPathMatching("/model/.*/converse")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"Service unavailable\"}")));
        int bedrockCallsBefore = bedrockCalls();
        ApiClient user = api(UUID.randomUUID().toString());

        JsonNode card = value(user, Uploads.upload(user, charizardPhoto()));

        assertThat(card.get("status").asText()).as(card.toString()).isEqualTo("VALUED");
        assertThat(card.get("valuation").get("fair").isNumber()).isTrue();
        assertThat(card.get("valuation").get("summaryBy").asText()).startsWith(LocalExplainer.WRITER).contains("bedrock");
        assertThat(card.get("valuation").get("summary").asText()).contains("Fair value");
        assertThat(bedrockCalls()).as("Bedrock was asked, and failed").isGreaterThan(bedrockCallsBefore);
    }

    @Test
    void everyPriceSourceDownValuesTheCardWithNoFairValueAndSaysWhy() throws Exception {
        // Beedrill (Base 17/102) has no bundled sample price, so nothing stands in for the live sources
        ApiClient user = api(UUID.randomUUID().toString());
        byte[] photo = CardRenderer.builder().name("Beedrill").hp(80).number("17").printedTotal("102")
                .frame(2000, 1500).cardShare(0.45).render().jpeg(0.9f);
        String key = Uploads.upload(user, photo);
        stub(detectTextFor(key).atPriority(1)
                .willReturn(AwsAnswers.detectText("Beedrill", "80 HP", "17/102", "Illus. Ken Sugimori")));
        stub(get(urlPathEqualTo("/v2/cards/base1-17")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("down for maintenance")));

        JsonNode card = value(user, key);

        assertThat(card.get("status").asText()).as(card.toString()).isEqualTo("VALUED");
        assertThat(card.get("identity").get("catalogId").asText()).isEqualTo("base1-17");
        JsonNode valuation = card.get("valuation");
        assertThat(valuation.path("fair").isMissingNode() || valuation.get("fair").isNull()).as(valuation.toString()).isTrue();
        assertThat(valuation.get("summary").asText()).contains("No fair value").contains("pokemontcg");
        assertThat(valuation.get("sources")).anySatisfy(source -> {
            assertThat(source.get("name").asText()).isEqualTo("pokemontcg");
            assertThat(source.get("outcome").asText()).isNotIn("ok", "empty", "skipped");
        });
        assertThat(card.get("authenticity").get("verdict").asText()).isNotBlank();
    }

    private JsonNode value(ApiClient user, String key) throws InterruptedException {
        try (SqsClient sqs = SqsClient.create()) {
            sqs.sendMessage(b -> b.queueUrl(workQueueUrl)
                    .messageBody(Uploads.eventBridgeObjectCreated(AwsMode.BUCKET, key, "etag-" + UUID.randomUUID())));
        }
        String id = Uploads.awaitCardFor(user, key);
        return Uploads.awaitFinished(user, id, Duration.ofSeconds(90));
    }


    private static MappingBuilder detectTextFor(String key) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(AwsAnswers.DETECT_TEXT))
                .withRequestBody(containing(PhotoKeys.derivedFolderOf(key)));
    }

    private static int bedrockCalls() {
        return WIREMOCK.findAll(postRequestedFor(urlPathMatching("/model/.*/converse"))).size();
    }

    private void stub(MappingBuilder mapping) {
        stubs.add(WIREMOCK.stubFor(mapping));
    }

    private static byte[] charizardPhoto() {
        return CardRenderer.builder().frame(2000, 1500).cardShare(0.45).render().jpeg(0.9f);
    }
}

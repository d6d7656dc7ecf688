package com.collectiq.narrative;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Bedrock's Converse API ({@code POST /model/{modelId}/converse}) through the SDK against WireMock
 * serving its documented answer shape. Each test asks its own model id, so stubs never overlap.
 */
class BedrockNarratorTest {

    static final BedrockRuntimeClient CLIENT = client();
    static final ObjectMapper JSON = new ObjectMapper();

    static final Briefing BRIEFING = new Briefing("Charizard, Base 4/102", List.of(
            "Fair value 325.50 USD (low 316.74, high 331.37) from 6 comparables, 3 set aside.",
            "Priced as Lightly Played (as the owner stated), 0.85 x the Near Mint price.",
            "Confidence 0.63: identification confidence 0.90 (x0.90)."), figures(), "USD", List.of());

    final WireMockServer wireMock = WireMockStandIn.get().server();
    final List<StubMapping> stubs = new ArrayList<>();
    final String modelId = "test-narrator-" + UUID.randomUUID();
    final BedrockNarrator narrator = new BedrockNarrator(CLIENT, modelId,
            new NarrativeProperties(300, 0.2f, Duration.ofSeconds(5)), new LocalExplainer(), JSON);
    final String local = new LocalExplainer().narrate(BRIEFING).text();

    @AfterEach
    void removeStubs() {
        stubs.forEach(wireMock::removeStub);
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void aGoodAnswerWritesTheSummaryAndSaysWhichModel() {
        answer(converse(modelJson("A Lightly Played Base Set Charizard is worth about 325.50 USD, between 316.74"
                + " and 331.37.", "Hold it: 6 comparables agree closely.", "325.50")));

        Narrative narrative = narrator.narrate(BRIEFING);

        assertThat(narrative.text()).isEqualTo("A Lightly Played Base Set Charizard is worth about 325.50 USD,"
                + " between 316.74 and 331.37. Hold it: 6 comparables agree closely.");
        assertThat(narrative.attribution()).isEqualTo("bedrock " + modelId);
        wireMock.verify(postRequestedFor(urlPathEqualTo("/model/" + modelId + "/converse"))
                .withRequestBody(containing("Fair value 325.50 USD"))
                .withRequestBody(containing("\"maxTokens\":300")));
    }

    @Test
    void aModelThatStatesAnotherFairValueIsIgnored() {
        answer(converse(modelJson("Worth about 400 USD.", "Sell now.", "400")));

        Narrative narrative = narrator.narrate(BRIEFING);

        assertThat(narrative.text()).isEqualTo(local);
        assertThat(narrative.attribution()).isEqualTo(
                "local explainer (bedrock answer not used: its fair value 400 is not the valuation's 325.50)");
    }

    @Test
    void aModelThatQuotesAPriceTheValuationDoesNotHaveIsIgnored() {
        answer(converse(modelJson("Worth 325.50 USD, and a graded copy fetches 12000.", "Get it graded.", "325.50")));

        Narrative narrative = narrator.narrate(BRIEFING);

        assertThat(narrative.text()).isEqualTo(local);
        assertThat(narrative.fallbackReason()).isEqualTo(
                "bedrock answer not used: its text quotes 12000, a number the valuation does not contain");
    }

    @Test
    void invalidJsonFallsBackToTheLocalExplainer() {
        answer(converse("Sure! The card is worth 325.50 USD."));

        Narrative narrative = narrator.narrate(BRIEFING);

        assertThat(narrative.text()).isEqualTo(local);
        assertThat(narrative.fallbackReason()).isEqualTo("bedrock answer not used: not JSON");
    }

    @Test
    void aSampleLabelTheModelDropsIsAReasonToIgnoreIt() {
        Briefing sample = new Briefing(BRIEFING.subject(), List.of("Fair value 325.50 USD.",
                "SAMPLE DATA: the bundled sample prices were used, a demonstration aid, not market data."),
                figures(), "USD", List.of("SAMPLE DATA"));
        answer(converse(modelJson("Worth 325.50 USD.", "Hold it.", "325.50")));

        assertThat(narrator.narrate(sample).fallbackReason())
                .isEqualTo("bedrock answer not used: its text leaves out \"SAMPLE DATA\"");
    }

    @Test
    void throttlingFallsBackToTheLocalExplainer() {
        answer(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "ThrottlingException")
                .withBody("{\"message\":\"Too many requests, please wait before trying again.\"}"));

        Narrative narrative = narrator.narrate(BRIEFING);

        assertThat(narrative.text()).isEqualTo(local);
        assertThat(narrative.attribution()).isEqualTo("local explainer (bedrock throttled)");
    }

    @Test
    void aSlowModelFallsBackWithinTheTimeout() {
        answer(converse(modelJson("Worth 325.50 USD.", "Hold it.", "325.50")).withFixedDelay(3000));
        BedrockNarrator impatient = new BedrockNarrator(CLIENT, modelId,
                new NarrativeProperties(300, 0.2f, Duration.ofMillis(500)), new LocalExplainer(), JSON);

        long start = System.nanoTime();
        Narrative narrative = impatient.narrate(BRIEFING);

        assertThat(narrative.fallbackReason()).isEqualTo("bedrock no answer within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    private void answer(ResponseDefinitionBuilder response) {
        stubs.add(wireMock.stubFor(post(urlPathEqualTo("/model/" + modelId + "/converse")).willReturn(response)));
    }

    /** Converse's answer with the model's text as its one content block. */
    private static ResponseDefinitionBuilder converse(String text) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("output").putObject("message").put("role", "assistant").putArray("content").addObject()
                .put("text", text);
        body.put("stopReason", "end_turn");
        body.putObject("usage").put("inputTokens", 120).put("outputTokens", 60).put("totalTokens", 180);
        body.putObject("metrics").put("latencyMs", 420);
        return okJson(body.toString());
    }

    private static String modelJson(String summary, String recommendation, String fair) {
        ObjectNode answer = JSON.createObjectNode().put("summary", summary).put("recommendation", recommendation)
                .put("fair", new BigDecimal(fair)).put("currency", "USD");
        return answer.toString();
    }

    private static Map<String, BigDecimal> figures() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("low", new BigDecimal("316.74"));
        figures.put("fair", new BigDecimal("325.50"));
        figures.put("high", new BigDecimal("331.37"));
        figures.put("confidence", new BigDecimal("0.633"));
        return figures;
    }

    private static BedrockRuntimeClient client() {
        WireMockStandIn.get();
        return BedrockRuntimeClient.create();
    }
}

package com.collectiq.authenticity.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.authenticity.AuthenticityProperties;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.card.Identity;
import com.collectiq.platform.aws.BedrockProperties;
import com.collectiq.testsupport.WireMockStandIn;
import com.collectiq.vision.ExifOrientation;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoChecker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The Converse call over the wire, against WireMock serving Bedrock Runtime's documented JSON. */
class BedrockModelOpinionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static WireMockServer wiremock;
    static BedrockRuntimeClient client;
    static byte[] photo;

    /** A model id of this test's own: the WireMock stand-in is shared, so stubs are scoped by path. */
    final String model = "test-opinions-" + UUID.randomUUID();
    final String conversePath = "/model/" + model + "/converse";
    final List<StubMapping> stubs = new ArrayList<>();
    BedrockModelOpinions opinions;

    @BeforeAll
    static void start() throws IOException {
        wiremock = WireMockStandIn.get().server();
        client = BedrockRuntimeClient.create();
        photo = largePhoto();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void opinions() {
        opinions = opinionsWithin(Duration.ofSeconds(10));
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(wiremock::removeStub);
        stubs.clear();
    }

    @Test
    void sendsTheCardAsAJpegWithinTheLimitAndReadsTheJsonVerdict() throws IOException {
        answer("{\"likelihoodGenuine\": 0.82, \"reasons\": [\"Crisp print and the right yellow border.\"]}");

        SignalReading reading = opinions.opinion(photo, Optional.empty(), charizard());

        assertThat(reading.value()).isEqualTo(0.82);
        assertThat(reading.reason()).isEqualTo("the model says: Crisp print and the right yellow border.");
        List<LoggedRequest> sent = wiremock.findAll(postRequestedFor(urlPathEqualTo(conversePath)));
        assertThat(sent).hasSize(1);
        JsonNode body = JSON.readTree(sent.get(0).getBodyAsString());
        JsonNode content = body.at("/messages/0/content");
        assertThat(content.get(0).at("/image/format").asText()).isEqualTo("jpeg");
        byte[] jpeg = Base64.getDecoder().decode(content.get(0).at("/image/source/bytes").asText());
        assertThat((long) jpeg.length).isLessThanOrEqualTo(BedrockModelOpinions.IMAGE.maxBytes());
        BufferedImage sentImage = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(Math.max(sentImage.getWidth(), sentImage.getHeight())).isLessThanOrEqualTo(BedrockModelOpinions.IMAGE.longSide());
        assertThat(content.get(1).get("text").asText()).contains("Charizard 4/102 of the set Base", "likelihoodGenuine");
    }

    @Test
    void sendsTheCopyMadeAlreadyAsItIs() throws IOException {
        answer("{\"likelihoodGenuine\": 0.7, \"reasons\": [\"Looks right.\"]}");
        byte[] copy = BedrockModelOpinions.IMAGE.of(photo, ExifOrientation.NORMAL);

        // the photo's own bytes are not decoded when the copy is there: these could not be
        SignalReading reading = opinions.opinion(new byte[] {1, 2, 3}, Optional.of(copy), charizard());

        assertThat(reading.value()).isEqualTo(0.7);
        JsonNode body = JSON.readTree(wiremock.findAll(postRequestedFor(urlPathEqualTo(conversePath))).get(0).getBodyAsString());
        assertThat(Base64.getDecoder().decode(body.at("/messages/0/content/0/image/source/bytes").asText())).isEqualTo(copy);
    }

    @Test
    void acceptsAFencedAnswer() {
        answer("```json\n{\"likelihoodGenuine\": 0.1, \"reasons\": [\"The font of the HP is wrong.\"]}\n```");

        assertThat(opinions.opinion(photo, Optional.empty(), charizard()).value()).isEqualTo(0.1);
    }

    @Test
    void anAnswerThatIsNotTheJsonAskedForIsUnavailable() {
        for (String answer : List.of("It looks genuine to me.", "{\"likelihoodGenuine\": 1.4, \"reasons\": [\"x\"]}",
                "{\"likelihoodGenuine\": \"high\", \"reasons\": [\"x\"]}", "{\"likelihoodGenuine\": 0.7, \"reasons\": []}",
                "{\"likelihoodGenuine\": 0.7}", "[0.7]")) {
            removeStubs();
            answer(answer);

            SignalReading reading = opinions.opinion(photo, Optional.empty(), charizard());

            assertThat(reading.available()).as(answer).isFalse();
            assertThat(reading.reason()).isEqualTo("the model's answer was not the JSON asked for");
        }
    }

    @Test
    void throttlingErrorsAndTimeoutsAreUnavailable() {
        stub(post(urlPathEqualTo(conversePath)).willReturn(aResponse().withStatus(429)
                .withHeader("x-amzn-ErrorType", "ThrottlingException")
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Too many requests\"}")));
        assertThat(opinions.opinion(photo, Optional.empty(), charizard()).reason()).isEqualTo("the model was throttled");

        removeStubs();
        stub(post(urlPathEqualTo(conversePath)).willReturn(aResponse().withStatus(400)
                .withHeader("x-amzn-ErrorType", "ValidationException")
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"The model does not support images\"}")));
        assertThat(opinions.opinion(photo, Optional.empty(), charizard()).reason()).isEqualTo("the model call failed");

        removeStubs();
        stub(post(urlPathEqualTo(conversePath)).willReturn(okJson(converse("{}")).withFixedDelay(3000)));
        SignalReading late = opinionsWithin(Duration.ofMillis(800)).opinion(photo, Optional.empty(), charizard());
        assertThat(late.available()).isFalse();
        assertThat(late.reason()).startsWith("the model did not answer within");
    }

    @Test
    void aPhotoThatCannotBeDecodedIsUnavailableWithoutACall() {
        SignalReading reading = opinions.opinion(new byte[] {1, 2, 3}, Optional.empty(), charizard());

        assertThat(reading.available()).isFalse();
        assertThat(wiremock.findAll(postRequestedFor(urlPathEqualTo(conversePath)))).isEmpty();
    }

    private BedrockModelOpinions opinionsWithin(Duration timeout) {
        AuthenticityProperties defaults = AuthenticityProperties.defaults();
        AuthenticityProperties properties = new AuthenticityProperties(defaults.weights(), defaults.genuineAt(),
                defaults.suspectBelow(), defaults.minCoverage(), defaults.matchDistance(), defaults.mismatchDistance(), timeout);
        return new BedrockModelOpinions(client, new PhotoChecker(ImageProperties.defaults()), new BedrockProperties(model),
                properties);
    }

    private void answer(String text) {
        stub(post(urlPathEqualTo(conversePath)).willReturn(okJson(converse(text))));
    }

    private void stub(MappingBuilder mapping) {
        stubs.add(wiremock.stubFor(mapping));
    }

    /** A Converse response as the API documents it, with the model's text as its one content block. */
    private static String converse(String text) {
        try {
            return JSON.writeValueAsString(Map.of(
                    "output", Map.of("message", Map.of("role", "assistant", "content", List.of(Map.of("text", text)))),
                    "stopReason", "end_turn",
                    "usage", Map.of("inputTokens", 1500, "outputTokens", 40, "totalTokens", 1540),
                    "metrics", Map.of("latencyMs", 900)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Identity charizard() {
        return new Identity("Charizard", "Base", "4", "102", "base1-4", "Rare Holo", "holofoil", 0.9, Map.of(), List.of());
    }

    /** A 4000 × 3000 PNG (smooth, so within the upload limit): far past the size a model can use. */
    private static byte[] largePhoto() throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                image.setRGB(x, y, (x / 16) << 16 | (y / 12) << 8 | 0x40);
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF2D13A));
        g.fillRect(1200, 500, 1400, 2000);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

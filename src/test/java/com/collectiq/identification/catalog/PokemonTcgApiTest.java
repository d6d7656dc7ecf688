package com.collectiq.identification.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.pricing.sources.PokemonTcgProperties;
import com.collectiq.testsupport.TickingClock;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/** The Pokémon TCG API adapter against WireMock serving the API's documented answers and failures. */
class PokemonTcgApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer wireMock = WireMockStandIn.get().server();
    private final List<StubMapping> stubs = new ArrayList<>();
    private final TickingClock clock = new TickingClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final InMemoryPriceCache cache = new InMemoryPriceCache();
    private PokemonTcgApi api;

    @BeforeEach
    void setUp() {
        // patient enough for a loaded build machine: only the timeout's own test waits less
        api = api(URI.create(WireMockStandIn.get().baseUrl()), "test-key", Duration.ofSeconds(15));
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(wireMock::removeStub);
    }

    @Test
    void answersWithTheCardItsSetAndItsRawPriceBlocks() throws IOException {
        String query = "id:\"base1-4\" answered";
        stub(query, okJson(PokemonTcgFixtures.read("base1-4.json")));

        OnlineAnswer answer = api.search(query);

        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
        OnlineCard card = answer.cards().get(0);
        assertThat(card.card()).isEqualTo(new CatalogCard("base1", "4", "Charizard", "Pokémon", List.of("Stage 2"), 120,
                "Rare Holo", "Mitsuhiro Arita"));
        assertThat(card.set().printedTotal()).isEqualTo(102);
        assertThat(card.set().ptcgoCode()).isEqualTo("BS");
        assertThat(JSON.readTree(card.prices().tcgplayerJson()).at("/prices/holofoil/market").asDouble()).isEqualTo(395.12);
        assertThat(JSON.readTree(card.prices().cardmarketJson()).at("/prices/trendPrice").asDouble()).isEqualTo(332.1);
        wireMock.verify(getRequestedFor(urlPathEqualTo("/v2/cards")).withQueryParam("q", equalTo(query))
                .withHeader("X-Api-Key", equalTo("test-key")));
    }

    @Test
    void aCardWithoutPriceBlocksIsStillAnAnswer() {
        String query = "id:\"neo1-9\" no prices";
        stub(query, okJson(PokemonTcgFixtures.read("search-no-prices.json")));

        OnlineAnswer answer = api.search(query);

        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(answer.cards().get(0).prices().isEmpty()).isTrue();
    }

    @Test
    void anEmptyAnswerIsAnAnswerWithNoCards() {
        String query = "name:\"Nobody\" empty";
        stub(query, okJson("{\"data\":[],\"page\":1,\"pageSize\":25,\"count\":0,\"totalCount\":0}"));

        OnlineAnswer answer = api.search(query);

        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(answer.cards()).isEmpty();
    }

    @Test
    void answersAreCachedUntilTheyExpire() {
        String query = "id:\"base1-4\" cached";
        stub(query, okJson(PokemonTcgFixtures.read("base1-4.json")));

        api.search(query);
        OnlineAnswer again = api.search(query);

        assertThat(again.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(again.detail()).startsWith("cached");
        assertThat(requestsFor(query)).isEqualTo(1);

        clock.advance(Duration.ofHours(25));
        api.search(query);
        assertThat(requestsFor(query)).isEqualTo(2);
    }

    @Test
    void after429ItIsNotCalledAgainBeforeRetryAfter() {
        String query = "id:\"base1-4\" throttled";
        StubMapping throttled = stub(query, aResponse().withStatus(429).withHeader("Retry-After", "120"));

        assertThat(api.search(query).outcome()).isEqualTo(Outcome.RATE_LIMITED);
        clock.advance(Duration.ofSeconds(119));
        assertThat(api.search(query).outcome()).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(api.search("id:\"other\" throttled").outcome()).isEqualTo(Outcome.RATE_LIMITED);
        assertThat(requestsFor(query)).isEqualTo(1);
        assertThat(requestsFor("id:\"other\" throttled")).isZero();

        wireMock.removeStub(throttled);
        stub(query, okJson(PokemonTcgFixtures.read("base1-4.json")));
        clock.advance(Duration.ofSeconds(2));
        assertThat(api.search(query).outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(requestsFor(query)).isEqualTo(2);
    }

    @Test
    void retryAfterAsAnHttpDateIsHonouredToo() {
        String query = "id:\"base1-4\" throttled until a date";
        stub(query, aResponse().withStatus(429).withHeader("Retry-After", "Tue, 24 Nov 2026 10:05:00 GMT"));

        api.search(query);
        clock.advance(Duration.ofMinutes(4));
        api.search(query);
        assertThat(requestsFor(query)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        api.search(query);
        assertThat(requestsFor(query)).isEqualTo(2);
    }

    @Test
    void serverErrorsAreUnavailableNotFailures() {
        String query = "id:\"base1-4\" 503";
        stub(query, aResponse().withStatus(503).withBody("upstream down"));

        OnlineAnswer answer = api.search(query);

        assertThat(answer.outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(answer.detail()).contains("503");
        api.search(query);
        assertThat(requestsFor(query)).as("a failure is not cached").isEqualTo(2);
    }

    @Test
    void malformedJsonIsReportedAndNotCached() {
        String query = "id:\"base1-4\" malformed";
        stub(query, aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"data\": [ {\"id\": "));

        assertThat(api.search(query).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(api.search(query).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(requestsFor(query)).isEqualTo(2);
    }

    @Test
    void jsonWithoutADataArrayIsMalformed() {
        String query = "id:\"base1-4\" no data";
        stub(query, okJson("{\"error\":{\"message\":\"Bad query\"}}"));

        assertThat(api.search(query).outcome()).isEqualTo(Outcome.MALFORMED);
    }

    @Test
    void aSlowAnswerTimesOut() {
        String query = "id:\"base1-4\" slow";
        stub(query, okJson("{\"data\":[]}").withFixedDelay(8000));
        PokemonTcgApi impatient = api(URI.create(WireMockStandIn.get().baseUrl()), null, Duration.ofMillis(300));

        long started = System.nanoTime();
        OnlineAnswer answer = impatient.search(query);

        assertThat(answer.outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(6000));
        // the client gave up after 300 ms; on a busy machine WireMock may journal the request after that
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> wireMock.verify(getRequestedFor(urlPathEqualTo("/v2/cards"))
                .withQueryParam("q", equalTo(query)).withoutHeader("X-Api-Key")));
    }

    @Test
    void anUnreachableApiIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PokemonTcgApi unreachable = api(URI.create("http://127.0.0.1:" + closedPort), null, Duration.ofSeconds(1));

        assertThat(unreachable.search("id:\"base1-4\"").outcome()).isEqualTo(Outcome.UNAVAILABLE);
    }

    private PokemonTcgApi api(URI baseUrl, String apiKey, Duration readTimeout) {
        PokemonTcgProperties properties = new PokemonTcgProperties(baseUrl, apiKey, Duration.ofSeconds(5), readTimeout,
                Duration.ofHours(24), Duration.ofSeconds(60));
        return new PokemonTcgApi(properties, cache, JSON, clock);
    }

    private StubMapping stub(String query, ResponseDefinitionBuilder response) {
        MappingBuilder mapping = get(urlPathEqualTo("/v2/cards")).withQueryParam("q", equalTo(query)).willReturn(response);
        StubMapping stub = wireMock.stubFor(mapping);
        stubs.add(stub);
        return stub;
    }

    private int requestsFor(String query) {
        return wireMock.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v2/cards"))
                .withQueryParam("q", equalTo(query)).build()).getCount();
    }

}

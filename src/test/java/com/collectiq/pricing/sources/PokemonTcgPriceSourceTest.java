package com.collectiq.pricing.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.Valuation;
import com.collectiq.pricing.MapPriceCache;
import com.collectiq.pricing.PricePoint;
import com.collectiq.pricing.PriceQuery;
import com.collectiq.pricing.Pricing;
import com.collectiq.pricing.PricingRequest;
import com.collectiq.pricing.SourceAnswer;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/** The source against WireMock serving the Pokémon TCG API's documented card object. */
class PokemonTcgPriceSourceTest {

    /** Generous: this machine is shared, and only the timeout test wants a short one. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

    final WireMockServer api = WireMockStandIn.get().server();
    final List<StubMapping> stubs = new ArrayList<>();
    final MapPriceCache cache = new MapPriceCache();
    final PokemonTcgPriceSource source = source(READ_TIMEOUT);

    @AfterEach
    void removeStubs() {
        stubs.forEach(api::removeStub);
    }

    @Test
    void bothBlocksGiveTheMatchingTcgplayerPrintingAndCardmarketInTheirCurrencies() {
        String id = serve("both.json");

        SourceAnswer answer = source.lookup(query(id, "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.OK);
        assertThat(answer.variantUncertain()).isFalse();
        assertThat(answer.prices()).extracting(PricePoint::description, PricePoint::currency).containsExactly(
                tuple("TCGplayer holofoil market", "USD"), tuple("TCGplayer holofoil mid", "USD"),
                tuple("TCGplayer holofoil low", "USD"), tuple("TCGplayer holofoil high", "USD"),
                tuple("Cardmarket trendPrice", "EUR"), tuple("Cardmarket averageSellPrice", "EUR"),
                tuple("Cardmarket avg30", "EUR"), tuple("Cardmarket avg7", "EUR"), tuple("Cardmarket lowPrice", "EUR"));
        assertThat(answer.prices()).filteredOn(p -> p.market().equals("tcgplayer"))
                .allSatisfy(p -> assertThat(p.observedOn()).hasToString("2026-11-20"));
        assertThat(answer.detail()).isEqualTo("TCGplayer holofoil (4 prices); Cardmarket (5 prices)");
        api.verify(getRequestedFor(urlPathEqualTo("/v2/cards/" + id)).withHeader("X-Api-Key", equalTo("test-key")));
    }

    @Test
    void onlyTcgplayer() {
        SourceAnswer answer = source.lookup(query(serve("only-tcgplayer.json"), "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.OK);
        assertThat(answer.prices()).extracting(PricePoint::market).containsOnly("tcgplayer").hasSize(4);
    }

    @Test
    void onlyCardmarket() {
        SourceAnswer answer = source.lookup(query(serve("only-cardmarket.json"), "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.OK);
        assertThat(answer.prices()).extracting(PricePoint::currency).containsOnly("EUR").hasSize(5);
        assertThat(answer.variantUncertain()).isFalse();
    }

    @Test
    void missingBlocksAreAnEmptyAnswerNotAFailure() {
        SourceAnswer answer = source.lookup(query(serve("no-prices.json"), "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.EMPTY);
        assertThat(answer.detail()).isEqualTo("no TCGplayer or Cardmarket prices for base1-4 holofoil");
    }

    @Test
    void theCardsPrintingPicksTheBlockAndOtherPrintingsAreSetAside() {
        String id = serve("first-edition.json");

        SourceAnswer first = source.lookup(query(id, "1stEditionHolofoil"));
        assertThat(first.prices()).extracting(PricePoint::description).containsExactly(
                "TCGplayer 1stEditionHolofoil market", "TCGplayer 1stEditionHolofoil mid",
                "TCGplayer 1stEditionHolofoil low", "TCGplayer 1stEditionHolofoil high");
        assertThat(first.setAside()).extracting(SourceAnswer.SetAside::reason).contains(
                "another printing than 1stEditionHolofoil", "Cardmarket does not price 1st Edition apart");
        assertThat(first.variantUncertain()).isFalse();

        SourceAnswer unlimited = source.lookup(query(id, "holofoil"));
        assertThat(unlimited.prices()).extracting(PricePoint::description).contains("TCGplayer unlimitedHolofoil market",
                "Cardmarket trendPrice");
        assertThat(unlimited.variantUncertain()).as("holofoil is unlimitedHolofoil in these sets").isFalse();
    }

    @Test
    void anUnknownPrintingAmongSeveralIsAGuessAndSaysSo() {
        SourceAnswer answer = source.lookup(query(serve("first-edition.json"), null));

        assertThat(answer.variantUncertain()).isTrue();
        assertThat(answer.detail()).contains(
                "printing unknown; TCGplayer lists 1stEditionHolofoil, unlimitedHolofoil, used unlimitedHolofoil");
    }

    @Test
    void aReverseHoloUsesTheReverseBlockAndCardmarketsReverseFields() {
        String id = serve("reverse-holo.json");

        SourceAnswer reverse = source.lookup(query(id, "reverseHolofoil"));
        assertThat(reverse.prices()).extracting(PricePoint::description).containsExactly(
                "TCGplayer reverseHolofoil market", "TCGplayer reverseHolofoil mid", "TCGplayer reverseHolofoil low",
                "TCGplayer reverseHolofoil high", "Cardmarket reverseHoloTrend", "Cardmarket reverseHoloSell",
                "Cardmarket reverseHoloAvg30", "Cardmarket reverseHoloAvg7", "Cardmarket reverseHoloLow");

        SourceAnswer unknown = source.lookup(query(id, null));
        assertThat(unknown.variantUncertain()).as("a common: normal guessed").isTrue();
        assertThat(unknown.prices()).extracting(PricePoint::description).contains("TCGplayer normal market",
                "Cardmarket trendPrice");
    }

    @Test
    void anUnknownCardIsEmpty() {
        String id = unique();
        stub(get(urlPathEqualTo("/v2/cards/" + id)).willReturn(aResponse().withStatus(404)));

        SourceAnswer answer = source.lookup(query(id, "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.EMPTY);
        assertThat(answer.detail()).isEqualTo("the API has no card " + id);
    }

    @Test
    void aServerErrorIsRetriedThenAFailedAnswer() {
        String id = unique();
        stub(get(urlPathEqualTo("/v2/cards/" + id)).willReturn(aResponse().withStatus(503)));

        SourceAnswer answer = source.lookup(query(id, "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.FAILED);
        assertThat(answer.detail()).isEqualTo("HTTP 503 after 3 attempts");
        api.verify(Pricing.properties().retry().maxAttempts(), getRequestedFor(urlPathEqualTo("/v2/cards/" + id)));
    }

    @Test
    void aSlowAnswerTimesOutAsAFailure() {
        String id = unique();
        Duration delay = SHORT_READ_TIMEOUT.multipliedBy(10);
        stub(get(urlPathEqualTo("/v2/cards/" + id)).willReturn(okJson(fixture("both.json"))
                .withFixedDelay((int) delay.toMillis())));

        long start = System.nanoTime();
        SourceAnswer answer = source(SHORT_READ_TIMEOUT).lookup(query(id, "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.FAILED);
        assertThat(answer.detail()).startsWith("unreachable or too slow");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(delay);
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndTheApiIsNoLongerCalled() {
        String id = unique();
        stub(get(urlPathEqualTo("/v2/cards/" + id)).willReturn(aResponse().withStatus(500)));
        int minimumCalls = Pricing.properties().circuitBreaker().minimumCalls();

        // every attempt counts: three in the first lookup, the fourth in the second opens the circuit
        assertThat(source.lookup(query(id, "holofoil")).detail()).isEqualTo("HTTP 500 after 3 attempts");
        SourceAnswer answer = source.lookup(query(id, "holofoil"));
        SourceAnswer later = source.lookup(query(id, "holofoil"));

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.FAILED);
        assertThat(answer.detail()).isEqualTo("not called: circuit open after repeated failures");
        assertThat(later.detail()).isEqualTo("not called: circuit open after repeated failures");
        api.verify(minimumCalls, getRequestedFor(urlPathEqualTo("/v2/cards/" + id)));
    }

    @Test
    void blocksHandedOverByIdentificationNeedNoCall() throws IOException {
        String card = new ObjectMapper().readTree(fixture("both.json")).get("data").toString();
        // an id no other test asks the shared WireMock for, so the count below is this test's alone
        String id = "handover-" + UUID.randomUUID();
        PriceQuery query = new PriceQuery(Pricing.identity(id, "holofoil", 0.9), Map.of("pokemontcg", card));

        SourceAnswer answer = source.lookup(query);

        assertThat(answer.prices()).hasSize(9);
        assertThat(answer.detail()).endsWith("(from identification's search)");
        api.verify(0, getRequestedFor(urlPathEqualTo("/v2/cards/" + id)));
    }

    @Test
    void handedOverBlocksAloneAreReadWithTheIdentitysIdAndRarity() throws IOException {
        JsonNode card = new ObjectMapper().readTree(fixture("first-edition.json")).get("data");
        String blocksOnly = "{\"tcgplayer\":" + card.get("tcgplayer") + ",\"cardmarket\":" + card.get("cardmarket") + "}";
        Identity common = new Identity("Flareon", "Jungle", "2", "64", "base2-2", "Common", null, 0.9, Map.of(),
                List.of());

        SourceAnswer answer = source.lookup(new PriceQuery(common, Map.of("pokemontcg", blocksOnly)));

        assertThat(answer.prices()).isNotEmpty();
        assertThat(answer.variantUncertain()).isTrue();
        SourceAnswer none = source.lookup(new PriceQuery(common, Map.of("pokemontcg", "{}")));
        assertThat(none.detail()).startsWith("no TCGplayer or Cardmarket prices for base2-2");
    }

    @Test
    void anAnswerIsCachedSoTheNextValuationDoesNotAskAgain() {
        String id = serve("both.json");

        source.lookup(query(id, "holofoil"));
        SourceAnswer again = source.lookup(query(id, "holofoil"));

        assertThat(again.prices()).hasSize(9);
        assertThat(again.detail()).endsWith("(cached)");
        api.verify(1, getRequestedFor(urlPathEqualTo("/v2/cards/" + id)));
    }

    @Test
    void offlineTheApiIsNeverCalledAndTheSampleIsUsed() {
        String id = serve("both.json");
        Valuation valuation = Pricing.agent(true, source, new SamplePriceSource(new ObjectMapper()))
                .value(PricingRequest.of(identityOf(id), Hints.NONE));

        api.verify(0, getRequestedFor(urlPathEqualTo("/v2/cards/" + id)));
        assertThat(valuation.sources()).extracting(Valuation.Source::name, Valuation.Source::outcome)
                .containsExactly(tuple("pokemontcg", "skipped"), tuple("sample", "empty"));
        assertThat(valuation.fair()).isNull();
    }

    @Test
    void aFailingApiDegradesTheValuationToTheLabelledSample() {
        stub(get(urlPathEqualTo("/v2/cards/base1-4")).willReturn(aResponse().withStatus(502)));
        SamplePriceSource sample = new SamplePriceSource(new ObjectMapper());
        PricingRequest request = PricingRequest.of(Pricing.identity("base1-4", "holofoil", 0.95), Hints.NONE);

        Valuation degraded = Pricing.agent(false, source, sample).value(request);
        Valuation offline = Pricing.agent(true, source, sample).value(request);

        assertThat(degraded.fair()).isEqualByComparingTo(offline.fair()).isNotNull();
        assertThat(degraded.sources()).extracting(Valuation.Source::name, Valuation.Source::outcome,
                Valuation.Source::sample).containsExactly(tuple("pokemontcg", "failed", false),
                        tuple("sample", "ok", true));
        assertThat(degraded.confidence()).isLessThan(offline.confidence());
        assertThat(degraded.summary()).contains("SAMPLE DATA", "pokemontcg failed (HTTP 502 after 3 attempts).");
    }

    private PokemonTcgPriceSource source(Duration readTimeout) {
        return new PokemonTcgPriceSource(new PokemonTcgProperties(URI.create(WireMockStandIn.get().baseUrl()),
                "test-key", Duration.ofSeconds(1), readTimeout, Duration.ofHours(24), Duration.ofSeconds(60)), Pricing.properties(), cache, new ObjectMapper(),
                Pricing.CLOCK);
    }

    private String serve(String fixture) {
        String id = unique();
        stub(get(urlPathEqualTo("/v2/cards/" + id)).willReturn(okJson(fixture(fixture))));
        return id;
    }

    private void stub(MappingBuilder mapping) {
        stubs.add(api.stubFor(mapping));
    }

    /** A card id no other test asks for, so request counts are this test's own. */
    private static String unique() {
        return "vt-" + UUID.randomUUID();
    }

    private static PriceQuery query(String id, String variant) {
        return new PriceQuery(identityOf(id, variant), Map.of());
    }

    private static Identity identityOf(String id) {
        return identityOf(id, "holofoil");
    }

    private static Identity identityOf(String id, String variant) {
        return Pricing.identity(id, variant, 0.9);
    }

    private static String fixture(String name) {
        try {
            return new ClassPathResource("pokemontcg/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

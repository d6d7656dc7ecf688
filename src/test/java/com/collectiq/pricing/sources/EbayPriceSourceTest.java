package com.collectiq.pricing.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.Valuation;
import com.collectiq.platform.secrets.PropertySecrets;
import com.collectiq.pricing.ConditionTarget;
import com.collectiq.pricing.MapPriceCache;
import com.collectiq.pricing.PricePoint;
import com.collectiq.pricing.PriceQuery;
import com.collectiq.pricing.Pricing;
import com.collectiq.pricing.PricingRequest;
import com.collectiq.pricing.SourceAnswer;
import com.collectiq.testsupport.Fixtures;
import com.collectiq.testsupport.TickingClock;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * The source against WireMock serving eBay's documented OAuth token and Browse search answers.
 * Every test has its own OAuth client, and its stubs match only that client's token and Basic
 * credentials, so tests never see each other's requests.
 */
class EbayPriceSourceTest {

    static final String SEARCH = "/buy/browse/v1/item_summary/search";
    static final String TOKEN = "/identity/v1/oauth2/token";

    final WireMockServer api = WireMockStandIn.get().server();
    final List<StubMapping> stubs = new ArrayList<>();
    final String clientId = "client-" + UUID.randomUUID();
    final String clientSecret = "secret-" + UUID.randomUUID();
    final TickingClock clock = new TickingClock(Pricing.NOW);
    final EbayPriceSource source = new EbayPriceSource(new EbayProperties(URI.create(WireMockStandIn.get().baseUrl()),
            clientId, clientSecret, null, null, "https://api.ebay.com/oauth/api_scope", "EBAY_US", "183454", 50,
            Duration.ofSeconds(1), Duration.ofSeconds(5)), Pricing.properties(), new PropertySecrets(),
            new MapPriceCache(), new ObjectMapper(), clock);

    @AfterEach
    void removeStubs() {
        stubs.forEach(api::removeStub);
    }

    @Test
    void aRawCardsSearchKeepsSingleUngradedListingsOfThisCardAtALowWeight() {
        String token = issue("token-a", 7200);
        serve(token, "search-raw.json");

        SourceAnswer answer = source.lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.OK);
        assertThat(answer.prices()).extracting(PricePoint::amount).extracting(Object::toString)
                .containsExactly("420.00", "360.00", "395.00");
        assertThat(answer.prices()).allSatisfy(p -> {
            assertThat(p.reliability()).isEqualTo(EbayListings.ASKING_PRICE);
            assertThat(p.graded()).isFalse();
        });
        assertThat(answer.detail()).isEqualTo(
                "3 asking prices of active listings (not sales, weighted lower: 0.30 each), 8 listings set aside");
        assertThat(answer.setAside()).extracting(s -> s.price().description(), SourceAnswer.SetAside::reason)
                .containsExactly(
                        tuple("eBay listing: Charizard 4/102 Base Set Holo PSA 9 MINT", "a graded slab; this card is raw"),
                        tuple("eBay listing: Pokemon Base Set Lot of 10 cards Charizard 4/102 Blastoise",
                                "a lot or bundle, not a single card"),
                        tuple("eBay listing: Charizard 4/102 Proxy Card Holo", "a proxy, not a genuine card"),
                        tuple("eBay listing: Custom Charizard Base Set Gold Metal Card", "a custom card"),
                        tuple("eBay listing: Charizard 4/102 Base Set Reprint", "a reprint"),
                        tuple("eBay listing: Charizard Base Set Digital Code Card TCG Live",
                                "digital, not a printed card"),
                        tuple("eBay listing: Blastoise 2/102 Base Set Holo", "does not name Charizard"),
                        tuple("eBay listing: Charizard 11/108 Evolutions Holo", "card number 11, not 4"));
        api.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-EBAY-C-MARKETPLACE-ID", equalTo("EBAY_US"))
                .withQueryParam("q", equalTo("Charizard 4/102 Base"))
                .withQueryParam("category_ids", equalTo("183454"))
                .withQueryParam("filter", equalTo("buyingOptions:{FIXED_PRICE},conditionIds:{4000}")));
        api.verify(postRequestedFor(urlPathEqualTo(TOKEN)).withHeader("Authorization", equalTo(basic()))
                .withRequestBody(containing("grant_type=client_credentials")));
    }

    @Test
    void aGradedCardsSearchKeepsSlabsOfItsGraderAndTheValuationUsesItsGradeOnly() {
        String token = issue("token-g", 7200);
        serve(token, "search-graded.json");
        PriceQuery psa9 = new PriceQuery(charizard(), ConditionTarget.of(new Hints(null, null, null, null, "PSA", "9"),
                null), Map.of());

        SourceAnswer answer = source.lookup(psa9);

        assertThat(answer.prices()).extracting(PricePoint::grader, PricePoint::grade)
                .containsExactly(tuple("PSA", "9"), tuple("PSA", "8"), tuple("PSA", "9"));
        assertThat(answer.setAside()).extracting(SourceAnswer.SetAside::reason)
                .containsExactly("a BGS slab, not PSA", "not a graded slab; this card is PSA 9");
        api.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("Charizard 4/102 Base PSA 9"))
                .withQueryParam("filter", equalTo("buyingOptions:{FIXED_PRICE},conditionIds:{2750}")));

        Valuation valuation = Pricing.agent(false, source).value(PricingRequest.of(charizard(),
                new Hints(null, null, null, null, "PSA", "9")));
        assertThat(valuation.fair()).isEqualByComparingTo("1820.00");
        assertThat(valuation.comparables()).filteredOn(c -> c.description().contains("PSA 8"))
                .extracting(Valuation.Comparable::reason).containsExactly("PSA 8, not PSA 9");
    }

    @Test
    void noListingsIsAnEmptyAnswer() {
        serve(issue("token-e", 7200), "search-empty.json");

        SourceAnswer answer = source.lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.EMPTY);
        assertThat(answer.detail()).isEqualTo("no listings found");
    }

    @Test
    void theTokenIsKeptUntilItExpiresThenFetchedAgain() {
        String token = issue("token-k", 7200);
        serve(token, "search-raw.json");

        source.lookup(raw());
        source.lookup(query("Blastoise"));
        clock.advance(Duration.ofSeconds(7200));
        source.lookup(query("Venusaur"));

        api.verify(2, tokenRequests());
        api.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheSearchMadeAgain() {
        stub(post(urlPathEqualTo(TOKEN)).withHeader("Authorization", equalTo(basic())).inScenario(clientId)
                .whenScenarioStateIs(STARTED).willSetStateTo("second")
                .willReturn(okJson(tokenAnswer("expired-" + clientId, 7200))));
        stub(post(urlPathEqualTo(TOKEN)).withHeader("Authorization", equalTo(basic())).inScenario(clientId)
                .whenScenarioStateIs("second").willReturn(okJson(tokenAnswer("fresh-" + clientId, 7200))));
        stub(get(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer expired-" + clientId))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"errorId\":1001,\"domain\":\"OAuth\",\"category\":\"REQUEST\","
                                + "\"message\":\"Invalid access token\",\"longMessage\":\"Invalid access token. Check"
                                + " the value of the Authorization HTTP request header.\"}]}")));
        serve("fresh-" + clientId, "search-raw.json");

        SourceAnswer answer = source.lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.OK);
        api.verify(2, tokenRequests());
        api.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization",
                equalTo("Bearer expired-" + clientId)));
    }

    @Test
    void aTokenRefusedTwiceFailsTheSourceWithoutLooping() {
        String token = issue("token-r", 7200);
        stub(get(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(401)));

        SourceAnswer answer = source.lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.FAILED);
        assertThat(answer.detail()).isEqualTo("HTTP 401");
        api.verify(2, tokenRequests());
    }

    @Test
    void withoutClientCredentialsTheSourceIsOff() {
        EbayPriceSource off = new EbayPriceSource(new EbayProperties(URI.create(WireMockStandIn.get().baseUrl()),
                null, null, null, null, "scope", "EBAY_US", "183454", 50, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                Pricing.properties(), new PropertySecrets(), new MapPriceCache(), new ObjectMapper(), clock);

        assertThat(off.lookup(raw()).detail()).isEqualTo("off: no OAuth client credentials");
    }

    private RequestPatternBuilder tokenRequests() {
        return postRequestedFor(urlPathEqualTo(TOKEN)).withHeader("Authorization", equalTo(basic()));
    }

    private String issue(String token, int expiresIn) {
        String value = token + "-" + clientId;
        stub(post(urlPathEqualTo(TOKEN)).withHeader("Authorization", equalTo(basic()))
                .willReturn(okJson(tokenAnswer(value, expiresIn))));
        return value;
    }

    private static String tokenAnswer(String token, int expiresIn) {
        return "{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn
                + ",\"token_type\":\"Application Access Token\"}";
    }

    private void serve(String token, String fixture) {
        stub(get(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(Fixtures.text("ebay/" + fixture))));
    }

    private void stub(MappingBuilder mapping) {
        stubs.add(api.stubFor(mapping));
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Identity charizard() {
        return Pricing.identity("base1-4", "holofoil", 0.9);
    }

    private static PriceQuery raw() {
        return new PriceQuery(charizard(), Map.of());
    }

    /** Another card, so the search is not answered from the cache. */
    private static PriceQuery query(String name) {
        return new PriceQuery(new Identity(name, "Base", "4", "102", "base1-x", "Rare Holo", "holofoil", 0.9, Map.of(),
                List.of()), Map.of());
    }
}

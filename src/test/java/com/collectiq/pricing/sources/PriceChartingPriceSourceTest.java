package com.collectiq.pricing.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
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
import com.collectiq.pricing.NoPriceCache;
import com.collectiq.pricing.PriceCache;
import com.collectiq.pricing.PricePoint;
import com.collectiq.pricing.PriceQuery;
import com.collectiq.pricing.Pricing;
import com.collectiq.pricing.PricingProperties;
import com.collectiq.pricing.PricingRequest;
import com.collectiq.pricing.SourceAnswer;
import com.collectiq.testsupport.Fixtures;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * The source against WireMock serving PriceCharting's documented answers. Every test uses its own
 * API key, and its stubs match only that key, so tests never see each other's requests.
 */
class PriceChartingPriceSourceTest {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    final WireMockServer api = WireMockStandIn.get().server();
    final List<StubMapping> stubs = new ArrayList<>();
    final String key = "pc-" + UUID.randomUUID();

    @AfterEach
    void removeStubs() {
        stubs.forEach(api::removeStub);
    }

    @Test
    void pennyPricesOfTheMatchingProductForARawCard() {
        serveCharizard();

        SourceAnswer answer = source(new MapPriceCache()).lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.OK);
        assertThat(answer.detail()).isEqualTo("Charizard #4 (Pokemon Base Set): 7 prices in pennies");
        assertThat(answer.prices()).extracting(PricePoint::description, PricePoint::amount, PricePoint::grader,
                PricePoint::grade).containsExactly(
                        tuple("PriceCharting ungraded", new BigDecimal("395.00"), null, null),
                        tuple("PriceCharting Grade 7 (any grader)", new BigDecimal("899.00"), "any", "7"),
                        tuple("PriceCharting Grade 8 (any grader)", new BigDecimal("1050.00"), "any", "8"),
                        tuple("PriceCharting Grade 9 (any grader)", new BigDecimal("1850.00"), "any", "9"),
                        tuple("PriceCharting Grade 9.5 (any grader)", new BigDecimal("3200.00"), "any", "9.5"),
                        tuple("PriceCharting PSA 10", new BigDecimal("12500.00"), "PSA", "10"),
                        tuple("PriceCharting BGS 10", new BigDecimal("25000.00"), "BGS", "10"));
        assertThat(answer.prices()).allSatisfy(p -> {
            assertThat(p.currency()).isEqualTo("USD");
            assertThat(p.observedOn()).isEqualTo(Pricing.TODAY);
        });
        api.verify(getRequestedFor(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .withQueryParam("q", equalTo("Charizard #4 Base")));
        api.verify(getRequestedFor(urlPathEqualTo("/api/product")).withQueryParam("id", equalTo("900002")));
    }

    @Test
    void aRawCardIsValuedFromTheUngradedPriceAndAGradedOneFromItsGrade() {
        serveCharizard();
        PriceChartingPriceSource source = source(new MapPriceCache());

        Valuation raw = Pricing.agent(false, source).value(PricingRequest.of(charizard(), Hints.NONE));
        Valuation psa9 = Pricing.agent(false, source).value(PricingRequest.of(charizard(),
                new Hints(null, null, null, null, "PSA", "9")));

        assertThat(raw.fair()).isEqualByComparingTo("395.00");
        assertThat(raw.comparables()).filteredOn(Valuation.Comparable::used)
                .extracting(Valuation.Comparable::description).containsExactly("PriceCharting ungraded");
        assertThat(psa9.fair()).isEqualByComparingTo("1850.00");
        assertThat(psa9.comparables()).filteredOn(Valuation.Comparable::used)
                .extracting(Valuation.Comparable::description).containsExactly("PriceCharting Grade 9 (any grader)");
        assertThat(psa9.comparables()).filteredOn(c -> c.description().equals("PriceCharting PSA 10"))
                .extracting(Valuation.Comparable::reason).containsExactly("PSA 10, not PSA 9");
    }

    @Test
    void aSearchWithoutTheCardIsEmpty() {
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(okJson(Fixtures.text("pricecharting/products-none.json"))));

        SourceAnswer answer = source(new MapPriceCache()).lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.EMPTY);
        assertThat(answer.detail()).isEqualTo("no PriceCharting product is Charizard #4 Base");
    }

    @Test
    void theProductFoundIsCachedPerCard() {
        serveCharizard();
        PriceChartingPriceSource source = source(new MapPriceCache());

        source.lookup(raw());
        SourceAnswer again = source.lookup(raw());

        assertThat(again.detail()).endsWith("(cached)");
        assertThat(again.prices()).hasSize(7);
        api.verify(1, getRequestedFor(urlPathEqualTo("/api/product")).withQueryParam("t", equalTo(key)));
    }

    @Test
    void withoutAKeyTheSourceIsOffAndNeverCalled() {
        PriceChartingPriceSource source = new PriceChartingPriceSource(properties("", READ_TIMEOUT),
                Pricing.properties(), new PropertySecrets(), new MapPriceCache(), new ObjectMapper(), Pricing.CLOCK);

        SourceAnswer answer = source.lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.SKIPPED);
        assertThat(answer.detail()).isEqualTo("off: no API key");
        api.verify(0, getRequestedFor(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo("")));
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key)).inScenario(key)
                .whenScenarioStateIs(STARTED).willSetStateTo("waited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key)).inScenario(key)
                .whenScenarioStateIs("waited")
                .willReturn(okJson(Fixtures.text("pricecharting/products-charizard.json"))));
        serveProduct();

        long start = System.nanoTime();
        SourceAnswer answer = source(new MapPriceCache()).lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.OK);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        api.verify(2, getRequestedFor(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key)));
    }

    @Test
    void aRetryAfterBeyondTheSourceTimeoutIsNotWaitedFor() {
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        PriceChartingPriceSource source = source(new MapPriceCache());

        long start = System.nanoTime();
        SourceAnswer answer = source.lookup(raw());
        SourceAnswer next = source.lookup(raw());

        assertThat(answer.detail()).startsWith("HTTP 429; a retry in 120.0 s would pass the source timeout");
        assertThat(next.detail()).startsWith("not called: the source asked for a pause (Retry-After)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        api.verify(1, getRequestedFor(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key)));
    }

    @Test
    void serverErrorsAreRetriedThenFailTheSourceOnly() {
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(aResponse().withStatus(500)));

        SourceAnswer answer = source(new MapPriceCache()).lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.FAILED);
        assertThat(answer.detail()).isEqualTo("HTTP 500 after 3 attempts");
        api.verify(3, getRequestedFor(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key)));
    }

    @Test
    void aSlowAnswerPastTheReadTimeoutFails() {
        Duration timeout = Duration.ofMillis(300);
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(okJson(Fixtures.text("pricecharting/products-charizard.json"))
                        .withFixedDelay((int) timeout.multipliedBy(10).toMillis())));
        PriceChartingPriceSource source = new PriceChartingPriceSource(properties(key, timeout), Pricing.properties(),
                new PropertySecrets(), new MapPriceCache(), new ObjectMapper(), Pricing.CLOCK);

        SourceAnswer answer = source.lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.FAILED);
        assertThat(answer.detail()).isEqualTo("unreachable or too slow: HttpTimeoutException after 3 attempts");
    }

    @Test
    void malformedJsonIsAFailureThatIsNotRetried() {
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\": \"success\", \"products\": [")));

        SourceAnswer answer = source(new MapPriceCache()).lookup(raw());

        assertThat(answer.outcome()).isEqualTo(SourceAnswer.Outcome.FAILED);
        assertThat(answer.detail()).startsWith("unreadable answer");
        api.verify(1, getRequestedFor(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key)));
    }

    @Test
    void anErrorStatusIsAFailureSayingWhy() {
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(okJson(Fixtures.text("pricecharting/error.json"))));

        SourceAnswer answer = source(new MapPriceCache()).lookup(raw());

        assertThat(answer.detail()).isEqualTo("PriceCharting error: Invalid authentication token");
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesAgainOnceTheApiRecovers() throws InterruptedException {
        Duration openFor = Duration.ofMillis(500);
        StubMapping failing = stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(aResponse().withStatus(503)));
        PriceChartingPriceSource source = new PriceChartingPriceSource(properties(key, READ_TIMEOUT),
                Pricing.properties(Pricing.breaker(openFor), new PricingProperties.RateLimitSettings(6000, 100)),
                new PropertySecrets(), new NoPriceCache(), new ObjectMapper(), Pricing.CLOCK);

        assertThat(source.lookup(raw()).detail()).isEqualTo("HTTP 503 after 3 attempts");
        assertThat(source.lookup(raw()).detail()).isEqualTo("not called: circuit open after repeated failures");
        api.verify(4, getRequestedFor(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key)));

        api.removeStub(failing);
        serveCharizard();
        Thread.sleep(openFor.toMillis() + 100);
        int trialCalls = Pricing.properties().circuitBreaker().minimumCalls();
        for (int i = 0; i < trialCalls + 1; i++) {
            assertThat(source.lookup(raw()).outcome()).isEqualTo(SourceAnswer.Outcome.OK);
        }
        api.verify(4 + trialCalls + 1, getRequestedFor(urlPathEqualTo("/api/products"))
                .withQueryParam("t", equalTo(key)));
    }

    @Test
    void theAgentKeepsValuingWithTheSourceDownAndSaysSo() {
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(aResponse().withStatus(502)));
        SamplePriceSource sample = new SamplePriceSource(new ObjectMapper());

        Valuation valuation = Pricing.agent(false, source(new MapPriceCache()), sample)
                .value(PricingRequest.of(Pricing.identity("base1-4", "holofoil", 0.9), Hints.NONE));

        assertThat(valuation.fair()).isNotNull();
        assertThat(valuation.sources()).extracting(Valuation.Source::name, Valuation.Source::outcome)
                .containsExactly(tuple("pricecharting", "failed"), tuple("sample", "ok"));
        assertThat(valuation.summary()).contains("pricecharting failed (HTTP 502 after 3 attempts).");
    }

    private void serveCharizard() {
        stub(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(key))
                .willReturn(okJson(Fixtures.text("pricecharting/products-charizard.json"))));
        serveProduct();
    }

    private void serveProduct() {
        stub(get(urlPathEqualTo("/api/product")).withQueryParam("t", equalTo(key))
                .withQueryParam("id", equalTo("900002"))
                .willReturn(okJson(Fixtures.text("pricecharting/product-charizard.json"))));
    }

    private StubMapping stub(MappingBuilder mapping) {
        StubMapping stub = api.stubFor(mapping);
        stubs.add(stub);
        return stub;
    }

    private PriceChartingPriceSource source(PriceCache cache) {
        return new PriceChartingPriceSource(properties(key, READ_TIMEOUT), Pricing.properties(), new PropertySecrets(),
                cache, new ObjectMapper(), Pricing.CLOCK);
    }

    static PriceChartingProperties properties(String apiKey, Duration readTimeout) {
        return new PriceChartingProperties(URI.create(WireMockStandIn.get().baseUrl()), apiKey, null,
                Duration.ofSeconds(1), readTimeout);
    }

    private static Identity charizard() {
        return Pricing.identity("base1-4", "holofoil", 0.9);
    }

    private static PriceQuery raw() {
        return new PriceQuery(charizard(), ConditionTarget.of(Hints.NONE, null), Map.of());
    }
}

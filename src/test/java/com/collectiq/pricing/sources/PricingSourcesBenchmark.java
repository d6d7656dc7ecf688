package com.collectiq.pricing.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;
import com.collectiq.platform.secrets.PropertySecrets;
import com.collectiq.pricing.NoPriceCache;
import com.collectiq.pricing.Pricing;
import com.collectiq.pricing.PricingAgent;
import com.collectiq.pricing.PricingRequest;
import com.collectiq.testsupport.Fixtures;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Not a test: how long the pricing agent takes when its three outside sources each take 200 ms to
 * answer. The real adapters (Pokémon TCG, PriceCharting, eBay) call WireMock over loopback HTTP,
 * which delays every answer (PriceCharting's two calls 100 ms each, eBay's search 200 ms after its
 * token, fetched in the warm-up); no cache, so every run calls all three. Prints the median, the
 * fastest and the slowest wall time of the measured runs, and the median of the three sources'
 * latencies added up (what calling them one after another would cost).
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.collectiq.pricing.sources.PricingSourcesBenchmark [-Dexec.args="21 5"]</pre>
 */
public final class PricingSourcesBenchmark {

    static final int DELAY_MS = 200;
    static final String KEY = "benchmark-key";

    private PricingSourcesBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        WireMockServer wireMock = WireMockStandIn.get().server();
        serve(wireMock);
        ObjectMapper json = new ObjectMapper();
        URI base = URI.create(WireMockStandIn.get().baseUrl());
        PricingAgent agent = Pricing.agent(false,
                new PokemonTcgPriceSource(new PokemonTcgProperties(base, null, Duration.ofSeconds(2),
                        Duration.ofSeconds(4), Duration.ofHours(24), Duration.ofSeconds(60)), Pricing.properties(), new NoPriceCache(), json, Pricing.CLOCK),
                new PriceChartingPriceSource(new PriceChartingProperties(base, KEY, null, Duration.ofSeconds(2),
                        Duration.ofSeconds(4)), Pricing.properties(), new PropertySecrets(), new NoPriceCache(), json,
                        Pricing.CLOCK),
                new EbayPriceSource(new EbayProperties(base, "benchmark-client", "benchmark-secret", null, null,
                        "scope", "EBAY_US", "183454", 50, Duration.ofSeconds(2), Duration.ofSeconds(4)),
                        Pricing.properties(), new PropertySecrets(), new NoPriceCache(), json, Pricing.CLOCK));
        PricingRequest request = PricingRequest.of(Pricing.identity("bench-4", "holofoil", 0.9), Hints.NONE);

        for (int i = 0; i < warmUps; i++) {
            agent.value(request);
        }
        List<Long> wall = new ArrayList<>();
        List<Long> sequential = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Valuation valuation = agent.value(request);
            wall.add((System.nanoTime() - start) / 1_000_000);
            if (valuation.sources().stream().anyMatch(s -> !s.outcome().equals("ok"))) {
                throw new IllegalStateException("a source did not answer: " + valuation.sources());
            }
            sequential.add(valuation.sources().stream().mapToLong(Valuation.Source::latencyMillis).sum());
        }
        Collections.sort(wall);
        Collections.sort(sequential);
        System.out.printf(Locale.ROOT, "three sources, %d ms each, %d runs after %d warm-up runs%n", DELAY_MS, runs,
                warmUps);
        System.out.printf(Locale.ROOT, "agent wall time: median %d ms (fastest %d, slowest %d)%n",
                wall.get(runs / 2), wall.get(0), wall.get(runs - 1));
        System.out.printf(Locale.ROOT, "sources' latencies added up: median %d ms%n", sequential.get(runs / 2));
        System.exit(0);
    }

    private static void serve(WireMockServer wireMock) {
        wireMock.stubFor(get(urlPathEqualTo("/v2/cards/bench-4"))
                .willReturn(okJson(Fixtures.text("pokemontcg/both.json")).withFixedDelay(DELAY_MS)));
        wireMock.stubFor(get(urlPathEqualTo("/api/products")).withQueryParam("t", equalTo(KEY))
                .willReturn(okJson(Fixtures.text("pricecharting/products-charizard.json")).withFixedDelay(DELAY_MS / 2)));
        wireMock.stubFor(get(urlPathEqualTo("/api/product")).withQueryParam("t", equalTo(KEY))
                .willReturn(okJson(Fixtures.text("pricecharting/product-charizard.json")).withFixedDelay(DELAY_MS / 2)));
        wireMock.stubFor(post(urlPathEqualTo("/identity/v1/oauth2/token")).willReturn(okJson(
                "{\"access_token\":\"benchmark-token\",\"expires_in\":7200,\"token_type\":\"Application Access Token\"}")));
        wireMock.stubFor(get(urlPathEqualTo("/buy/browse/v1/item_summary/search"))
                .willReturn(okJson(Fixtures.text("ebay/search-raw.json")).withFixedDelay(DELAY_MS)));
    }
}

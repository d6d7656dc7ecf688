package com.collectiq.testsupport;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every outside URL the service calls at the loopback WireMock, in every Spring context the
 * tests start, so no test can reach past this machine whatever its properties forget. A test that
 * sets one of these URLs itself (inlined test properties) still wins.
 */
public class OutsideUrlsOnWireMock implements EnvironmentPostProcessor {

    private static final String SOURCE = "outsideUrlsOnWireMock";
    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";
    /** Where the services under test look for the ECB's rates; unstubbed, so they keep the bundled ones. */
    public static final String RATES_PATH = "/ecb/eurofxref-daily.xml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String wireMock = WireMockStandIn.get().baseUrl();
        MapPropertySource urls = new MapPropertySource(SOURCE, Map.of(
                "collectiq.catalog.pokemontcg.base-url", wireMock,
                "collectiq.pricing.pricecharting.base-url", wireMock,
                "collectiq.pricing.ebay.base-url", wireMock,
                "collectiq.currency.rates-url", wireMock + RATES_PATH));
        if (environment.getPropertySources().contains(INLINED_TEST_PROPERTIES)) {
            environment.getPropertySources().addAfter(INLINED_TEST_PROPERTIES, urls);
        } else {
            environment.getPropertySources().addFirst(urls);
        }
    }
}

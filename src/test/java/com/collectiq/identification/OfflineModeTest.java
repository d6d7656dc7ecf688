package com.collectiq.identification;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.collectiq.card.Hints;
import com.collectiq.identification.catalog.InMemoryPriceCache;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.pricing.sources.PokemonTcgProperties;
import com.collectiq.pricing.PriceCache;
import com.collectiq.testsupport.WireMockStandIn;

/** {@code collectiq.offline=true} means the online catalog is never called, not merely ignored. */
class OfflineModeTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PokemonTcgProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(Properties.class, IdentificationConfiguration.class)
            .withBean(PriceCache.class, InMemoryPriceCache::new)
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("collectiq.catalog.pokemontcg.base-url=" + WireMockStandIn.get().baseUrl());

    @Test
    void offlineIdentifiesFromTheBundledCatalogWithoutCallingOut() {
        String query = "id:\"base2-60\"";
        int before = requestsFor(query);
        context.withPropertyValues("collectiq.offline=true").run(app -> {
            Identification result = app.getBean(CardIdentifier.class).identify(
                    OcrCase.of("jungle pikachu", "base2-60", "Pikachu 50 HP", "©1999 Wizards. 60/64").extraction(),
                    Hints.NONE, VisualHints.NONE);

            assertThat(result.identity().catalogId()).isEqualTo("base2-60");
            assertThat(result.online()).isEqualTo(Outcome.OFFLINE);
            assertThat(requestsFor(query)).isEqualTo(before);
        });
    }

    @Test
    void onlineByDefault() {
        String query = "id:\"base3-15\"";
        int before = requestsFor(query);
        context.run(app -> {
            app.getBean(CardIdentifier.class).identify(
                    OcrCase.of("zapdos", "base3-15", "Zapdos 80 HP", "©1999 Wizards. 15/62").extraction(), Hints.NONE,
                    VisualHints.NONE);

            assertThat(requestsFor(query)).isEqualTo(before + 1);
        });
    }

    private static int requestsFor(String query) {
        return WireMockStandIn.get().server().countRequestsMatching(getRequestedFor(urlPathEqualTo("/v2/cards"))
                .withQueryParam("q", equalTo(query)).build()).getCount();
    }
}

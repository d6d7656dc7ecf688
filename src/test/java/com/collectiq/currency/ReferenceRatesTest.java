package com.collectiq.currency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.WireMockStandIn;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The rates cache against WireMock on loopback serving the ECB's documented XML: a good answer
 * replaces the rates in use; a 5xx, a timeout, a reset connection or bad XML keeps the last good ones
 * and counts the failure. Each test has a path of its own on the shared WireMock.
 */
class ReferenceRatesTest {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    final WireMockServer ecb = WireMockStandIn.get().server();
    final String path = "/ecb-" + UUID.randomUUID() + "/eurofxref-daily.xml";
    final List<StubMapping> stubs = new ArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void removeStubs() {
        stubs.forEach(ecb::removeStub);
    }

    ReferenceRates rates(boolean offline) {
        CurrencyProperties properties = new CurrencyProperties(URI.create(ecb.baseUrl() + path), Duration.ofSeconds(1),
                READ_TIMEOUT);
        return new ReferenceRates(new EcbRatesFeed(properties), offline, meters, clock);
    }

    void serve(ResponseDefinitionBuilder response) {
        stubs.forEach(ecb::removeStub);
        stubs.add(ecb.stubFor(get(urlPathEqualTo(path)).willReturn(response)));
    }

    static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(body);
    }

    double refreshes(String outcome) {
        var counter = meters.find("collectiq.currency.refreshes").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    @Test
    void theBundledRatesServeUntilTheFeedAnswersThenTheFeedsDo() {
        ReferenceRates rates = rates(false);
        assertThat(rates.current().source()).isEqualTo(ExchangeRates.RateSource.BUNDLED);
        assertThat(gauge("collectiq.currency.rates.live")).isZero();
        assertThat(gauge("collectiq.currency.rates.age.days")).isEqualTo(8);
        serve(xml(EcbRatesXmlTest.DAILY));

        rates.refresh();

        ExchangeRates current = rates.current();
        assertThat(current.source()).isEqualTo(ExchangeRates.RateSource.ECB);
        assertThat(current.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(current.currencies()).containsExactly("EUR", "GBP", "JPY", "USD");
        assertThat(refreshes("ok")).isEqualTo(1);
        assertThat(gauge("collectiq.currency.rates.live")).isEqualTo(1);
        assertThat(gauge("collectiq.currency.rates.age.days")).isEqualTo(1);
        ecb.verify(1, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aServerErrorATimeoutAResetAndBadXmlEachKeepTheLastGoodRates() {
        ReferenceRates rates = rates(false);
        serve(xml(EcbRatesXmlTest.DAILY));
        rates.refresh();
        ExchangeRates good = rates.current();

        serve(aResponse().withStatus(503).withBody("<html>maintenance</html>"));
        rates.refresh();
        assertThat(rates.current()).isSameAs(good);

        serve(xml(EcbRatesXmlTest.DAILY.replace("2026-12-04", "2026-12-05")).withFixedDelay(6_000));
        rates.refresh();
        assertThat(rates.current()).isSameAs(good);

        serve(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        rates.refresh();
        assertThat(rates.current()).isSameAs(good);

        serve(xml("<gesmes:Envelope><Cube><Cube time='2026-12-05'><Cube currency='USD' rate='1,05'/>"));
        rates.refresh();
        assertThat(rates.current()).isSameAs(good);

        serve(aResponse().withStatus(404));
        rates.refresh();
        assertThat(rates.current()).isSameAs(good);

        assertThat(refreshes("ok")).isEqualTo(1);
        assertThat(refreshes("failed")).isEqualTo(5);
        assertThat(gauge("collectiq.currency.rates.live")).isEqualTo(1);
    }

    @Test
    void aFailedFirstReadKeepsTheBundledRates() {
        ReferenceRates rates = rates(false);
        serve(aResponse().withStatus(500));

        rates.refresh();

        assertThat(rates.current().source()).isEqualTo(ExchangeRates.RateSource.BUNDLED);
        assertThat(refreshes("failed")).isEqualTo(1);
    }

    @Test
    void olderRatesThanThoseInUseAreNotTaken() {
        ReferenceRates rates = rates(false);
        serve(xml(EcbRatesXmlTest.DAILY));
        rates.refresh();

        serve(xml(EcbRatesXmlTest.DAILY.replace("2026-12-04", "2026-12-01").replace("1.0512", "0.5")));
        rates.refresh();

        assertThat(rates.current().date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(rates.current().perEuro().get("USD")).isEqualByComparingTo("1.0512");
        assertThat(refreshes("older")).isEqualTo(1);
    }

    @Test
    void offlineTheFeedIsNeverRead() {
        ReferenceRates rates = rates(true);
        serve(xml(EcbRatesXmlTest.DAILY));

        rates.refresh();

        assertThat(rates.current().source()).isEqualTo(ExchangeRates.RateSource.BUNDLED);
        ecb.verify(0, getRequestedFor(urlPathEqualTo(path)));
    }
}

package com.collectiq.settings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;
import com.collectiq.currency.ReferenceRates;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.EcbRatesFile;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.OutsideUrlsOnWireMock;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * The collector's currency over HTTP in {@code local} mode: {@code /me/settings}, the card's
 * {@code valuation.display} and the portfolio's {@code display}, at rates the test serves on WireMock
 * as the ECB's file (1 EUR = 1.25 USD = 0.8 GBP = 160 JPY, so every expected figure is exact).
 */
@LocalMode
class CollectorCurrencyTest extends ServiceTest {

    static final String RATES = EcbRatesFile.daily("2026-12-04", "USD", "1.25", "JPY", "160", "GBP", "0.8");

    @Autowired
    CardStore store;

    @Autowired
    ReferenceRates rates;

    StubMapping ecb;
    final String sub = "fx-" + UUID.randomUUID().toString().substring(0, 12);
    ApiClient user;

    @BeforeEach
    void serveRates() {
        ecb = WireMockStandIn.get().server().stubFor(get(urlPathEqualTo(OutsideUrlsOnWireMock.RATES_PATH))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(RATES)));
        rates.refresh();
        user = api(sub);
    }

    @AfterEach
    void stopServing() {
        WireMockStandIn.get().server().removeStub(ecb);
    }

    Response putSettings(String body) {
        return user.send("PUT", "/me/settings", body, Map.of("Content-Type", "application/json"));
    }

    String valuedCard(String low, String fair, String high, String currency) {
        Card card = store.create(sub, "uploads/" + sub + "/" + UUID.randomUUID() + ".png", null, Hints.NONE).card();
        Valuation valuation = new Valuation(low == null ? null : new BigDecimal(low),
                fair == null ? null : new BigDecimal(fair), high == null ? null : new BigDecimal(high), currency, 0.7,
                Instant.parse("2026-12-04T12:00:00Z"), "test valuation", List.of(), List.of(), "test");
        return store.update(card.withResult(null, valuation, null).withStatus(CardStatus.VALUED)).id();
    }

    static void assertProblem(Response response, int status, String detail) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detail);
    }

    @Test
    void theCurrencyIsTheValuationCurrencyUntilChosenAndThenTheChoice() {
        assertThat(user.get("/me/settings").raw().body()).isEqualTo("{\"currency\":\"USD\",\"repricing\":\"daily\"}");

        Response put = putSettings("{\"currency\":\"JPY\"}");

        assertThat(put.status()).as(put.raw().body()).isEqualTo(200);
        assertThat(put.json().get("currency").asText()).isEqualTo("JPY");
        assertThat(user.get("/me/settings").json().get("currency").asText()).isEqualTo("JPY");
        assertThat(api("other-" + sub).get("/me/settings").json().get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void aCurrencyTheRatesDoNotCoverOrAMalformedBodyIsRefusedAndChangesNothing() {
        putSettings("{\"currency\":\"GBP\"}");

        assertProblem(putSettings("{\"currency\":\"CHF\"}"), 422, "choose one of EUR, GBP, JPY, USD");
        assertProblem(putSettings("{\"currency\":\"eur\"}"), 400, "ISO 4217");
        assertProblem(putSettings("{\"currency\":\"EURO\"}"), 400, "ISO 4217");
        assertProblem(putSettings("{}"), 400, "currency");
        assertProblem(putSettings("{\"currency\":\"EUR\",\"theme\":\"dark\"}"), 400, "Unknown field 'theme'");
        assertProblem(putSettings("{\"currency\":978}"), 400, "currency");
        assertThat(user.send("PUT", "/me/settings", "currency=EUR", Map.of("Content-Type", "text/plain")).status())
                .isEqualTo(415);
        assertThat(user.get("/me/settings").json().get("currency").asText()).isEqualTo("GBP");
        assertThat(anonymous().get("/me/settings").status()).isEqualTo(401);
    }

    @Test
    void theCardShowsItsValuationInTheCallersCurrencyBesideItsOwn() {
        String id = valuedCard("300", "395", "520", "USD");
        putSettings("{\"currency\":\"EUR\"}");

        Response card = user.get("/cards/" + id);
        JsonNode valuation = card.json().get("valuation");

        assertThat(valuation.get("currency").asText()).isEqualTo("USD");
        assertThat(valuation.get("fair").decimalValue()).isEqualByComparingTo("395");
        JsonNode display = valuation.get("display");
        assertThat(display.get("currency").asText()).isEqualTo("EUR");
        assertThat(display.get("low").decimalValue()).isEqualByComparingTo("240.00");
        assertThat(display.get("fair").decimalValue()).isEqualByComparingTo("316.00");
        assertThat(display.get("high").decimalValue()).isEqualByComparingTo("416.00");
        assertThat(display.get("rate").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(display.get("rateDate").asText()).isEqualTo("2026-12-04");
        assertThat(display.get("rateSource").asText()).isEqualTo("ECB");
        assertThat(card.raw().body()).as("amounts at the currency's minor digits")
                .contains("\"display\":{\"currency\":\"EUR\",\"low\":240.00,\"fair\":316.00,\"high\":416.00,");
        JsonNode listed = user.get("/cards").json().get("items").get(0).get("valuation").get("display");
        assertThat(listed).isEqualTo(display);
    }

    @Test
    void yenHaveNoMinorUnitAndTheSameCurrencyIsRateOne() {
        String id = valuedCard("2.99", "3.99", null, "USD");
        putSettings("{\"currency\":\"JPY\"}");
        Response card = user.get("/cards/" + id);
        assertThat(card.raw().body()).contains("\"display\":{\"currency\":\"JPY\",\"low\":383,\"fair\":511,");
        JsonNode display = card.json().get("valuation").get("display");
        assertThat(display.get("fair").decimalValue()).isEqualByComparingTo("511");
        assertThat(display.get("low").decimalValue()).isEqualByComparingTo("383");
        assertThat(display.has("high")).isFalse();

        putSettings("{\"currency\":\"USD\"}");
        display = user.get("/cards/" + id).json().get("valuation").get("display");
        assertThat(display.get("fair").decimalValue()).isEqualByComparingTo("3.99");
        assertThat(display.get("rate").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void noDisplayWithoutAFairValueOrARateForTheValuationsCurrency() {
        String unpriced = valuedCard(null, null, null, "USD");
        String swiss = valuedCard("90", "100", "110", "CHF");
        String pending = store.create(sub, "uploads/" + sub + "/" + UUID.randomUUID() + ".png", null, Hints.NONE)
                .card().id();

        assertThat(user.get("/cards/" + unpriced).json().get("valuation").has("display")).isFalse();
        assertThat(user.get("/cards/" + swiss).json().get("valuation").has("display")).isFalse();
        assertThat(user.get("/cards/" + pending).json().has("valuation")).isFalse();
    }

    @Test
    void theETagChangesWithTheCallersCurrency() {
        String id = valuedCard("300", "395", "520", "USD");
        String before = user.get("/cards/" + id).header("ETag");
        assertThat(user.get("/cards/" + id, "If-None-Match", before).status()).isEqualTo(304);

        putSettings("{\"currency\":\"GBP\"}");

        Response after = user.get("/cards/" + id, "If-None-Match", before);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before);
        assertThat(after.json().get("valuation").get("display").get("fair").decimalValue())
                .isEqualByComparingTo("252.80");
    }

    @Test
    void thePortfolioKeepsItsTotalsPerCurrencyAndAddsOneInTheCallersCurrency() {
        valuedCard("300", "395", "520", "USD");
        valuedCard("80", "100", "120", "GBP");
        valuedCard("90", "100", "110", "CHF");
        putSettings("{\"currency\":\"EUR\"}");

        Response response = user.get("/portfolio");
        JsonNode portfolio = response.json();
        assertThat(response.raw().body()).contains("\"display\":{\"currency\":\"EUR\",\"fair\":441.00,");

        assertThat(portfolio.get("cardCount").asInt()).isEqualTo(3);
        assertThat(portfolio.get("totalFair").get("USD").decimalValue()).isEqualByComparingTo("395");
        assertThat(portfolio.get("totalFair").get("GBP").decimalValue()).isEqualByComparingTo("100");
        assertThat(portfolio.get("totalFair").get("CHF").decimalValue()).isEqualByComparingTo("100");
        JsonNode display = portfolio.get("display");
        assertThat(display.get("currency").asText()).isEqualTo("EUR");
        // 395 USD x 0.8 + 100 GBP x 1.25; CHF has no rate in the served file
        assertThat(display.get("fair").decimalValue()).isEqualByComparingTo("441.00");
        assertThat(display.get("changeSincePreviousDay").decimalValue()).isEqualByComparingTo("441.00");
        assertThat(display.get("rates").get("USD").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(display.get("rates").get("GBP").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(display.get("rateDate").asText()).isEqualTo("2026-12-04");
        assertThat(display.get("notConverted")).extracting(JsonNode::asText).containsExactly("CHF");
    }

    @Test
    void deletingTheUserDeletesTheirSettings() {
        putSettings("{\"currency\":\"EUR\"}");

        assertThat(user.delete("/me").status()).isEqualTo(202);

        assertThat(user.get("/me/settings").json().get("currency").asText()).isEqualTo("USD");
    }
}

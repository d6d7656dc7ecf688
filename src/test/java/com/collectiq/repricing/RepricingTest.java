package com.collectiq.repricing;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.collectiq.card.Card;
import com.collectiq.card.CardStore;
import com.collectiq.card.Hints;
import com.collectiq.card.Repricing;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Scheduled repricing through the whole {@code local} service: a pass (what the timer sends) claims
 * the due cards and queues their reprices on the work queue; each reprices from the stored identity
 * against the Pokémon TCG API (WireMock, in its documented card shape). A move writes one history
 * entry and fires a crossed alert once; a reprice at the same price writes no entry and no event;
 * a card not yet due is not touched; the value history answers its pinned shape.
 */
@LocalMode
class RepricingTest extends ServiceTest {

    private final WireMockServer api = WireMockStandIn.get().server();

    @Autowired
    private CardStore cards;

    @Autowired
    private ProducerTemplate camel;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RepricingProperties properties;

    @Test
    void aDueCardsMoveIsRecordedOnceFiresItsAlertOnceAndNoMoveWritesNothing() throws Exception {
        String owner = "repricing-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient user = api(owner);
        String dueId = PricedCards.newCatalogId();
        String laterId = PricedCards.newCatalogId();
        servePrices(dueId, 100);
        servePrices(laterId, 50);
        Card due = valued(owner, dueId, new BigDecimal("100.00"), Instant.now().minusSeconds(60));
        Card later = valued(owner, laterId, new BigDecimal("50.00"), Instant.now().plus(Duration.ofDays(1)));

        Response alert = user.post("/alerts", "{\"cardId\":\"" + due.id() + "\",\"above\":150}");
        assertThat(alert.status()).as(alert.raw().body()).isEqualTo(201);
        assertThat(alert.json().get("armed").asBoolean()).isTrue();
        assertThat(alert.json().get("currency").asText()).isEqualTo("USD");

        // the market moves to 200: past the alert's 150
        servePrices(dueId, 200);
        aDayPasses();
        camel.sendBody("direct:reprice-due", null);

        Card moved = await(owner, due.id(), card -> card.repricing().runId() == null
                && card.repricing().due().isAfter(Instant.now().plus(Duration.ofHours(23))));
        assertThat(moved.valuation().fair()).isGreaterThan(new BigDecimal("150"));
        assertThat(moved.identity()).isEqualTo(due.identity());
        assertThat(Instant.parse(user.get("/cards/" + due.id()).json().get("nextRepriceAt").asText()))
                .isEqualTo(moved.repricing().due());
        JsonNode history = user.get("/cards/" + due.id() + "/history").json();
        assertThat(history.get("entries")).hasSize(1);
        assertThat(history.get("entries").get(0).get("fair").decimalValue()).isEqualByComparingTo(moved.valuation().fair());
        JsonNode fired = ApiClient.json(awaitEvent(due.id(), "PriceAlertTriggered", Duration.ofSeconds(20))
                .get("detail").asText());
        assertThat(fired.get("alertId").asText()).isEqualTo(alert.json().get("id").asText());
        assertThat(fired.get("above").decimalValue()).isEqualByComparingTo("150");
        assertThat(fired.get("fair").decimalValue()).isEqualByComparingTo(moved.valuation().fair());
        assertThat(fired.get("runId").asText()).isEqualTo(history.get("entries").get(0).get("runId").asText());
        assertThat(cards.get(owner, later.id()).orElseThrow()).as("not due: untouched").isEqualTo(later);
        api.verify(0, getRequestedFor(urlPathEqualTo("/v2/cards/" + laterId)));

        // the next day at the same price: nothing to record, the alert stays fired
        makeDue(moved);
        aDayPasses();
        camel.sendBody("direct:reprice-due", null);

        Card same = await(owner, due.id(), card -> card.repricing().runId() == null
                && card.repricing().due().isAfter(moved.repricing().due()));
        assertThat(same.valuation()).isEqualTo(moved.valuation());
        assertThat(user.get("/cards/" + due.id() + "/history").json().get("entries")).hasSize(1);
        assertThat(eventsOf(due.id(), "PriceAlertTriggered")).hasSize(1);
        assertThat(eventsOf(due.id(), "CardValueChanged")).hasSize(1);
        JsonNode alerts = user.get("/alerts").json().get("items");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("armed").asBoolean()).as("fired, waiting to cross back").isFalse();

        JsonNode points = user.get("/portfolio/history").json();
        assertThat(points.get("currency").asText()).isEqualTo("USD");
        JsonNode today = points.get("points").get(points.get("points").size() - 1);
        assertThat(today.get("date").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(today.get("cardCount").asInt()).isEqualTo(2);
        assertThat(today.get("fair").decimalValue()).isEqualByComparingTo(
                moved.valuation().fair().add(later.valuation().fair()));
    }

    @Test
    void aRepriceTheSourcesCannotAnswerKeepsTheMarketValue() throws Exception {
        String owner = "repricing-" + UUID.randomUUID().toString().substring(0, 8);
        // no stub for this catalog id: the API answers 404, and only sample prices (or none) are left
        Card due = valued(owner, PricedCards.newCatalogId(), new BigDecimal("100.00"), Instant.now().minusSeconds(60));

        camel.sendBody("direct:reprice-due", null);

        Card kept = await(owner, due.id(), card -> card.repricing().runId() == null
                && card.repricing().due().isAfter(Instant.now()));
        assertThat(kept.valuation()).isEqualTo(due.valuation());
        assertThat(api(owner).get("/cards/" + due.id() + "/history").json().get("entries")).isEmpty();
    }

    @Test
    void anOwnerWhoAsksForWeeklyRepricingIsRepricedWeekly() throws Exception {
        String owner = "repricing-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient user = api(owner);
        Response settings = user.send("PUT", "/me/settings", "{\"currency\":\"USD\",\"repricing\":\"weekly\"}",
                Map.of("Content-Type", "application/json"));
        assertThat(settings.status()).as(settings.raw().body()).isEqualTo(200);
        assertThat(user.get("/me/settings").json().get("repricing").asText()).isEqualTo("weekly");
        String catalogId = PricedCards.newCatalogId();
        servePrices(catalogId, 30);
        Card due = valued(owner, catalogId, new BigDecimal("30.00"), Instant.now().minusSeconds(60));

        camel.sendBody("direct:reprice-due", null);

        Card repriced = await(owner, due.id(), card -> card.repricing().runId() == null
                && card.repricing().due().isAfter(Instant.now().plus(Duration.ofDays(6))));
        assertThat(repriced.repricing().due()).isBefore(Instant.now().plus(Duration.ofDays(8)));
        assertProblem(user.send("PUT", "/me/settings", "{\"currency\":\"USD\",\"repricing\":\"hourly\"}",
                Map.of("Content-Type", "application/json")), 400);
    }

    @Test
    void cardsValuedBeforeRepricingExistedAreScheduledWithinOnePeriod() {
        String owner = "repricing-" + UUID.randomUUID().toString().substring(0, 8);
        Card old = valued(owner, PricedCards.newCatalogId(), new BigDecimal("10.00"), Instant.now());
        Card unscheduled = cards.update(old.withRepricing(null));
        Instant before = Instant.now();

        int scheduled = new RepricingBackfill(cards, properties, Clock.systemUTC(), true).run();

        Card after = cards.get(owner, unscheduled.id()).orElseThrow();
        assertThat(scheduled).isPositive();
        assertThat(after.repricing().due()).isBetween(before, Instant.now().plus(properties.every()));
        assertThat(after.repricing().conditionEstimate()).as("its valuation run recorded none").isNull();
        assertThat(new RepricingBackfill(cards, properties, Clock.systemUTC(), false).run()).as("turned off").isZero();
    }

    @Test
    void anAlertAndItsHistoryGoWithTheirCardAndTheOwner() {
        String owner = "repricing-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient user = api(owner);
        Card card = valued(owner, PricedCards.newCatalogId(), new BigDecimal("80.00"), Instant.now().plusSeconds(3600));
        Card other = valued(owner, PricedCards.newCatalogId(), new BigDecimal("20.00"), Instant.now().plusSeconds(3600));
        assertThat(user.post("/alerts", "{\"cardId\":\"" + card.id() + "\",\"below\":50}").status()).isEqualTo(201);
        assertThat(user.post("/alerts", "{\"cardId\":\"" + other.id() + "\",\"changePercent\":15}").status())
                .isEqualTo(201);
        assertThat(user.get("/portfolio/history").json().get("points")).hasSize(1);

        assertThat(user.delete("/cards/" + card.id()).status()).isEqualTo(204);
        assertThat(user.get("/alerts").json().get("items")).extracting(a -> a.get("cardId").asText())
                .containsExactly(other.id());

        assertThat(user.delete("/me").status()).isEqualTo(202);
        assertThat(user.get("/alerts").json().get("items")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM value_snapshots WHERE owner_id = ?", Integer.class, owner))
                .isZero();
    }

    @Test
    void badAlertsAreRefusedWithProblems() {
        String owner = "repricing-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient user = api(owner);
        Card unvalued = cards.create(owner, "uploads/" + owner + "/" + UUID.randomUUID() + ".jpg", null, Hints.NONE).card();

        assertProblem(user.post("/alerts", "{\"cardId\":\"" + unvalued.id() + "\",\"above\":1,\"below\":2}"), 400);
        assertProblem(user.post("/alerts", "{\"cardId\":\"" + unvalued.id() + "\"}"), 400);
        assertProblem(user.post("/alerts", "{\"cardId\":\"" + unvalued.id() + "\",\"above\":-5}"), 400);
        assertProblem(user.post("/alerts", "{\"cardId\":\"" + unvalued.id() + "\",\"changePercent\":10}"), 422);
        assertProblem(api("someone-else").post("/alerts", "{\"cardId\":\"" + unvalued.id() + "\",\"above\":1}"), 404);
        assertProblem(user.delete("/alerts/" + UUID.randomUUID()), 404);
        assertProblem(user.get("/portfolio/history?from=2026-13-01"), 400);
        assertProblem(user.get("/portfolio/history?from=2026-12-02&to=2026-12-01"), 400);
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private void makeDue(Card card) {
        Card current = cards.get(card.owner(), card.id()).orElseThrow();
        cards.update(current.withRepricing(new Repricing(Instant.now().minusSeconds(1),
                current.repricing().conditionEstimate(), null)));
    }

    /** The answers a source cached yesterday have expired. */
    private void aDayPasses() {
        jdbc.update("DELETE FROM price_cache");
    }

    private Card valued(String owner, String catalogId, BigDecimal fair, Instant due) {
        return PricedCards.valued(cards, owner, catalogId, fair, due);
    }

    private void servePrices(String catalogId, int price) {
        PricedCards.servePrices(api, catalogId, price);
    }

    private Card await(String owner, String id, Predicate<Card> done) throws InterruptedException {
        return PricedCards.await(cards, owner, id, done);
    }
}

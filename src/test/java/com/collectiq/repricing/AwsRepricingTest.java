package com.collectiq.repricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.card.Card;
import com.collectiq.card.CardStore;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.AwsAnswers;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.WireMockStandIn;
import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Repricing in {@code aws} mode against the stand-ins: the message EventBridge Scheduler puts on the
 * SQS work queue (ElasticMQ) starts a pass; the pass's reprices travel the same queue; the card, its
 * history and its alert live in DynamoDB (dynalite). Only the due card is repriced.
 */
@AwsMode
class AwsRepricingTest extends ServiceTest {

    @Value("${collectiq.aws.work-queue-url}")
    String workQueueUrl;

    @Autowired
    private CardStore cards;

    @BeforeAll
    static void eventBridge() {
        AwsAnswers.eventBridgeAcceptsEverything();
    }

    @Test
    void theSchedulesMessageRepricesTheDueCardAndFiresItsAlert() throws Exception {
        String owner = UUID.randomUUID().toString();
        ApiClient user = api(owner);
        String dueId = PricedCards.newCatalogId();
        PricedCards.servePrices(WireMockStandIn.get().server(), dueId, 200);
        Card due = PricedCards.valued(cards, owner, dueId, new BigDecimal("100.00"), Instant.now().minusSeconds(60));
        Card later = PricedCards.valued(cards, owner, PricedCards.newCatalogId(), new BigDecimal("40.00"),
                Instant.now().plus(Duration.ofDays(1)));
        assertThat(user.post("/alerts", "{\"cardId\":\"" + due.id() + "\",\"above\":150}").status()).isEqualTo(201);

        try (SqsClient sqs = SqsClient.create()) {
            // what infra/terraform's aws_scheduler_schedule.repricing sends
            sqs.sendMessage(b -> b.queueUrl(workQueueUrl).messageBody("{\"type\":\"collectiq.reprice-due\"}"));
        }

        Card repriced = PricedCards.await(cards, owner, due.id(), card -> card.repricing().runId() == null
                && card.repricing().due().isAfter(Instant.now().plus(Duration.ofHours(23))));
        assertThat(repriced.valuation().fair()).isGreaterThan(new BigDecimal("150"));
        assertThat(user.get("/cards/" + due.id() + "/history").json().get("entries")).hasSize(1);
        JsonNode alert = user.get("/alerts").json().get("items").get(0);
        assertThat(alert.get("armed").asBoolean()).as("fired").isFalse();
        assertThat(alert.get("lastTriggeredAt").isNull()).isFalse();
        assertThat(cards.get(owner, later.id()).orElseThrow()).as("not due: untouched").isEqualTo(later);
        JsonNode history = user.get("/portfolio/history").json();
        assertThat(history.get("points")).hasSize(1);
        assertThat(history.get("points").get(0).get("cardCount").asInt()).isEqualTo(2);
    }
}

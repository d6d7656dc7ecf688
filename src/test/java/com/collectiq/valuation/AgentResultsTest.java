package com.collectiq.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.collectiq.card.Authenticity;
import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;
import com.collectiq.card.ValuationRequests.Reason;
import com.collectiq.card.ValuationRequests.ValuationRequest;

/** The join of the parallel agents: what answered is kept, a failed agent only leaves its part empty. */
class AgentResultsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final CamelContext camel = new DefaultCamelContext();
    private final AgentResults results = new AgentResults();

    @AfterEach
    void close() throws Exception {
        camel.close();
    }

    @Test
    void bothAgentsAnsweringFillBothParts() {
        Exchange input = exchange(run());
        Exchange joined = results.aggregate(null, exchange(valuation()), input);
        joined = results.aggregate(joined, exchange(authenticity()), input);

        PipelineRun run = joined.getIn().getBody(PipelineRun.class);
        assertThat(run.valuation().fair()).isEqualByComparingTo("42.00");
        assertThat(run.authenticity().verdict()).isEqualTo("likely-genuine");
        assertThat(joined.getException()).isNull();
    }

    @Test
    void aFailedAgentDegradesTheRunInsteadOfFailingIt() {
        Exchange input = exchange(run());
        Exchange failed = exchange("ignored");
        failed.setException(new IllegalStateException("Bedrock and every price source are down"));

        Exchange joined = results.aggregate(null, failed, input);
        joined = results.aggregate(joined, exchange(authenticity()), input);

        PipelineRun run = joined.getIn().getBody(PipelineRun.class);
        assertThat(run.valuation()).isNull();
        assertThat(run.authenticity().verdict()).isEqualTo("likely-genuine");
        assertThat(failed.getException()).as("the failure does not travel on").isNull();
        assertThat(joined.getException()).isNull();
    }

    private Exchange exchange(Object body) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setBody(body);
        return exchange;
    }

    private static PipelineRun run() {
        Card card = new Card("card-1", "alice", "uploads/alice/a.jpg", null, CardStatus.PROCESSING, Hints.NONE, null, null,
                null, null, null, null, 1, NOW, NOW);
        return PipelineRun.claimed(new ValuationRequest("card-1", "alice", card.key(), "run-1", Reason.CREATE), card);
    }

    private static Valuation valuation() {
        return new Valuation(null, new BigDecimal("42.00"), null, "USD", 0.5, NOW, "summary", List.of(), List.of(),
                "local explainer");
    }

    private static Authenticity authenticity() {
        return new Authenticity(0.9, "likely-genuine", List.of(), "looks right");
    }
}

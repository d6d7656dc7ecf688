package com.collectiq.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;
import com.collectiq.events.PendingEvent;
import com.collectiq.platform.web.ApiJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import jakarta.validation.Validation;

/** When a run's events include CardValueChanged: a fair value that moved past the threshold, in one currency. */
class ValuationEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final ValuationEvents events = new ValuationEvents(
            new ApiJson(new ObjectMapper().registerModule(new JavaTimeModule()),
                    Validation.buildDefaultValidatorFactory().getValidator()),
            new EventsProperties(0.10));

    @Test
    void aMoveOfExactlyTheThresholdIsNotAChange() {
        assertThat(types(valued("100.00", "USD"), valued("110.00", "USD"))).containsExactly("ValuationCompleted");
        assertThat(types(valued("100.00", "USD"), valued("90.00", "USD"))).containsExactly("ValuationCompleted");
    }

    @Test
    void aMovePastTheThresholdEitherWayIsAChange() {
        assertThat(types(valued("100.00", "USD"), valued("110.01", "USD")))
                .containsExactly("ValuationCompleted", "CardValueChanged");
        assertThat(types(valued("100.00", "USD"), valued("89.99", "USD")))
                .containsExactly("ValuationCompleted", "CardValueChanged");
    }

    @Test
    void theChangeSaysFromWhatToWhatAndByHowMuch() {
        PendingEvent changed = events.completed(valued("200.00", "USD"), valued("150.00", "USD"), "run-2", NOW).get(1);
        assertThat(changed.payload()).contains("\"previousFair\":200.00", "\"fair\":150.00", "\"changePercent\":-25.00",
                "\"runId\":\"run-2\"", "\"schemaVersion\":1");
    }

    @Test
    void noPreviousValueOtherCurrencyOrNoFairValueIsNoChange() {
        assertThat(types(valued(null, "USD"), valued("500.00", "USD"))).containsExactly("ValuationCompleted");
        assertThat(types(unvalued(), valued("500.00", "USD"))).containsExactly("ValuationCompleted");
        assertThat(types(valued("100.00", "EUR"), valued("500.00", "USD"))).containsExactly("ValuationCompleted");
        assertThat(types(valued("100.00", "USD"), valued(null, "USD"))).containsExactly("ValuationCompleted");
    }

    @Test
    void eventsCarryTheTraceTheyWereRaisedInWhoeverPublishesThem() {
        SpanContext run = SpanContext.create("5759e988bd862e3fe1be46a994272793", "53995c3f42cd8ad8",
                TraceFlags.getSampled(), TraceState.getDefault());
        List<PendingEvent> traced;
        try (Scope inRun = Span.wrap(run).makeCurrent()) {
            traced = events.completed(valued("200.00", "USD"), valued("150.00", "USD"), "run-2", NOW);
        }
        assertThat(traced).extracting(PendingEvent::traceHeader).containsOnly(
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        assertThat(events.completed(unvalued(), valued("500.00", "USD"), "run-3", NOW))
                .extracting(PendingEvent::traceHeader).containsOnlyNulls();
    }

    private List<String> types(Card before, Card after) {
        return events.completed(before, after, "run-2", NOW).stream().map(PendingEvent::type).toList();
    }

    private static Card valued(String fair, String currency) {
        Valuation valuation = new Valuation(null, fair == null ? null : new BigDecimal(fair), null, currency, 0.5, NOW,
                "summary", List.of(), List.of(), "local explainer");
        return card(valuation);
    }

    private static Card unvalued() {
        return card(null);
    }

    private static Card card(Valuation valuation) {
        return new Card("card-1", "alice", "uploads/alice/a.jpg", null, CardStatus.VALUED, Hints.NONE, null, valuation,
                null, null, null, null, 1, NOW, NOW);
    }
}

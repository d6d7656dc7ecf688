package com.collectiq.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.collectiq.alerts.PriceAlert;
import com.collectiq.card.Authenticity;
import com.collectiq.card.Card;
import com.collectiq.card.Failure;
import com.collectiq.card.Identity;
import com.collectiq.card.Valuation;
import com.collectiq.events.PendingEvent;
import com.collectiq.platform.observability.XRayTraceHeader;
import com.collectiq.platform.web.ApiJson;

/**
 * The domain events of a run, as documented in {@code docs/events.md}: each carries a schema
 * version, the card and run ids consumers deduplicate on, the owner and the figures, never secrets
 * or photo bytes. Event ids derive from the run and the type, so recording a run's events twice
 * (a retry after a crash) queues each event once.
 */
@Component
public class ValuationEvents {

    public static final int SCHEMA_VERSION = 1;
    public static final String VALUATION_COMPLETED = "ValuationCompleted";
    public static final String VALUATION_FAILED = "ValuationFailed";
    public static final String AUTHENTICITY_FLAGGED = "AuthenticityFlagged";
    public static final String CARD_VALUE_CHANGED = "CardValueChanged";
    public static final String PRICE_ALERT_TRIGGERED = "PriceAlertTriggered";

    private final ApiJson json;
    private final EventsProperties properties;

    public ValuationEvents(ApiJson json, EventsProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    /** The events of a completed run; {@code before} is the card as it was before this run. */
    public List<PendingEvent> completed(Card before, Card after, String runId, Instant at) {
        List<PendingEvent> events = new ArrayList<>();
        Valuation valuation = after.valuation();
        Authenticity authenticity = after.authenticity();
        Identity identity = after.identity();
        Map<String, Object> detail = header(after, runId, at);
        detail.put("status", after.status().name());
        if (identity != null) {
            detail.put("catalogId", identity.catalogId());
            detail.put("name", identity.name());
            detail.put("set", identity.set());
            detail.put("number", identity.number());
        }
        if (valuation != null) {
            detail.put("low", valuation.low());
            detail.put("fair", valuation.fair());
            detail.put("high", valuation.high());
            detail.put("currency", valuation.currency());
            detail.put("confidence", valuation.confidence());
        }
        if (authenticity != null) {
            detail.put("authenticity", Map.of("score", authenticity.score(), "verdict", authenticity.verdict()));
        }
        events.add(event(VALUATION_COMPLETED, runId, detail, at));
        if (authenticity != null && "suspect".equals(authenticity.verdict())) {
            Map<String, Object> flagged = header(after, runId, at);
            flagged.put("score", authenticity.score());
            flagged.put("verdict", authenticity.verdict());
            flagged.put("rationale", authenticity.rationale());
            events.add(event(AUTHENTICITY_FLAGGED, runId, flagged, at));
        }
        valueChanged(before, after, runId, at).ifPresent(events::add);
        return events;
    }

    /**
     * The events of a reprice that moved the card's value: {@code CardValueChanged} when the move is
     * past the threshold. A reprice raises no {@code ValuationCompleted}: nothing was read again.
     */
    public List<PendingEvent> repriced(Card before, Card after, String runId, Instant at) {
        return valueChanged(before, after, runId, at).stream().toList();
    }

    /**
     * A price alert the run's value fired; {@code fair} is in the alert's currency. Its id derives
     * from the run and the alert: a run fires each alert at most once.
     */
    public PendingEvent alertTriggered(Card card, String runId, PriceAlert alert, BigDecimal fair, Instant at) {
        Map<String, Object> detail = header(card, runId, at);
        detail.put("alertId", alert.id());
        detail.put(switch (alert.kind()) {
            case ABOVE -> "above";
            case BELOW -> "below";
            case CHANGE_PERCENT -> "changePercent";
        }, alert.threshold());
        if (alert.baseFair() != null) {
            detail.put("baseFair", alert.baseFair());
        }
        detail.put("fair", fair);
        detail.put("currency", alert.currency());
        if (card.identity() != null) {
            detail.put("catalogId", card.identity().catalogId());
            detail.put("name", card.identity().name());
        }
        return event(PRICE_ALERT_TRIGGERED, runId + "/" + alert.id(), detail, at);
    }

    private Optional<PendingEvent> valueChanged(Card before, Card after, String runId, Instant at) {
        return valueChange(before.valuation(), after.valuation()).map(change -> {
            Map<String, Object> changed = header(after, runId, at);
            changed.putAll(change);
            return event(CARD_VALUE_CHANGED, runId, changed, at);
        });
    }

    public PendingEvent failed(Card card, String runId, Failure failure) {
        Map<String, Object> detail = header(card, runId, failure.at());
        detail.put("status", "FAILED");
        if (failure.code() != null) {
            detail.put("code", failure.code().code());
        }
        detail.put("reason", failure.reason());
        detail.put("stage", failure.stage());
        return event(VALUATION_FAILED, runId, detail, failure.at());
    }

    private Optional<Map<String, Object>> valueChange(Valuation previous, Valuation current) {
        if (previous == null || current == null || previous.fair() == null || current.fair() == null
                || previous.fair().signum() == 0 || !previous.currency().equals(current.currency())) {
            return Optional.empty();
        }
        BigDecimal share = current.fair().subtract(previous.fair()).divide(previous.fair(), 6, RoundingMode.HALF_UP);
        if (share.abs().doubleValue() <= properties.valueChangeThreshold()) {
            return Optional.empty();
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("previousFair", previous.fair());
        change.put("fair", current.fair());
        change.put("currency", current.currency());
        change.put("changePercent", share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP));
        return Optional.of(change);
    }

    private static Map<String, Object> header(Card card, String runId, Instant at) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("schemaVersion", SCHEMA_VERSION);
        detail.put("cardId", card.id());
        detail.put("runId", runId);
        detail.put("owner", card.owner());
        detail.put("occurredAt", at.toString());
        return detail;
    }

    /** {@code occasion}: what makes the event one of its kind (the run, or the run and the alert). */
    private PendingEvent event(String type, String occasion, Map<String, Object> detail, Instant at) {
        String id = UUID.nameUUIDFromBytes((occasion + "/" + type).getBytes(StandardCharsets.UTF_8)).toString();
        return new PendingEvent(id, type, json.write(detail), at, XRayTraceHeader.current().orElse(null));
    }
}

package com.collectiq.alerts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An alert as the API shows it: the threshold under the name the client set it by ({@code above},
 * {@code below} or {@code changePercent}), its currency, the fair value it counts a change from, and
 * whether it is armed (waiting for a crossing) or has fired and waits for the value to cross back.
 */
public record AlertView(String id, String cardId, BigDecimal above, BigDecimal below, BigDecimal changePercent,
        String currency, BigDecimal baseFair, boolean armed, Instant createdAt, Instant lastTriggeredAt) {

    static AlertView of(PriceAlert alert) {
        return new AlertView(alert.id(), alert.cardId(),
                alert.kind() == PriceAlert.Kind.ABOVE ? alert.threshold() : null,
                alert.kind() == PriceAlert.Kind.BELOW ? alert.threshold() : null,
                alert.kind() == PriceAlert.Kind.CHANGE_PERCENT ? alert.threshold() : null,
                alert.currency(), alert.baseFair(), alert.armed(), alert.createdAt(), alert.lastTriggeredAt());
    }
}

package com.collectiq.alerts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * A collector's price alert on one card: fire when the fair value goes {@code ABOVE} or {@code BELOW}
 * a threshold, or moves by {@code CHANGE_PERCENT} from {@code baseFair}, the fair value when the
 * alert was set. Thresholds are in {@code currency}, the owner's currency when the alert was set.
 * <p>
 * An alert fires on a crossing, once: it is {@code armed} while its condition does not hold, fires
 * (and disarms) when a new value makes it hold, and re-arms only when a value makes it not hold
 * again. An alert set while its condition already holds starts disarmed: it waits for the value to
 * come back and cross again.
 */
public record PriceAlert(String id, String owner, String cardId, Kind kind, BigDecimal threshold, String currency,
        BigDecimal baseFair, boolean armed, Instant createdAt, Instant lastTriggeredAt) {

    public enum Kind {
        ABOVE, BELOW, CHANGE_PERCENT
    }

    /** Amounts are kept without trailing zeros, so an alert reads back equal to what was written. */
    public PriceAlert {
        threshold = plain(threshold);
        baseFair = baseFair == null ? null : plain(baseFair);
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The alert after a new fair value, and whether that value fired it. */
    public record Transition(PriceAlert alert, boolean fired) {
    }

    /** Whether the condition holds for a fair value in the alert's currency. */
    public boolean holds(BigDecimal fair) {
        return switch (kind) {
            case ABOVE -> fair.compareTo(threshold) > 0;
            case BELOW -> fair.compareTo(threshold) < 0;
            case CHANGE_PERCENT -> baseFair.signum() != 0 && fair.subtract(baseFair).abs()
                    .multiply(BigDecimal.valueOf(100)).divide(baseFair.abs(), MathContext.DECIMAL64)
                    .compareTo(threshold) >= 0;
        };
    }

    /** What a new fair value (in the alert's currency) does to the alert at {@code at}. */
    public Transition next(BigDecimal fair, Instant at) {
        boolean holds = holds(fair);
        if (armed && holds) {
            return new Transition(withArmed(false, at), true);
        }
        if (!armed && !holds) {
            return new Transition(withArmed(true, lastTriggeredAt), false);
        }
        return new Transition(this, false);
    }

    private PriceAlert withArmed(boolean newArmed, Instant triggeredAt) {
        return new PriceAlert(id, owner, cardId, kind, threshold, currency, baseFair, newArmed, createdAt, triggeredAt);
    }
}

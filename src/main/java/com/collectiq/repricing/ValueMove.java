package com.collectiq.repricing;

import java.math.BigDecimal;
import java.math.MathContext;

import com.collectiq.card.Valuation;

/**
 * Whether a reprice moved the card's value enough to record: the fair value appeared or went, its
 * currency changed, or it moved by at least {@code minChange} of the previous value. Below that the
 * move is the sources' day-to-day noise, and the reprice writes no history entry and no event.
 */
final class ValueMove {

    private ValueMove() {
    }

    static boolean moved(Valuation before, Valuation after, BigDecimal minChange) {
        BigDecimal was = before == null ? null : before.fair();
        BigDecimal now = after == null ? null : after.fair();
        if (was == null || now == null) {
            return was != now;
        }
        if (!before.currency().equals(after.currency())) {
            return true;
        }
        if (was.signum() == 0) {
            return now.signum() != 0;
        }
        BigDecimal share = now.subtract(was).abs().divide(was.abs(), MathContext.DECIMAL64);
        return share.compareTo(minChange) >= 0 && now.compareTo(was) != 0;
    }
}

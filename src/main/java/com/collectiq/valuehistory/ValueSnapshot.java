package com.collectiq.valuehistory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An owner's collection on one day, as last recorded that day: how many cards, and the low, fair and
 * high totals of the valued ones per currency (amounts in different currencies are never added
 * here; the history converts them into the owner's currency when it is read).
 */
public record ValueSnapshot(String owner, LocalDate day, int cardCount, Map<String, Totals> totals,
        Instant recordedAt) {

    /** The sums of the valued cards' ranges in one currency. */
    public record Totals(BigDecimal low, BigDecimal fair, BigDecimal high) {

        static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Totals plus(Totals other) {
            return new Totals(low.add(other.low), fair.add(other.fair), high.add(other.high));
        }
    }

    public ValueSnapshot {
        totals = Map.copyOf(totals);
    }
}

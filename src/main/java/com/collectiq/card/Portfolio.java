package com.collectiq.card;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An owner's totals: how many cards, their total fair value per currency (values in different
 * currencies are never added together), the same split by set, and the change since a day ago.
 */
public record Portfolio(
        int cardCount,
        int valuedCount,
        Map<String, BigDecimal> totalFair,
        List<SetTotal> bySet,
        Map<String, BigDecimal> changeSincePreviousDay,
        Instant asOf) {

    /** One set's share of the portfolio. */
    public record SetTotal(String set, int cardCount, Map<String, BigDecimal> totalFair) {
    }
}

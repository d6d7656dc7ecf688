package com.collectiq.card;

import java.math.BigDecimal;
import java.time.Instant;

/** One completed valuation run of a card; a run id appears at most once per card. */
public record PriceHistoryEntry(String runId, Instant recordedAt, BigDecimal low, BigDecimal fair,
        BigDecimal high, String currency, double confidence) {
}

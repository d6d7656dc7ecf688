package com.collectiq.card;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The direction of a card's fair value over its history: first and latest fair value in the latest
 * run's currency, the change, and {@code up}, {@code down}, {@code flat} or {@code unknown} (fewer
 * than two runs in that currency).
 */
public record PriceTrend(String direction, String currency, BigDecimal first, BigDecimal latest, BigDecimal change,
        BigDecimal changePercent) {

    /** Changes smaller than this share of the first value are noise, not a trend. */
    private static final BigDecimal FLAT_BELOW_PERCENT = new BigDecimal("1");

    public static PriceTrend of(List<PriceHistoryEntry> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            return new PriceTrend("unknown", null, null, null, null, null);
        }
        PriceHistoryEntry latest = oldestFirst.get(oldestFirst.size() - 1);
        List<PriceHistoryEntry> same = oldestFirst.stream()
                .filter(e -> latest.currency() != null && latest.currency().equals(e.currency()) && e.fair() != null)
                .toList();
        if (same.size() < 2) {
            return new PriceTrend("unknown", latest.currency(), null, latest.fair(), null, null);
        }
        BigDecimal first = same.get(0).fair();
        BigDecimal change = latest.fair().subtract(first);
        BigDecimal percent = first.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(first, 2, RoundingMode.HALF_UP);
        String direction = percent == null ? (change.signum() > 0 ? "up" : change.signum() < 0 ? "down" : "flat")
                : percent.abs().compareTo(FLAT_BELOW_PERCENT) < 0 ? "flat" : percent.signum() > 0 ? "up" : "down";
        return new PriceTrend(direction, latest.currency(), first, latest.fair(), change, percent);
    }
}

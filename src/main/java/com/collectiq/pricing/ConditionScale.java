package com.collectiq.pricing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The raw-card condition scale and what each grade is worth relative to Near Mint, the condition
 * marketplace price guides quote. The multipliers follow the usual discounts of the big
 * marketplaces' condition guides; {@code docs/valuation.md} lists them.
 */
public enum ConditionScale {

    NM("Near Mint", "1.00"),
    LP("Lightly Played", "0.85"),
    MP("Moderately Played", "0.70"),
    HP("Heavily Played", "0.50"),
    DMG("Damaged", "0.30");

    /** Spellings owners and the condition estimate use, beyond the codes and the full names. */
    private static final Map<String, ConditionScale> ALIASES = Map.of(
            "MINT", NM, "M", NM, "EXCELLENT", LP, "EX", LP, "PLAYED", MP, "POOR", DMG);

    private final String label;
    private final BigDecimal multiplier;

    ConditionScale(String label, String multiplier) {
        this.label = label;
        this.multiplier = new BigDecimal(multiplier);
    }

    public String label() {
        return label;
    }

    /** The share of a Near Mint price this condition fetches. */
    public BigDecimal multiplier() {
        return multiplier;
    }

    /** Reads a code ({@code LP}), a name ({@code lightly played}) or an alias; empty if unknown. */
    public static Optional<ConditionScale> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        for (ConditionScale condition : values()) {
            if (condition.name().equals(key) || condition.label.toUpperCase(Locale.ROOT).equals(key)) {
                return Optional.of(condition);
            }
        }
        return Optional.ofNullable(ALIASES.get(key));
    }
}

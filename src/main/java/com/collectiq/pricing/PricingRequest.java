package com.collectiq.pricing;

import java.util.List;
import java.util.Map;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.PriceHistoryEntry;

/**
 * What the pricing agent values: the identified card, the owner's hints (condition, grader, grade),
 * the condition estimated from the photo (a {@link ConditionScale} word, or null), the card's
 * earlier runs oldest first (for the trend), and answers other stages fetched, by source name.
 */
public record PricingRequest(Identity identity, Hints hints, String conditionEstimate,
        List<PriceHistoryEntry> history, Map<String, String> prefetched) {

    public PricingRequest {
        if (identity == null) {
            throw new IllegalArgumentException("a card must be identified before it is priced");
        }
        hints = hints == null ? Hints.NONE : hints;
        history = history == null ? List.of() : List.copyOf(history);
        prefetched = prefetched == null ? Map.of() : Map.copyOf(prefetched);
    }

    public static PricingRequest of(Identity identity, Hints hints) {
        return new PricingRequest(identity, hints, null, List.of(), Map.of());
    }
}

package com.collectiq.narrative;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a narrator is told: what the text is about ({@code Charizard, Base 4/102}), the facts in the
 * order a reader needs them (each a sentence that stands on its own, all of them together the
 * deterministic summary), the figures a text may quote by name ({@code fair}, {@code low}, ...; none
 * when there is no value), their currency, and phrases every text must keep word for word (the
 * {@code SAMPLE DATA} label: sample prices must never pass for market data).
 */
public record Briefing(String subject, List<String> facts, Map<String, BigDecimal> figures, String currency,
        List<String> mustKeep) {

    public Briefing {
        facts = List.copyOf(facts);
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        mustKeep = mustKeep == null ? List.of() : List.copyOf(mustKeep);
    }
}

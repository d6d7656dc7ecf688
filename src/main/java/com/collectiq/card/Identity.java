package com.collectiq.card;

import java.util.List;
import java.util.Map;

/** Which card this is, with the evidence for each field and the catalog candidates considered. */
public record Identity(
        String name,
        String set,
        String number,
        String printedTotal,
        String catalogId,
        String rarity,
        String variant,
        double confidence,
        Map<String, Evidence> evidence,
        List<Candidate> candidates) {

    /** One field's reading: its value, how sure we are, and why. */
    public record Evidence(String value, double confidence, String rationale) {
    }

    /** A catalog entry the card might be, with its match score. */
    public record Candidate(String catalogId, double score) {
    }
}

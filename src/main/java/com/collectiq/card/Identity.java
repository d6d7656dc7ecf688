package com.collectiq.card;

import java.util.List;
import java.util.Map;

/**
 * Which card this is, with the evidence for each field and the catalog candidates considered, and
 * the slab's grading when the card is a graded one (null for a raw card).
 */
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
        List<Candidate> candidates,
        Grading grading) {

    /** A raw card's identity: no grading. */
    public Identity(String name, String set, String number, String printedTotal, String catalogId, String rarity,
            String variant, double confidence, Map<String, Evidence> evidence, List<Candidate> candidates) {
        this(name, set, number, printedTotal, catalogId, rarity, variant, confidence, evidence, candidates, null);
    }

    /** This identity with the slab's grading (null: a raw card). */
    public Identity withGrading(Grading slab) {
        return new Identity(name, set, number, printedTotal, catalogId, rarity, variant, confidence, evidence,
                candidates, slab);
    }

    /** One field's reading: its value, how sure we are, and why. */
    public record Evidence(String value, double confidence, String rationale) {
    }

    /** A catalog entry the card might be, with its match score. */
    public record Candidate(String catalogId, double score) {
    }
}

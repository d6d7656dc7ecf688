package com.collectiq.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The slab a graded card is sealed in, as its label reads or as the owner corrected it.
 *
 * @param grader the grading company (PSA, BGS, CGC, SGC, TAG, ACE, or what the owner named)
 * @param grade the grade as the grader's scale writes it ("10", "8.5"); null on an authentic-only label
 * @param qualifier the words the label prints with the grade ("GEM MT", "PRISTINE", "BLACK LABEL"),
 *        a PSA qualifier ("OC"), or AUTHENTIC / ALTERED; null when none was read
 * @param certNumber the certificate number, null when it could not be read
 * @param confidence how sure the reading is, 0..1 (1 for what the owner told us)
 * @param evidence per field (grader, grade, qualifier, certNumber): what was read, how surely, and why
 * @param subGrades centering, corners, edges and surface where the label prints them
 * @param certLookup the grader's public page for this certificate, for the owner to check; the
 *        service only links it
 */
public record Grading(String grader, String grade, String qualifier, String certNumber, double confidence,
        Map<String, Identity.Evidence> evidence, Map<String, String> subGrades, String certLookup) {

    public Grading {
        evidence = inOrder(evidence);
        subGrades = inOrder(subGrades);
    }

    /** Kept in the order given, so the JSON lists fields and sub-grades as the label does. */
    private static <V> Map<String, V> inOrder(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}

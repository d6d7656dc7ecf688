package com.collectiq.grading;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.collectiq.card.Grading;
import com.collectiq.card.Hints;
import com.collectiq.card.Identity.Evidence;

/**
 * A card's grading from what its slab's label reads and what the owner said: a hint wins over the
 * label, field by field, and the evidence keeps both, so an owner who typed the wrong grade can see
 * what the label says. No hint and no label read: a raw card, no grading.
 */
@Component
public class GradingResolver {

    /** What the owner says is taken as said. */
    private static final double HINT = 1.0;

    private final GradingProperties properties;

    public GradingResolver(GradingProperties properties) {
        this.properties = properties;
    }

    /** The grading, or null for a raw card. */
    public Grading resolve(Hints hints, Optional<LabelReading> label) {
        Hints given = hints == null ? Hints.NONE : hints;
        Optional<LabelReading> read = label.filter(LabelReading::graded);
        if (!given.gradingGiven() && read.isEmpty()) {
            return null;
        }
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        String grader = pick("grader", canonicalGrader(given.grader()),
                read.map(r -> r.grader().name()).orElse(null), read.map(LabelReading::graderConfidence).orElse(0.0),
                evidence);
        // the label's grade and number are of its grader: a hint naming another grader leaves them out
        Optional<LabelReading> sameGrader = read.filter(r -> r.grader().name().equals(grader));
        String grade = pick("grade", canonicalGrade(grader, given.grade()), sameGrader.map(LabelReading::grade).orElse(null),
                sameGrader.map(LabelReading::gradeConfidence).orElse(0.0), evidence);
        String certNumber = pick("certNumber", blankToNull(given.certNumber()),
                sameGrader.map(LabelReading::certNumber).orElse(null),
                sameGrader.map(LabelReading::certConfidence).orElse(0.0), evidence);
        String qualifier = given.grade() != null && !given.grade().isBlank() ? null
                : sameGrader.map(LabelReading::qualifier).orElse(null);
        if (qualifier != null) {
            evidence.put("qualifier", new Evidence(qualifier, sameGrader.get().gradeConfidence(), "read on the label"));
        }
        double confidence = given.gradingGiven() && read.isEmpty() ? HINT
                : Math.max(read.map(LabelReading::confidence).orElse(0.0), given.grader() != null && given.grade() != null
                        ? HINT : 0);
        return new Grading(grader, grade, qualifier, certNumber, confidence, evidence,
                sameGrader.map(LabelReading::subGrades).orElse(Map.of()), properties.lookupPage(grader, certNumber));
    }

    /** The owner's value when given, else the label's; the evidence says which, and what the other said. */
    private static String pick(String field, String hinted, String read, double readConfidence,
            Map<String, Evidence> evidence) {
        if (hinted != null) {
            String rationale = read == null || read.equals(hinted) ? "owner's hint"
                    : "owner's hint; the label reads " + read;
            evidence.put(field, new Evidence(hinted, HINT, rationale));
            return hinted;
        }
        if (read != null) {
            evidence.put(field, new Evidence(read, readConfidence, "read on the label"));
        }
        return read;
    }

    /** A known grader by its usual name (Beckett → BGS); another grader as the owner wrote it, upper case. */
    static String canonicalGrader(String hint) {
        String given = blankToNull(hint);
        if (given == null) {
            return null;
        }
        return Grader.named(given).map(Grader::name).orElse(given.toUpperCase(Locale.ROOT));
    }

    private static String canonicalGrade(String grader, String hint) {
        String given = blankToNull(hint);
        if (given == null) {
            return null;
        }
        return Grader.named(grader).flatMap(known -> known.grade(given)).orElse(given);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

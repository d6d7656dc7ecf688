package com.collectiq.grading;

import java.util.List;
import java.util.Map;

/**
 * What a slab's label says, field by field, each with how surely it was read (0..1; 0 when the
 * field was not read). The label's own description of the card (year, set, name, number) is kept
 * as read, for identification and for the authenticity checks.
 *
 * @param grade null on an authentic-only label, or when no grade could be read
 * @param qualifier the grade's words ("GEM MT"), BLACK LABEL, AUTHENTIC, ALTERED or a PSA qualifier
 * @param subGrades centering, corners, edges, surface, where the label prints them
 * @param description the label's text that is not the grading: the card's year, set, name, number
 * @param cardNumber the card's number as the label prints it after '#', or null
 * @param year the year the label gives the card, or null
 * @param otherNumbers numbers shaped like a certificate (7 to 12 digits) but not of this grader's format
 * @param otherGradeWords grade words of this grader printed on the label that belong to another grade
 *        than the one read ("GEM MT" beside a PSA 9)
 */
public record LabelReading(Grader grader, double graderConfidence, String grade, double gradeConfidence,
        String qualifier, String certNumber, double certConfidence, Map<String, String> subGrades,
        String description, String cardNumber, Integer year, List<String> otherNumbers, List<String> otherGradeWords) {

    public LabelReading {
        graderConfidence = thousandths(graderConfidence);
        gradeConfidence = thousandths(gradeConfidence);
        certConfidence = thousandths(certConfidence);
        subGrades = Map.copyOf(subGrades);
        otherNumbers = List.copyOf(otherNumbers);
        otherGradeWords = List.copyOf(otherGradeWords);
    }

    /**
     * Whether this is a grader's label: a grade, an authentic-only verdict, or a certificate number
     * of the grader's format read on it (the grade may be what glare hid).
     */
    public boolean graded() {
        return grade != null || certNumber != null || Grader.AUTHENTIC.equals(qualifier)
                || Grader.ALTERED.equals(qualifier);
    }

    /**
     * How sure the reading is as a whole: the grader and the grade (or the authentic-only words) must
     * both be right, and a certificate number in the grader's format backs them up.
     */
    public double confidence() {
        double grading = grade != null ? gradeConfidence : graded() ? 0.8 : 0;
        return thousandths(Math.min(graderConfidence, grading) * (certNumber != null ? 1 : 0.85));
    }

    /** Confidences are shown to three places, as the card's other confidences are. */
    private static double thousandths(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

package com.collectiq.testsupport.slabs;

import java.util.Optional;

/**
 * What a slab's label says.
 *
 * @param grade the grade as printed ("10", "9.5", "8"); null on an authentic-only or altered label
 * @param qualifier the grade words as printed ("GEM MT", "NM-MT+", "Pristine", "MINT+"); "BLACK LABEL"
 *     for Beckett's pristine 10 with four 10 sub-grades (that label prints "PRISTINE" on black);
 *     "AUTHENTIC", "AUTHENTIC ALTERED", "Altered"... on labels without a grade
 * @param psaQualifier PSA's parenthesised qualifier ("OC", "ST", "PD", "OF", "MC", "MK"), printed after
 *     the grade words; null when there is none (always for other graders)
 * @param subGrades centering, corners, edges and surface, where the label prints them (BGS, TAG, ACE)
 * @param certNumber the certificate number in the grader's format (see {@link Grader})
 * @param card the card's description on the label
 */
public record SlabLabel(Grader grader, LabelKind kind, String grade, String qualifier, String psaQualifier,
                        Optional<SubGrades> subGrades, String certNumber, LabelCard card) {

    public SlabLabel {
        if ((kind == LabelKind.GRADED) != (grade != null)) {
            throw new IllegalArgumentException(kind + " label with grade " + grade);
        }
        if (!grader.isCertNumber(certNumber)) {
            throw new IllegalArgumentException(certNumber + " is not a " + grader + " cert number");
        }
    }

    public boolean isBlackLabel() {
        return "BLACK LABEL".equals(qualifier);
    }
}

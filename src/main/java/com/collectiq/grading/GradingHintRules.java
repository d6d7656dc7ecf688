package com.collectiq.grading;

import org.springframework.stereotype.Component;

import com.collectiq.card.HintRules;
import com.collectiq.card.Hints;

/**
 * The grading hints of a known grader: a grade on its scale, a certificate number of its format. A
 * grader the service does not know is taken as the owner wrote it, unchecked: its prices are
 * looked up by that name.
 */
@Component
public class GradingHintRules implements HintRules {

    @Override
    public void check(Hints hints) {
        if (hints == null || !hints.gradingGiven()) {
            return;
        }
        if (blank(hints.grader())) {
            throw new InvalidHintsException("A grade or certificate number needs its grader: send grader too"
                    + " (PSA, BGS, CGC, SGC, TAG, ACE or another grader's name).");
        }
        Grader.named(hints.grader()).ifPresent(grader -> {
            if (!blank(hints.grade()) && grader.grade(hints.grade()).isEmpty()) {
                throw new InvalidHintsException(grader + " has no grade \"" + hints.grade().strip() + "\": "
                        + grader + " grades are " + grader.scale() + ".");
            }
            if (!blank(hints.certNumber()) && !grader.isCertificate(hints.certNumber().strip())) {
                throw new InvalidHintsException("\"" + hints.certNumber().strip() + "\" is not a " + grader
                        + " certificate number: " + grader.certificateFormat() + ".");
            }
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

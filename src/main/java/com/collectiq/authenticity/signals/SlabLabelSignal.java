package com.collectiq.authenticity.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.AuthenticitySignal;
import com.collectiq.authenticity.CatalogFacts;
import com.collectiq.authenticity.SignalNames;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.card.Identity;
import com.collectiq.grading.LabelReading;

/**
 * Whether a slab's label reads like its grader's: a certificate number of the grader's format (a
 * counterfeit label often carries a number of another shape), grade words that go with the grade
 * (a fake's "GEM MT" beside a 9), and the label's description of the card agreeing with the card
 * identified inside the case (its number, and its year with the set's release). Applies only to a
 * graded card whose label was read: a raw card's score is not touched.
 */
@Component
@Order(8)
class SlabLabelSignal implements AuthenticitySignal {

    /** A label's year may be the set's release year or the next (sets straddle the new year). */
    private static final int YEAR_SLACK = 1;

    @Override
    public String name() {
        return SignalNames.SLAB_LABEL;
    }

    @Override
    public SignalReading read(AuthenticityRequest request) {
        if (request.slabLabel().isEmpty()) {
            return request.identity().grading() != null
                    ? SignalReading.unavailable("graded by the owner's hints; no slab label was read")
                    : SignalReading.notApplicable("not a graded card in its slab");
        }
        LabelReading label = request.slabLabel().get();
        List<Finding> findings = new ArrayList<>();
        findings.add(certificate(label));
        if (label.grade() != null) {
            findings.add(gradeWords(label));
        }
        cardNumber(label, request.identity()).ifPresent(findings::add);
        year(label, request.facts()).ifPresent(findings::add);
        return Finding.combine(findings, "nothing on the label to check");
    }

    private static Finding certificate(LabelReading label) {
        if (label.certNumber() != null) {
            return Finding.ok("certificate " + label.certNumber() + " in " + label.grader() + "'s format");
        }
        if (!label.otherNumbers().isEmpty()) {
            return Finding.tellTale(0.1, String.format(Locale.ROOT, "the label's number %s is not %s's certificate (%s)",
                    label.otherNumbers().get(0), label.grader(), label.grader().certificateFormat()));
        }
        return Finding.weighed(0.6, 0.5, "no certificate number read on the label");
    }

    private static Finding gradeWords(LabelReading label) {
        if (label.otherGradeWords().isEmpty()) {
            return Finding.ok("grade words fit a " + label.grader() + " " + label.grade());
        }
        return Finding.tellTale(0.15, String.format(Locale.ROOT, "\"%s\" printed with a %s %s, which %s prints as %s",
                label.otherGradeWords().get(0), label.grader(), label.grade(), label.grader(),
                label.grader().wordsFor(label.grade())));
    }

    /** The label's "#number" against the card identified inside the case ("004" and "4" agree). */
    private static Optional<Finding> cardNumber(LabelReading label, Identity identity) {
        if (label.cardNumber() == null || identity.number() == null) {
            return Optional.empty();
        }
        boolean same = bare(label.cardNumber()).equals(bare(identity.number()));
        return Optional.of(same ? Finding.ok("the label's #" + label.cardNumber() + " is the card's number")
                : Finding.weighed(0.2, 1.5, "the label says #" + label.cardNumber() + ", the card inside reads "
                        + identity.number()));
    }

    private static Optional<Finding> year(LabelReading label, Optional<CatalogFacts> facts) {
        Optional<Integer> released = facts.map(CatalogFacts::releaseDate).map(LocalDate::getYear);
        if (label.year() == null || released.isEmpty()) {
            return Optional.empty();
        }
        int gap = label.year() - released.get();
        return Optional.of(gap >= 0 && gap <= YEAR_SLACK ? Finding.ok("the label's year fits the set's release")
                : Finding.weighed(0.3, 1, "the label says " + label.year() + ", the card's set came out in "
                        + released.get()));
    }

    private static String bare(String number) {
        String upper = number.toUpperCase(Locale.ROOT).replaceFirst("/.*", "");
        return upper.replaceFirst("^0+(?=\\d)", "");
    }
}

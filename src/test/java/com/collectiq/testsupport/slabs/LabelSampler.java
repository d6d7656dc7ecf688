package com.collectiq.testsupport.slabs;

import com.collectiq.testsupport.eras.Finish;
import com.collectiq.testsupport.eras.PrintedCard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Draws what a grader would print on the label of a card it slabbed. */
final class LabelSampler {

    /** A label the sampler must produce in a given slot, so that short samples hold every kind. */
    enum Kind { ANY, AUTHENTIC, ALTERED, BLACK_LABEL, PSA_QUALIFIER }

    private static final List<String> PSA_QUALIFIERS = List.of("OC", "ST", "PD", "OF", "MC", "MK");
    private static final double PSA_QUALIFIER_RATE = 0.03;

    private LabelSampler() {
    }

    static SlabLabel label(Grader grader, PrintedCard card, Finish finish, Kind kind, Random random) {
        GradeScale scale = GradeScale.of(grader);
        String cert = grader.newCertNumber(random);
        LabelCard described = new LabelCard(card.set().releaseYear(), card.set().name(), card.printedName(), card.number(),
                switch (finish) {
                    case HOLO -> "HOLO";
                    case FULL_ART -> "FULL ART";
                    case NORMAL -> "";
                });
        if (kind == Kind.AUTHENTIC || kind == Kind.ALTERED) {
            String words = kind == Kind.AUTHENTIC ? scale.authentic() : scale.altered();
            if (words == null) {
                throw new IllegalArgumentException(grader + " issues no " + kind + " labels");
            }
            return new SlabLabel(grader, kind == Kind.AUTHENTIC ? LabelKind.AUTHENTIC : LabelKind.ALTERED, null, words, null,
                    Optional.empty(), cert, described);
        }
        if (kind == Kind.BLACK_LABEL) {
            return new SlabLabel(grader, LabelKind.GRADED, "10", "BLACK LABEL", null,
                    Optional.of(new SubGrades("10", "10", "10", "10")), cert, described);
        }
        boolean qualified = grader == Grader.PSA
                && (kind == Kind.PSA_QUALIFIER || random.nextDouble() < PSA_QUALIFIER_RATE);
        GradeScale.Step step = qualified ? scale.drawWholeAtMost(9, random) : scale.draw(random);
        String qualifier = qualified ? PSA_QUALIFIERS.get(random.nextInt(PSA_QUALIFIERS.size())) : null;
        Optional<SubGrades> subGrades = switch (grader) {
            case BGS, TAG, ACE -> Optional.of(subGrades(step, scale.increment(), random));
            // CGC's Perfect 10 (its earlier scale's top) was the Pristine 10 with four 10 sub-grades, printed on the label
            case CGC -> "Perfect".equals(step.words()) ? Optional.of(new SubGrades("10", "10", "10", "10")) : Optional.empty();
            default -> Optional.empty();
        };
        return new SlabLabel(grader, LabelKind.GRADED, step.grade(), step.words(), qualifier, subGrades, cert, described);
    }

    /**
     * Four sub-grades that give the final grade by Beckett's published rule: the final grade is at most
     * one step above the lowest sub-grade, and a higher grade needs most sub-grades at that level. A 10
     * has one or two sub-grades a step below; four 10s are Beckett's black label, drawn only when asked.
     */
    private static SubGrades subGrades(GradeScale.Step step, double increment, Random random) {
        double grade = Double.parseDouble(step.grade());
        List<Double> grades = new ArrayList<>();
        if (grade == 10) {
            int below = increment < 1 ? 1 + random.nextInt(2) : 1;
            for (int i = 0; i < 4; i++) {
                grades.add(i < below ? 10 - increment : 10.0);
            }
        } else if (random.nextBoolean() && grade - increment >= 1) {
            // the lowest a step below holds the grade down, whatever the others are
            grades.add(grade - increment);
            for (int i = 1; i < 4; i++) {
                grades.add(random.nextBoolean() ? grade : Math.min(10, grade + increment));
            }
        } else {
            // none below: at most one a step above, or the card would have earned the next grade
            grades.addAll(List.of(grade, grade, grade, random.nextBoolean() ? grade : Math.min(10, grade + increment)));
        }
        Collections.shuffle(grades, random);
        return new SubGrades(printed(grades.get(0)), printed(grades.get(1)), printed(grades.get(2)), printed(grades.get(3)));
    }

    private static String printed(double grade) {
        return grade == Math.rint(grade) ? String.valueOf((int) grade) : String.valueOf(grade);
    }
}

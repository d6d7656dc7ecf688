package com.collectiq.grading;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The grading companies whose slabs the service reads, with what their labels print: the names
 * they go by, the grades their scale has, the words each grade carries, and the shape of their
 * certificate numbers. From the graders' public descriptions of their scales and labels.
 */
public enum Grader {

    PSA(List.of("PSA"), Pattern.compile("\\d{8,9}"), "8 or 9 digits", 8.5, false, Map.ofEntries(
            Map.entry("10", List.of("GEM MT", "GEM MINT")), Map.entry("9", List.of("MINT")),
            Map.entry("8.5", List.of("NM-MT+")), Map.entry("8", List.of("NM-MT")), Map.entry("7.5", List.of("NM+")),
            Map.entry("7", List.of("NM")), Map.entry("6.5", List.of("EX-MT+")), Map.entry("6", List.of("EX-MT")),
            Map.entry("5.5", List.of("EX+")), Map.entry("5", List.of("EX")), Map.entry("4.5", List.of("VG-EX+")),
            Map.entry("4", List.of("VG-EX")), Map.entry("3.5", List.of("VG+")), Map.entry("3", List.of("VG")),
            Map.entry("2.5", List.of("GOOD+")), Map.entry("2", List.of("GOOD")), Map.entry("1.5", List.of("FR", "FAIR")),
            Map.entry("1", List.of("PR", "POOR")))),
    BGS(List.of("BGS", "BECKETT"), Pattern.compile("\\d{7,10}"), "7 to 10 digits", 9.5, true, Map.ofEntries(
            Map.entry("10", List.of("PRISTINE", "BLACK LABEL")), Map.entry("9.5", List.of("GEM MINT")),
            Map.entry("9", List.of("MINT")), Map.entry("8.5", List.of("NM-MT+")), Map.entry("8", List.of("NM-MT")),
            Map.entry("7.5", List.of("NEAR MINT+", "NM+")), Map.entry("7", List.of("NEAR MINT", "NM")),
            Map.entry("6.5", List.of("EX-MT+")), Map.entry("6", List.of("EX-MT")), Map.entry("5.5", List.of("EX+")),
            Map.entry("5", List.of("EXCELLENT", "EX")), Map.entry("4", List.of("VG-EX")),
            Map.entry("3", List.of("VERY GOOD", "VG")), Map.entry("2", List.of("GOOD")), Map.entry("1", List.of("POOR")))),
    CGC(List.of("CGC"), Pattern.compile("\\d{10}"), "10 digits", 9.5, true, Map.ofEntries(
            Map.entry("10", List.of("PERFECT", "PRISTINE", "GEM MINT")), Map.entry("9.5", List.of("MINT+")),
            Map.entry("9", List.of("MINT")), Map.entry("8.5", List.of("NM/MINT+")), Map.entry("8", List.of("NM/MINT")),
            Map.entry("7.5", List.of("NEAR MINT+", "NM+")), Map.entry("7", List.of("NEAR MINT")),
            Map.entry("6.5", List.of("EX/NM+")), Map.entry("6", List.of("EX/NM")), Map.entry("5.5", List.of("EXCELLENT+")),
            Map.entry("5", List.of("EXCELLENT")), Map.entry("4.5", List.of("VG/EX+")), Map.entry("4", List.of("VG/EX")),
            Map.entry("3.5", List.of("VERY GOOD+", "VG+")), Map.entry("3", List.of("VERY GOOD")),
            Map.entry("2.5", List.of("GOOD+")), Map.entry("2", List.of("GOOD")), Map.entry("1.5", List.of("FAIR")),
            Map.entry("1", List.of("POOR")))),
    SGC(List.of("SGC"), Pattern.compile("\\d{7,10}"), "7 to 10 digits", 9.5, false, Map.ofEntries(
            Map.entry("10", List.of("PRISTINE", "GEM MINT", "GEM")), Map.entry("9.5", List.of("MINT+")),
            Map.entry("9", List.of("MINT")), Map.entry("8.5", List.of("NM-MT+", "NM/MT+")),
            Map.entry("8", List.of("NM-MT", "NM/MT")), Map.entry("7.5", List.of("NM+")), Map.entry("7", List.of("NM")),
            Map.entry("6.5", List.of("EX/NM+")), Map.entry("6", List.of("EX-NM", "EX/NM")), Map.entry("5.5", List.of("EX+")),
            Map.entry("5", List.of("EX")), Map.entry("4.5", List.of("VG/EX+")), Map.entry("4", List.of("VG-EX", "VG/EX")),
            Map.entry("3.5", List.of("VG+")), Map.entry("3", List.of("VG")), Map.entry("2.5", List.of("GOOD+")),
            Map.entry("2", List.of("GOOD")), Map.entry("1.5", List.of("FAIR")), Map.entry("1", List.of("POOR")))),
    TAG(List.of("TAG"), Pattern.compile("[A-Z]\\d{7}"), "a letter and 7 digits", 9.5, true, Map.ofEntries(
            Map.entry("10", List.of("PRISTINE", "GEM MINT")), Map.entry("9.5", List.of("MINT+")),
            Map.entry("9", List.of("MINT")), Map.entry("8.5", List.of("NM MINT+", "NM-MT+")), Map.entry("8", List.of("NM MINT", "NM-MT")),
            Map.entry("7", List.of("NEAR MINT", "NM")), Map.entry("6", List.of("EX MINT", "EX-MT", "EX-NM")),
            Map.entry("5", List.of("EXCELLENT", "EX")), Map.entry("4", List.of("VG-EX")), Map.entry("3", List.of("VG")),
            Map.entry("2", List.of("GOOD")), Map.entry("1", List.of("POOR")))),
    ACE(List.of("ACE"), Pattern.compile("\\d{8}"), "8 digits", 0, true, Map.ofEntries(
            Map.entry("10", List.of("GEM MINT")), Map.entry("9", List.of("MINT")), Map.entry("8", List.of("NM-MT")),
            Map.entry("7", List.of("NEAR MINT", "NM")), Map.entry("6", List.of("EX-MT", "EX-NM")), Map.entry("5", List.of("EX")),
            Map.entry("4", List.of("VG-EX")), Map.entry("3", List.of("VG")), Map.entry("2", List.of("GOOD")),
            Map.entry("1", List.of("POOR"))));

    /** A label with no numeric grade: the card is genuine (or genuine but altered) and was not graded. */
    public static final String AUTHENTIC = "AUTHENTIC";
    public static final String ALTERED = "ALTERED";

    private final List<String> names;
    private final Pattern certificate;
    private final String certificateFormat;
    /** The highest half grade on the scale (8.5, 9.5), 0 for a scale of whole grades. */
    private final double highestHalf;
    private final boolean subGrades;
    private final Map<String, List<String>> gradeWords;

    Grader(List<String> names, Pattern certificate, String certificateFormat, double highestHalf, boolean subGrades,
            Map<String, List<String>> gradeWords) {
        this.names = names;
        this.certificate = certificate;
        this.certificateFormat = certificateFormat;
        this.highestHalf = highestHalf;
        this.subGrades = subGrades;
        this.gradeWords = gradeWords;
    }

    /** The grader a name stands for ("psa", "Beckett", "BGS"), if it is one of these. */
    public static Optional<Grader> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (Grader grader : values()) {
            if (grader.names.contains(upper)) {
                return Optional.of(grader);
            }
        }
        return Optional.empty();
    }

    /** Every name on a label that says which grader it is. */
    List<String> names() {
        return names;
    }

    /** Whether this grader prints certificate numbers of this shape. */
    public boolean isCertificate(String number) {
        return number != null && certificate.matcher(number).matches();
    }

    /** The grade in this grader's canonical form ("9.0" → "9"), if its scale has it. */
    public Optional<String> grade(String grade) {
        if (grade == null) {
            return Optional.empty();
        }
        String trimmed = grade.strip();
        String canonical = trimmed.endsWith(".0") ? trimmed.substring(0, trimmed.length() - 2) : trimmed;
        return hasGrade(canonical) ? Optional.of(canonical) : Optional.empty();
    }

    /** Whole grades 1 to 10, and half grades from 1.5 up to the scale's highest. */
    private boolean hasGrade(String grade) {
        if (!grade.matches("10|[1-9](\\.5)?")) {
            return false;
        }
        return !grade.endsWith(".5") || Double.parseDouble(grade) <= highestHalf;
    }

    /** The scale in words, for a client whose grade is not on it. */
    public String scale() {
        return highestHalf == 0 ? "whole grades 1 to 10"
                : "1 to 10, with half grades from 1.5 to " + highestHalf;
    }

    /** The certificate number's format in words ("8 or 9 digits"). */
    public String certificateFormat() {
        return certificateFormat;
    }

    /** The words this grader prints beside a grade ("GEM MT" beside a PSA 10); empty for an unknown grade. */
    public List<String> wordsFor(String grade) {
        return gradeWords.getOrDefault(grade, List.of());
    }

    /** The grades of this grader that go with any of these words ("MINT" names a PSA 9). */
    Set<String> gradesNamedBy(Collection<String> words) {
        return gradeWords.entrySet().stream().filter(grade -> grade.getValue().stream().anyMatch(words::contains))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** All the grade words of this grader, longest first (so "NM-MT+" is tried before "NM"). */
    List<String> allWords() {
        return gradeWords.values().stream().flatMap(List::stream).distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    /** Whether the label carries four sub-grades (centering, corners, edges, surface). */
    public boolean printsSubGrades() {
        return subGrades;
    }
}

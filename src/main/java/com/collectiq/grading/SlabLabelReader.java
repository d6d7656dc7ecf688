package com.collectiq.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;
import com.collectiq.identification.OcrDistance;
import com.collectiq.identification.OcrText;

/**
 * Reads a slab's label from the text an engine found on it (Tesseract in {@code local} mode,
 * Rekognition in {@code aws}): which grader, which grade with its words, the certificate number, the
 * sub-grades, and the label's description of the card.
 *
 * <p>Labels print the grade large and the certificate number in the grader's own format, and both
 * engines confuse letters and digits, so each field is chosen among candidates by what backs it: the
 * grader by its name, by a certificate number of its shape and by its grade words; the grade by its
 * size on the label and by the words beside it; the number by its shape and a "cert" or "#" before it.
 * A label read as nothing a grader prints gives no reading at all: a raw card is never called graded
 * on a guess.
 */
public final class SlabLabelReader {

    static final List<String> SUB_GRADES = List.of("centering", "corners", "edges", "surface");
    /** Card names that hold a grader's name: a TAG TEAM card, an ACE SPEC trainer. */
    private static final Map<Grader, List<String>> NOT_THE_GRADER = Map.of(Grader.TAG, List.of("TEAM"),
            Grader.ACE, List.of("SPEC", "TRAINER"));
    /** The graders' full names as their labels may spell them. */
    private static final Map<Grader, List<String>> FULL_NAMES = Map.of(
            Grader.PSA, List.of("PROFESSIONAL SPORTS AUTHENTICATOR"),
            Grader.BGS, List.of("BECKETT GRADING"),
            Grader.CGC, List.of("CERTIFIED GUARANTY", "CGC CARDS"),
            Grader.SGC, List.of("SPORTSCARD GUARANTY"),
            Grader.TAG, List.of("TECHNICAL AUTHENTICATION"),
            Grader.ACE, List.of("ACE GRADING"));
    private static final Pattern YEAR = Pattern.compile("(19[4-9]\\d|20[0-4]\\d)");
    private static final Pattern CARD_NUMBER = Pattern.compile("#\\s*([A-Z]{0,5}\\d{1,4}[A-Z]?)");
    private static final Pattern GRADE = Pattern.compile("10|[1-9](\\.5)?");
    private static final double NAME_READ = 2;
    /** "GC CARDS" is "CGC CARDS" read with a letter lost; one slip in eight letters or so. */
    private static final double FULL_NAME_SIMILARITY = 0.85;
    private static final double CERT_SHAPE = 1;
    private static final double GRADE_WORDS = 0.5;
    /**
     * What a label's layout says of its grader, weighed below any of the evidence above so that it
     * only parts graders the evidence leaves level (two hints at most: less than one grade word).
     */
    private static final double LAYOUT_HINT = 0.2;
    /** Grade words and their number printed large that only one grader's scale pairs. */
    private static final double ONE_GRADERS_PAIR = CERT_SHAPE;
    /** How sure a grade read from its words alone is, the number not read (see {@link #gradeOfWords}). */
    private static final double WORDS_ONLY_CONFIDENCE = 0.6;
    /** A grade printed large stands at least this many times the label's typical text height. */
    private static final double LARGE_PRINT = 1.5;
    /**
     * A grade's number read less than this share of the label's typical text height is a sliver of a
     * bar, a box's edge or glare read as a digit: labels print their grade at least as large as their text.
     */
    private static final double SLIVER = 0.5;

    /** One word as read, with the line it sits in and its box on the label (all 0 where the engine gave none). */
    private record Token(String text, double confidence, Box box, int line, int index, boolean lowerCase) {

        double height() {
            return box.height();
        }

        Token as(String read) {
            return new Token(read, confidence, box, line, index, lowerCase);
        }
    }

    /** A grade among the label's numbers, with what speaks for it. */
    private record GradeCandidate(String grade, double score, double confidence, String words, boolean large) {
    }

    public Optional<LabelReading> read(Extraction label) {
        List<List<Token>> lines = halvesAcrossLinesJoined(tokens(label));
        if (lines.stream().allMatch(List::isEmpty)) {
            return Optional.empty();
        }
        String text = String.join("\n", lines.stream().map(SlabLabelReader::joined).toList());
        Map<Grader, Double> evidence = new EnumMap<>(Grader.class);
        Map<Grader, Double> scores = new EnumMap<>(Grader.class);
        Map<Grader, Double> nameConfidence = new EnumMap<>(Grader.class);
        for (Grader grader : Grader.values()) {
            nameConfidence.put(grader, nameRead(grader, lines, text));
        }
        boolean anyNameRead = nameConfidence.values().stream().anyMatch(named -> named > 0);
        Set<Grader> pairingWordsWithGrade = Arrays.stream(Grader.values())
                .filter(grader -> wordsBesideTheirGrade(grader, lines, text))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Grader.class)));
        for (Grader grader : Grader.values()) {
            double named = nameConfidence.get(grader);
            double score = named > 0 ? NAME_READ * named : 0;
            score += certificate(grader, lines).map(c -> CERT_SHAPE).orElse(0.0);
            score += GRADE_WORDS * Math.min(2, gradeWordsRead(grader, text));
            // "GEM MT" beside a 10 is PSA's alone, "GEM MINT" beside a 9.5 BGS's: as telling as a
            // certificate's shape where no grader's name was read (a name read says more than a pair
            // whose words a grader's list may lack)
            score += !anyNameRead && pairingWordsWithGrade.equals(Set.of(grader)) ? ONE_GRADERS_PAIR : 0;
            evidence.put(grader, score);
            scores.put(grader, score + LAYOUT_HINT * layoutHints(grader, lines, pairingWordsWithGrade.contains(grader)));
        }
        // a grader's name, or its certificate or a pair of words and grade only it prints, with its
        // grade words: anything less is not a label
        Optional<Grader> labelOf = scores.entrySet().stream()
                .filter(score -> evidence.get(score.getKey()) >= CERT_SHAPE + GRADE_WORDS)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (labelOf.isEmpty()) {
            return Optional.empty();
        }
        Grader grader = labelOf.get();
        double best = scores.get(grader);
        double runnerUp = scores.entrySet().stream().filter(e -> e.getKey() != grader)
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        double graderConfidence = Math.min(1, (best - runnerUp) / CERT_SHAPE) * Math.max(nameConfidence.get(grader), 0.6);

        String qualifier = authenticOnly(text);
        Map<String, String> subGrades = subGrades(lines, grader);
        Optional<GradeCandidate> grade = qualifier != null ? Optional.empty() : grade(grader, lines, text);
        Optional<Token> cert = certificate(grader, lines);
        String certNumber = cert.map(token -> certText(grader, token.text()).orElseThrow()).orElse(null);
        if (grade.isEmpty() && qualifier == null && certNumber == null) {
            return Optional.empty();
        }
        String words = grade.map(GradeCandidate::words).orElse(null);
        if (qualifier == null && text.contains("BLACK LABEL") && grade.map(g -> g.grade().equals("10")).orElse(false)) {
            words = "BLACK LABEL";
        }
        String description = description(lines, grader);
        return Optional.of(new LabelReading(grader, graderConfidence, grade.map(GradeCandidate::grade).orElse(null),
                grade.map(GradeCandidate::confidence).orElse(0.0), qualifier != null ? qualifier : words, certNumber,
                cert.map(Token::confidence).orElse(0.0), subGrades, description, cardNumber(text),
                year(description).orElse(null), otherNumbers(grader, lines, certNumber),
                grade.map(read -> otherGradeWords(grader, read.grade(), text)).orElse(List.of())));
    }

    /** The label's words by line, upper case, outer punctuation other than the grade's own trimmed. */
    private static List<List<Token>> tokens(Extraction label) {
        List<List<Token>> lines = new ArrayList<>();
        for (TextLine line : label.lines()) {
            List<Token> tokens = new ArrayList<>();
            List<Word> words = line.words().isEmpty()
                    ? List.of(new Word(line.text(), line.confidence(), line.box())) : line.words();
            for (Word word : words) {
                for (String part : word.text().strip().split("\\s+")) {
                    String text = part.toUpperCase(Locale.ROOT).replaceAll("^[^A-Z0-9#+]+|[^A-Z0-9+.%]+$", "");
                    if (!text.isEmpty()) {
                        Box box = word.box() == null ? new Box(0, 0, 0, 0) : word.box();
                        tokens.add(new Token(text, word.confidence(), box, lines.size(), tokens.size(),
                                part.equals(part.toLowerCase(Locale.ROOT))));
                    }
                }
            }
            lines.add(tokens);
        }
        return lines;
    }

    /**
     * The lines with a half grade printed large put back on one line where two readings each read one
     * of its digits and both lost its point ("4" in one, "5" in the other, each a line of its own): a
     * large 5 just after a large digit at its height is that digit's half, taken off its own line.
     */
    private static List<List<Token>> halvesAcrossLinesJoined(List<List<Token>> lines) {
        double typical = typicalHeight(lines);
        List<Token> large = lines.stream().flatMap(List::stream).filter(token -> typical > 0 && large(token, typical))
                .toList();
        for (Token digit : large) {
            Optional<Token> half = large.stream().filter(five -> digit.text().matches("[1-9]") && five.text().equals("5")
                    && five.line() != digit.line() && justAfter(digit, five)).findFirst();
            if (half.isPresent()) {
                // a label prints one grade: the first such pair is it
                Token five = half.get();
                List<List<Token>> joined = new ArrayList<>(lines);
                joined.set(digit.line(), replaced(lines.get(digit.line()), digit.index(), half(digit, five)));
                joined.set(five.line(), replaced(lines.get(five.line()), five.index(), null));
                return joined;
            }
        }
        return lines;
    }

    /** A large digit and the large 5 after it, its point lost, as the half grade they print, in the digit's place. */
    private static Token half(Token digit, Token five) {
        return new Token(digit.text() + ".5", Math.min(digit.confidence(), five.confidence()),
                Box.around(List.of(digit.box(), five.box())), digit.line(), digit.index(), false);
    }

    /** Whether {@code next} stands to the right of {@code first} at its height, no wider apart than a point and a digit. */
    private static boolean justAfter(Token first, Token next) {
        double middle = next.box().top() + next.height() / 2;
        double firstRight = first.box().left() + first.box().width();
        return middle > first.box().top() && middle < first.box().top() + first.height()
                && next.box().left() >= firstRight - first.box().width() / 2
                && next.box().left() - firstRight <= 1.5 * first.box().width();
    }

    /** The line with its token at {@code index} replaced (dropped when null), the others renumbered. */
    private static List<Token> replaced(List<Token> line, int index, Token by) {
        List<Token> kept = new ArrayList<>();
        for (Token token : line) {
            Token now = token.index() == index ? by : token;
            if (now != null) {
                kept.add(new Token(now.text(), now.confidence(), now.box(), now.line(), kept.size(), now.lowerCase()));
            }
        }
        return kept;
    }

    private static String joined(List<Token> line) {
        return String.join(" ", line.stream().map(Token::text).toList());
    }

    /**
     * How surely the grader's name was read (its word's confidence), 0 when it was not. A full name
     * counts when a line reads nearly as it (OCR drops a letter of "CGC CARDS" now and then).
     */
    private static double nameRead(Grader grader, List<List<Token>> lines, String text) {
        double best = 0;
        for (String line : text.split("\n")) {
            for (String name : FULL_NAMES.get(grader)) {
                if (line.contains(name) || OcrDistance.similarity(line, name) >= FULL_NAME_SIMILARITY) {
                    best = 0.9;
                }
            }
        }
        for (List<Token> line : lines) {
            for (Token token : line) {
                if (grader.names().contains(OcrText.asLetters(token.text())) && !token.lowerCase()
                        && !cardName(grader, line, token)) {
                    best = Math.max(best, Math.max(token.confidence(), 0.5));
                }
            }
        }
        return best;
    }

    /**
     * How many of two hints of its layout the label gives for this grader: sub-grades printed (two of
     * their names read or more; PSA and SGC print none), and a grade's words of this grader read
     * beside that grade's number (see {@link #wordsBesideTheirGrade}); one less where its certificate
     * fits it only loosely (see {@link #looseFit}).
     */
    private static int layoutHints(Grader grader, List<List<Token>> lines, boolean wordsBesideTheirGrade) {
        boolean looseFit = certificate(grader, lines).map(cert -> looseFit(grader, cert.text())).orElse(false);
        return (grader.printsSubGrades() && subGradesNamed(lines) ? 1 : 0) + (wordsBesideTheirGrade ? 1 : 0)
                - (looseFit ? 1 : 0);
    }

    /**
     * Whether a certificate read fits this grader only as any number of its length would: TAG's with a
     * digit taken for its letter (any 8-digit number would), or Beckett's 10 digits without the leading
     * zero its serial numbers are padded with (CGC's and SGC's 10-digit numbers start with 1 to 9).
     */
    private static boolean looseFit(Grader grader, String cert) {
        String bare = cert.replaceAll("^#|[.]$", "");
        return switch (grader) {
            case TAG -> Character.isDigit(bare.charAt(0));
            case BGS -> bare.length() == 10 && OcrText.asDigits(bare).charAt(0) != '0';
            default -> false;
        };
    }

    /** Whether two sub-grades' names or more were read: the label prints its sub-grades. */
    private static boolean subGradesNamed(List<List<Token>> lines) {
        return lines.stream().flatMap(List::stream).map(token -> subGradeName(token.text())).flatMap(Optional::stream)
                .distinct().count() >= 2;
    }

    /**
     * Whether the label holds long grade words of this grader beside their grade's number printed
     * large: BGS's "GEM MINT" goes with a 9.5, ACE's with a 10.
     */
    private static boolean wordsBesideTheirGrade(Grader grader, List<List<Token>> lines, String text) {
        double typical = typicalHeight(lines);
        Set<String> printedLarge = lines.stream().flatMap(line -> halvesJoined(line, typical).stream())
                .filter(token -> typical > 0 && large(token, typical)).map(token -> gradeNumber(token.text()))
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return gradeWordsOn(grader, text).stream().filter(SlabLabelReader::longGradeWords)
                .flatMap(words -> grader.gradesNamedBy(List.of(words)).stream()).anyMatch(printedLarge::contains);
    }

    private static boolean cardName(Grader grader, List<Token> line, Token token) {
        List<String> followers = NOT_THE_GRADER.getOrDefault(grader, List.of());
        return token.index() + 1 < line.size() && followers.contains(line.get(token.index() + 1).text());
    }

    private static int gradeWordsRead(Grader grader, String text) {
        return (int) gradeWordsOn(grader, text).stream().filter(SlabLabelReader::longGradeWords).count();
    }

    /** Grade words too long to be read by chance in a card's name or text ("EX", "NM", "VG" are). */
    private static boolean longGradeWords(String words) {
        return words.length() > 3;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(^|[^A-Z])" + Pattern.quote(word) + "($|[^A-Z])").matcher(text).find();
    }

    private static String authenticOnly(String text) {
        if (containsWord(text, Grader.ALTERED)) {
            return Grader.ALTERED;
        }
        return containsWord(text, Grader.AUTHENTIC) ? Grader.AUTHENTIC : null;
    }

    /**
     * The grade: among the numbers the grader's scale has, those not the card's number, a year or a
     * sub-grade, the one printed largest, beside the grade words that go with it.
     */
    private static Optional<GradeCandidate> grade(Grader grader, List<List<Token>> lines, String text) {
        double typical = typicalHeight(lines);
        List<String> printed = gradeWordsOn(grader, text);
        List<GradeCandidate> candidates = new ArrayList<>();
        boolean offTheScale = false;
        for (List<Token> line : lines) {
            for (Token token : halvesJoined(line, typical)) {
                Optional<String> number = gradeNumber(token.text());
                if (number.isEmpty() || isSubGrade(line, token, typical) || token.text().startsWith("#")
                        || sliver(token, typical)) {
                    continue;
                }
                Optional<String> grade = grader.grade(number.get());
                if (grade.isEmpty()) {
                    offTheScale = true;
                    continue;
                }
                String words = grader.wordsFor(grade.get()).stream().filter(printed::contains).findFirst().orElse(null);
                Optional<String> whole = words == null && typical > 0 && large(token, typical)
                        ? wholeGradeOfWords(grader, grade.get(), printed) : Optional.empty();
                double confidence = whole.isPresent() ? WORDS_ONLY_CONFIDENCE
                        : token.confidence() * (words != null ? 1 : 0.8);
                if (whole.isPresent()) {
                    grade = whole;
                    words = grader.wordsFor(whole.get()).stream().filter(printed::contains).findFirst().orElseThrow();
                }
                double size = typical > 0 && token.height() > 0 ? Math.min(3, token.height() / typical) : 1;
                double score = size + (words != null ? 1.5 : 0) + token.confidence();
                candidates.add(new GradeCandidate(grade.get(), score, confidence, words, typical > 0 && large(token, typical)));
            }
        }
        if (candidates.isEmpty()) {
            // a number off the grader's scale beside its words is a misread or a fake: no grade is better
            return offTheScale ? Optional.empty() : gradeOfWords(grader, printed);
        }
        Optional<GradeCandidate> best = candidates.stream().max(Comparator.comparingDouble(GradeCandidate::score));
        // where the label prints sub-grades and no number was read large, the numbers read are their
        // values (the readings put them on lines of their own, apart from their names): the grade's
        // words, where they name one grade, say more than whichever of them is read surest
        boolean onlySubGradeValues = grader.printsSubGrades() && subGradesNamed(lines)
                && candidates.stream().noneMatch(GradeCandidate::large);
        return onlySubGradeValues && best.orElseThrow().words() == null
                ? gradeOfWords(grader, printed).or(() -> best) : best;
    }

    /**
     * The grade the label's long grade words name where the number printed large reads as its start
     * only: the engine loses the 0 of a large 10 (read "1") more often than it misreads the words
     * printed at text size above it, "GEM MINT".
     */
    private static Optional<String> wholeGradeOfWords(Grader grader, String read, List<String> printed) {
        Set<String> named = grader.gradesNamedBy(printed.stream().filter(SlabLabelReader::longGradeWords).toList());
        return named.size() == 1
                ? named.stream().filter(grade -> grade.length() > read.length() && grade.startsWith(read)).findFirst()
                : Optional.empty();
    }

    /** The label's typical text height: the median word's (0 when the engine gave no boxes). */
    private static double typicalHeight(List<List<Token>> lines) {
        return lines.stream().flatMap(List::stream).mapToDouble(Token::height).filter(h -> h > 0)
                .sorted().skip(lines.stream().mapToLong(List::size).sum() / 2).findFirst().orElse(0);
    }

    /**
     * The grade its words name where no grade's number was read (glare or a light-on-dark box
     * hides it more often than the words above it): taken only when the label's long grade words all
     * go with one grade, and less surely than a number, as a "+" lost reads a half grade as the one below.
     */
    private static Optional<GradeCandidate> gradeOfWords(Grader grader, List<String> printed) {
        List<String> words = printed.stream().filter(SlabLabelReader::longGradeWords).toList();
        Set<String> grades = grader.gradesNamedBy(words);
        return grades.size() == 1
                ? Optional.of(new GradeCandidate(grades.iterator().next(), 0, WORDS_ONLY_CONFIDENCE, words.get(0), false))
                : Optional.empty();
    }

    /**
     * The line's tokens with a half grade printed large put back together where OCR lost its point:
     * split in two ("9 5") or run into one ("95"). Only large print is taken so: a grade stands
     * alone, far taller than the label's other text, where a "95" in the description is a number.
     */
    private static List<Token> halvesJoined(List<Token> line, double typicalHeight) {
        List<Token> joined = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            Token token = line.get(i);
            Token next = i + 1 < line.size() ? line.get(i + 1) : null;
            if (typicalHeight <= 0 || !large(token, typicalHeight)) {
                joined.add(token);
            } else if (token.text().matches("[1-9]") && next != null && next.text().equals("5") && large(next, typicalHeight)) {
                joined.add(half(token, next));
                i++;
            } else if (token.text().matches("[1-9]5")) {
                joined.add(token.as(token.text().charAt(0) + ".5"));
            } else {
                joined.add(token);
            }
        }
        return joined;
    }

    private static boolean sliver(Token token, double typicalHeight) {
        return token.height() > 0 && token.height() < SLIVER * typicalHeight;
    }

    private static boolean large(Token token, double typicalHeight) {
        return token.height() >= LARGE_PRINT * typicalHeight;
    }

    /** The grade words on the label, leaving out those only read as part of longer ones ("MINT" in "GEM MINT"). */
    private static List<String> gradeWordsOn(Grader grader, String text) {
        List<String> found = new ArrayList<>();
        String rest = text;
        for (String words : grader.allWords()) {
            if (containsWord(rest, words)) {
                found.add(words);
                rest = rest.replace(words, " ");
            }
        }
        return found;
    }

    private static Optional<String> gradeOf(Grader grader, String token) {
        return gradeNumber(token).flatMap(grader::grade);
    }

    /** The token as a number of a grade's shape (1 to 10, halves), on whichever grader's scale. */
    private static Optional<String> gradeNumber(String token) {
        if (token.length() > 4 || token.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String digits = OcrText.asDigits(token.replace(",", "."));
        return GRADE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /**
     * Whether the number follows a sub-grade's name. Not a number printed large: that is the grade,
     * run into the line of the names beside it.
     */
    private static boolean isSubGrade(List<Token> line, Token token, double typicalHeight) {
        return token.index() > 0 && subGradeName(line.get(token.index() - 1).text()).isPresent()
                && !(typicalHeight > 0 && large(token, typicalHeight));
    }

    private static Optional<String> subGradeName(String token) {
        String word = token.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return SUB_GRADES.stream().filter(name -> word.length() >= 4 && name.startsWith(word.substring(0, 4)))
                .findFirst();
    }

    private static Map<String, String> subGrades(List<List<Token>> lines, Grader grader) {
        Map<String, String> read = new LinkedHashMap<>();
        if (!grader.printsSubGrades()) {
            return read;
        }
        for (List<Token> line : lines) {
            for (int i = 0; i + 1 < line.size(); i++) {
                Optional<String> name = subGradeName(line.get(i).text());
                Optional<String> value = gradeOf(grader, line.get(i + 1).text());
                if (name.isPresent() && value.isPresent()) {
                    read.putIfAbsent(name.get(), value.get());
                }
            }
        }
        return read;
    }

    /** The certificate: a token of the grader's shape, one after "CERT" or "#" first, never a year. */
    private static Optional<Token> certificate(Grader grader, List<List<Token>> lines) {
        Token best = null;
        boolean bestMarked = false;
        for (List<Token> line : lines) {
            for (Token token : line) {
                if (certText(grader, token.text()).isEmpty()) {
                    continue;
                }
                boolean marked = token.index() > 0 && line.get(token.index() - 1).text().matches("CERT.*|#|NO\\.?");
                if (best == null || (marked && !bestMarked)) {
                    best = token;
                    bestMarked = marked;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The token as a certificate number of this grader, with OCR's letter-for-digit slips undone. */
    private static Optional<String> certText(Grader grader, String token) {
        String bare = token.replaceAll("^#|[.]$", "");
        if (bare.length() < 7 || bare.length() > 10) {
            return Optional.empty();
        }
        String number = grader == Grader.TAG ? letter(bare.charAt(0)) + OcrText.asDigits(bare.substring(1))
                : OcrText.asDigits(bare);
        // a run of letters is a word, not a misread number
        long letters = bare.chars().filter(Character::isLetter).count();
        if (2 * letters >= bare.length()) {
            return Optional.empty();
        }
        return grader.isCertificate(number) ? Optional.of(number) : Optional.empty();
    }

    /**
     * The certificate's leading letter: a digit read for it turned back (0 to O, 8 to B, and 7 to T,
     * 2 to Z, the slips {@link OcrText#asDigits} undoes the other way, which the shared
     * {@link OcrText#asLetters} leaves for the card numbers' prefixes), a letter read kept as it is
     * (OCR's confusions would take a clearly read L for an I).
     */
    private static String letter(char read) {
        return switch (read) {
            case '7' -> "T";
            case '2' -> "Z";
            default -> Character.isLetter(read) ? String.valueOf(read) : OcrText.asLetters(String.valueOf(read));
        };
    }

    /**
     * The label's text with the grading taken out (the grader's names, its grade words and numbers,
     * the certificate), which leaves its description of the card: year, set, name, "#number".
     */
    private static String description(List<List<Token>> lines, Grader grader) {
        List<String> kept = new ArrayList<>();
        for (List<Token> line : lines) {
            String text = " " + joined(line) + " ";
            for (String words : grader.allWords()) {
                text = text.replace(" " + words + " ", " ");
            }
            StringBuilder rest = new StringBuilder();
            for (String token : text.strip().split(" ")) {
                boolean grading = grader.names().contains(token) || certText(grader, token).isPresent()
                        || (!token.startsWith("#") && gradeOf(grader, token).isPresent());
                if (!grading && !token.isBlank()) {
                    rest.append(rest.isEmpty() ? "" : " ").append(token);
                }
            }
            if (!rest.isEmpty()) {
                kept.add(rest.toString());
            }
        }
        return String.join(" / ", kept);
    }

    private static String cardNumber(String text) {
        Matcher number = CARD_NUMBER.matcher(text);
        return number.find() ? number.group(1) : null;
    }

    /** Numbers of a certificate's length that are not this grader's certificate: a fake label's tell. */
    private static List<String> otherNumbers(Grader grader, List<List<Token>> lines, String certNumber) {
        List<String> numbers = new ArrayList<>();
        for (List<Token> line : lines) {
            for (Token token : line) {
                String digits = OcrText.asDigits(token.text().replaceAll("^#", ""));
                if (digits.matches("\\d{7,12}") && !digits.equals(certNumber) && certText(grader, token.text()).isEmpty()) {
                    numbers.add(digits);
                }
            }
        }
        return numbers;
    }

    /** The grader's words on the label that go with another grade than the one read. */
    private static List<String> otherGradeWords(Grader grader, String grade, String text) {
        List<String> own = grader.wordsFor(grade);
        return gradeWordsOn(grader, text).stream().filter(words -> !own.contains(words)).toList();
    }

    /** The label's year, if it prints one: for the authenticity check against the card's set. */
    static Optional<Integer> year(String description) {
        Matcher year = YEAR.matcher(description == null ? "" : description);
        return year.find() ? Optional.of(Integer.parseInt(year.group(1))) : Optional.empty();
    }
}

package com.collectiq.identification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.collectiq.card.Identity.Evidence;
import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;

/**
 * Reads the fields of a card from its text lines, whichever engine read them (Tesseract or
 * Rekognition, both reading the whole card): lines are taken top to bottom by their boxes when they
 * have them, in the order given otherwise, and a line's height tells the large print (the name) from
 * the small. Knows what each field looks like on English cards of every era (the HP before or after
 * its digits, a stage banner above the name, the number at the foot on the left or the right, with or
 * without a regulation mark and set code) and how OCR garbles it; knows nothing about the owner's hints.
 */
final class FieldReader {

    /** The name is printed in the top few lines (under a stage or trainer banner). */
    private static final int NAME_LINES = 6;
    /** Names of four words or fewer are nearly all (Rapid Strike Scroll of the Flying Dragon is one of two longer). */
    private static final int MAX_NAME_WORDS = 4;
    private static final double NAME_HALF = 0.5;
    private static final double NAME_FLOOR = 0.6;
    /** A text this similar to a catalog name (1: the same letters) spells that name. */
    private static final double SPELLS_A_NAME = 0.85;
    /**
     * A name line this similar to a known name is taken for that name misread ({@code Lunator} for
     * {@code Lunatone}, 0.84), not for a name the catalog lacks (a trainer's: {@code Cassius} is 0.71
     * from {@code Brassius}, {@code Aroma Lady} 0.70 from {@code Parasol Lady}).
     */
    private static final double MISREAD_OF_A_NAME = 0.8;
    private static final int NAMES_KEPT = 8;
    /**
     * A name the lexicon spells several ways is ranked this much under the spelling the line holds:
     * first, not alone (the cards spelt the other way still bear the name, read with a case misread).
     */
    private static final double SPELT_OTHERWISE = 0.999;
    /**
     * A name line that is the start of a name is read as that name cut short: as similar as this
     * when nearly nothing of it was read, up to 1 when all of it was.
     */
    private static final double CUT_SHORT = 0.7;
    private static final int NAME_START_LETTERS = 4;
    private static final double NAME_START_SHARE = 0.4;
    /** Every layout prints the collector number in the card's last tenth or so. */
    private static final double FOOT = 0.85;
    /** A number found by taking a 1 for its slash is a guess, if the only one the digits allow. */
    private static final double SLASH_HIDDEN_DOUBT = 0.7;

    private static final Pattern HP = Pattern.compile(
            "(?i)(?:\\bHP\\s*([0-9OoIlSB]{2,3})(?![\\p{L}\\p{N}]))|(?:(?<![\\p{L}\\p{N}])([0-9OoIlSB]{2,3})\\s*HP\\b)");
    /** A multiple of ten standing alone or among marks, not a level ({@code LV.40}). */
    private static final Pattern BARE_HP = Pattern.compile("(?<![\\p{N}.])([1-4]?[0-9]0)(?!\\p{N})");
    /** Lines whose top is above this share of the card are its top part, where the HP is printed... */
    private static final double TOP_PART = 0.2;
    /** ...at the right, past this share of the card's width. */
    private static final double HP_SIDE = 0.55;
    /** A bare number at the top right is the HP less surely than one printed beside its mark. */
    private static final double BARE_HP_DOUBT = 0.8;
    /**
     * A Pokémon's level after its name ({@code Haunter LV.46}), run into a LV.X logo at times
     * ({@code Empoleon LV.XLV.26}): never a word of the name.
     */
    private static final Pattern LEVEL = Pattern.compile("(?i)LV\\.?\\s?[0-9OoIlSB]{1,3}(?![\\p{L}\\p{N}])");
    private static final Pattern STAGE = Pattern.compile("(?i)\\b(stage\\s*[12lI]|basic|vmax|vstar|break|baby|level[ -]?up)\\b");
    /** A Pokémon Tool's banner, its last letter as OCR reads it too ({@code POKEMON TOO!}, {@code Pokémon Toot}). */
    private static final String TOOL = "pok[eé]mon\\s?too[l1It!]";
    private static final Pattern TRAINER_KIND = Pattern.compile("(?i)\\b(supporter|item|stadium|" + TOOL + "|trainer)(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(evolves|put |©|\\(c\\)|illus|weakness|resistance|retreat|length|weight|ability|pok[eé]-?(power|body)|pok[eé]mon power|no\\.)");
    private static final Pattern LABEL_WORDS = Pattern.compile(
            "(?i)\\b(stage\\s*[12lI]|evolves from.*|put .*|trainer|supporter|item|stadium|" + TOOL + "|tera)(?![\\p{L}\\p{N}])");
    /**
     * The rule a card printed for a mechanic carries ({@code V rule: When your Pokémon V is Knocked
     * Out…}, {@code Pokémon-GX rule}, the EX series' {@code When Pokémon-ex has been Knocked Out…}): it
     * names the logo after the card's name, which OCR reads as anything or nothing on the name line.
     */
    private static final Pattern MECHANIC_RULE = Pattern.compile(
            "(?i)\\b(VMAX|VSTAR|V|GX|EX)\\s*rule\\b|\\bwhen (?:your |a )?pok[eé]mon[ -]?(VMAX|VSTAR|V|GX|EX) (?:is|has been) knocked out");
    private static final Pattern ILLUSTRATOR = Pattern.compile("(?i)\\billus(?:trator|\\.|,)?\\s*[:.]?\\s*([\\p{L}0-9][^©]*)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[89]\\d|20[0-4]\\d)(?!\\d)");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(©|\\(c\\)|nintendo|wizards|game ?freak|creatures)");
    /**
     * Modern bottom line: regulation mark, set code, language ({@code G SVI EN 063/198}); OCR runs
     * the code into the language ({@code SVIEN}) and reads the E as a euro sign now and then.
     */
    private static final Pattern SET_CODE = Pattern.compile("(?:\\b([A-I])\\s+)?\\b([A-Z0-9]{2,4})\\s?[E€]N\\b");
    /**
     * The regulation mark alone in its box, the first word at the card's foot on the left ({@code [F]},
     * read {@code [Fi} or {@code F|}): cards since Sword &amp; Shield print it there, before the set
     * symbol or code and the number. Bare, it must have a number beside it; boxed, it stands alone.
     */
    private static final Pattern BOXED_MARK = Pattern.compile("[\\[(|{]([D-I])[\\])|}iIl1!]?|([D-I])[\\])|}]");
    private static final Pattern BARE_MARK = Pattern.compile("[D-I]");
    /** The regulation mark is the first thing printed at the foot's left, within this share of the card's width. */
    private static final double MARK_SIDE = 0.2;
    /** A set code printed right before the number without a language ({@code SSH 012/202}). */
    private static final Pattern CODE_BEFORE_NUMBER = Pattern.compile(
            "(?:\\b([A-I])\\s+)?\\b([A-Z][A-Z0-9]{1,3})\\s+[0-9OoIlSB]{1,3}\\s?/");
    private static final Pattern FIRST_EDITION = Pattern.compile("(?i)\\b(1st|ist|lst)\\s*ed(ition)?\\b|\\bedition\\s*[1l]\\b");
    private static final Pattern SHADOWLESS = Pattern.compile("(?i)\\bshadowless\\b");
    private static final Pattern PROMO = Pattern.compile("(?i)\\bpromo\\b");
    private static final Pattern ENERGY = Pattern.compile("(?i)\\benergy\\b");

    /**
     * A catalog name and its folded form, folded once: every read is compared with every name.
     * {@code spelledSeveralWays}: another name of the lexicon folds the same ({@code Ho-oh} as Neo
     * Revelation prints it, {@code Ho-Oh} as later sets do).
     */
    private record LexiconName(String name, String folded, boolean spelledSeveralWays) {
    }

    private final List<LexiconName> lexicon;
    /** The lexicon's few names of more words than most ({@code Rapid Strike Scroll of the Flying Dragon} has seven). */
    private final List<LexiconName> longNames;
    /** The most words a name of the lexicon has: a longer run of words names nothing. */
    private final int longestName;
    private final Set<String> printedTotals;

    /**
     * @param lexicon the names a card may bear
     * @param printedTotals the totals the sets print after the slash: a number whose slash OCR lost
     *                      is taken apart where they say
     */
    FieldReader(List<String> lexicon, Set<String> printedTotals) {
        // a printing's name in brackets (Professor's Research (Professor Sada)) is not printed: no spelling
        Map<String, Long> spellings = lexicon.stream().distinct().filter(name -> !name.contains("("))
                .collect(Collectors.groupingBy(OcrText::fold, Collectors.counting()));
        this.lexicon = lexicon.stream().map(name -> new LexiconName(name, OcrText.fold(name),
                spellings.getOrDefault(OcrText.fold(name), 0L) > 1 && !name.contains("("))).toList();
        this.longNames = this.lexicon.stream().filter(name -> name.folded().split(" ").length > MAX_NAME_WORDS).toList();
        this.longestName = Math.max(MAX_NAME_WORDS, longNames.stream().mapToInt(name -> name.folded().split(" ").length).max().orElse(0));
        this.printedTotals = Set.copyOf(printedTotals);
    }

    CardReading read(Extraction extraction) {
        List<TextLine> lines = topToBottom(extraction.lines().stream()
                .filter(line -> line.text() != null && !line.text().isBlank()).toList());
        Map<String, Evidence> evidence = new LinkedHashMap<>();

        List<TextLine> nameLines = nameLines(lines);
        List<NameMatch> names = names(nameLines);
        NameMatch best = names.isEmpty() ? null : names.get(0);
        if (best != null) {
            evidence.put("name", new Evidence(best.name(), round(best.score()),
                    "read \"" + best.read() + "\", closest catalog name"
                            + (names.size() > 1 ? " (next: " + names.get(1).name() + ")" : "")));
        }
        String printedName = withRuleLogo(printedName(nameLines, best, evidence), best, lines, evidence);
        boolean levelBesideName = levelBesideName(nameLines, best, evidence);

        CardNumber number = null;
        double numberConfidence = 0;
        for (TextLine line : bottomUp(lines)) {
            Optional<CardNumber> found = CardNumber.find(line.text());
            if (found.isPresent()) {
                number = found.get();
                numberConfidence = numberConfidence(line) * (number.corrected() ? 0.8 : 1);
                break;
            }
        }
        if (number == null) {
            for (TextLine line : bottomUp(lines)) {
                Optional<CardNumber> found = line.box() == null || line.box().top() + line.box().height() < FOOT
                        ? Optional.empty() : CardNumber.withSlashHidden(line.text(), printedTotals);
                if (found.isPresent()) {
                    number = found.get();
                    numberConfidence = numberConfidence(line) * SLASH_HIDDEN_DOUBT;
                    break;
                }
            }
        }
        if (number != null) {
            String why = "read \"" + number.printed() + "\"" + (number.corrected() ? " after undoing OCR confusions" : "");
            evidence.put("number", new Evidence(number.number(), round(numberConfidence), why));
            if (number.printedTotal() != null) {
                evidence.put("printedTotal", new Evidence(number.printedTotal(), round(numberConfidence),
                        Integer.parseInt(digitsOf(number.number())) > Integer.parseInt(number.printedTotal())
                                ? "number beyond the printed total: a secret rare" : "after the slash"));
            }
        }

        Integer hp = hp(lines, evidence);

        String supertype = null;
        String stage = null;
        for (TextLine line : lines.subList(0, Math.min(lines.size(), NAME_LINES))) {
            String text = line.text();
            if (supertype == null && ENERGY.matcher(text).find() && lines.indexOf(line) < 3) {
                supertype = "Energy";
                evidence.put("supertype", new Evidence(supertype, round(confidence(line)), "\"Energy\" in the title"));
            }
            Matcher trainer = TRAINER_KIND.matcher(text);
            while (trainer.find()) {
                String kind = trainer.group(1).toLowerCase(Locale.ROOT);
                if (supertype == null) {
                    supertype = "Trainer";
                    evidence.put("supertype", new Evidence(supertype, round(confidence(line)), "read \"" + trainer.group(1) + "\""));
                }
                if (stage == null && "Trainer".equals(supertype) && !kind.equals("trainer")) {
                    stage = kind.startsWith("pok") ? "Pokémon Tool" : capitalise(kind);
                    evidence.put("stage", new Evidence(stage, round(confidence(line)), "trainer kind \"" + trainer.group(1) + "\""));
                }
            }
            Matcher matcher = STAGE.matcher(text);
            if (stage == null && supertype == null && matcher.find()) {
                stage = stageName(matcher.group(1));
                evidence.put("stage", new Evidence(stage, round(confidence(line)), "read \"" + matcher.group(1) + "\""));
            }
        }
        if (supertype == null && (hp != null || stage != null)) {
            supertype = "Pokémon";
            evidence.put("supertype", new Evidence(supertype, 0.7, hp != null ? "an HP value is printed" : "a stage is printed"));
        }

        String illustrator = null;
        String setCode = null;
        String regulationMark = null;
        Integer copyrightYear = null;
        boolean wizards = false;
        boolean firstEdition = false;
        boolean shadowless = false;
        boolean promo = number != null && number.isPromo();
        for (TextLine line : lines) {
            String text = line.text();
            Matcher illus = ILLUSTRATOR.matcher(text);
            if (illustrator == null && illus.find()) {
                illustrator = illus.group(1).replaceAll("\\s+\\S*\\d+\\s*/.*$", "").trim();
                evidence.put("illustrator", new Evidence(illustrator, round(confidence(line)), "read after \"Illus.\""));
            }
            Matcher code = SET_CODE.matcher(text);
            boolean withLanguage = code.find();
            if (!withLanguage) {
                code = CODE_BEFORE_NUMBER.matcher(text);
            }
            if (setCode == null && (withLanguage || code.find())) {
                setCode = codeLetters(code.group(2));
                evidence.put("setCode", new Evidence(setCode, round(confidence(line)),
                        withLanguage ? "code before \"EN\" on the bottom line" : "code before the number"));
                if (code.group(1) != null) {
                    regulationMark = code.group(1);
                    evidence.put("regulationMark", new Evidence(regulationMark, round(confidence(line) * 0.8),
                            "letter before the set code"));
                }
            }
            if (regulationMark == null) {
                regulationMark = boxedMark(line).orElse(null);
                if (regulationMark != null) {
                    evidence.put("regulationMark", new Evidence(regulationMark, round(confidence(line) * 0.8),
                            "the letter first at the foot's left"));
                }
            }
            if (COPYRIGHT.matcher(text).find()) {
                Matcher year = YEAR.matcher(text);
                while (year.find()) {
                    int value = Integer.parseInt(year.group(1));
                    copyrightYear = copyrightYear == null ? value : Math.max(copyrightYear, value);
                }
                wizards |= text.toLowerCase(Locale.ROOT).contains("wizards");
            }
            firstEdition |= FIRST_EDITION.matcher(text).find();
            shadowless |= SHADOWLESS.matcher(text).find();
            promo |= PROMO.matcher(text).find();
        }
        if (copyrightYear != null) {
            evidence.put("era", new Evidence(copyrightYear + (wizards ? " (Wizards of the Coast)" : ""), 0.8,
                    "latest year of the copyright line: printed then or later"));
        }
        List<String> variantHints = new ArrayList<>();
        if (firstEdition) {
            variantHints.add("1st edition stamp");
        }
        if (shadowless) {
            variantHints.add("shadowless");
        }
        if (promo) {
            variantHints.add("promo");
        }
        if (!variantHints.isEmpty()) {
            evidence.put("variantText", new Evidence(String.join(", ", variantHints), 0.7, "printed on the card"));
        }
        return new CardReading(names, printedName, number, hp, stage, supertype, setCode, regulationMark, illustrator,
                copyrightYear, levelBesideName, firstEdition, shadowless, promo, evidence);
    }

    /**
     * Whether the line the name was read from prints a level after it ({@code Haunter LV.46}): of
     * the English cards, only those of the Diamond &amp; Pearl and Platinum series print a level beside
     * the name (older ones print it by the artwork, if at all; HeartGold &amp; SoulSilver dropped it).
     */
    private static boolean levelBesideName(List<TextLine> nameLines, NameMatch best, Map<String, Evidence> evidence) {
        if (best == null) {
            return false;
        }
        for (TextLine line : nameLines) {
            Matcher level = LEVEL.matcher(line.text());
            if (clean(line.text()).contains(best.read()) && level.find()) {
                evidence.put("level", new Evidence(level.group().trim(), round(confidence(line)),
                        "printed after the name: a card of the Diamond & Pearl or Platinum series"));
                return true;
            }
        }
        return false;
    }

    /**
     * The HP as printed beside its mark in the top lines ({@code HP 130}, {@code 60 HP}); failing
     * that, a bare multiple of ten at the top right, where every layout prints the HP: its small
     * {@code HP} mark is read as anything or nothing ({@code we 80@}, {@code w70Q}, {@code #110@}).
     * It tells a Pokémon's printings apart when their numbers are not read.
     */
    private static Integer hp(List<TextLine> lines, Map<String, Evidence> evidence) {
        List<TextLine> top = lines.subList(0, Math.min(lines.size(), NAME_LINES));
        for (TextLine line : top) {
            Matcher matcher = HP.matcher(withoutLevel(line.text()));
            if (matcher.find()) {
                String raw = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                Integer value = integer(OcrText.asDigits(raw));
                if (isHp(value)) {
                    evidence.put("hp", new Evidence(value.toString(), round(confidence(line)), "read \"" + matcher.group().trim() + "\""));
                    return value;
                }
            }
        }
        for (TextLine line : top) {
            if (line.box() == null || line.box().top() >= TOP_PART) {
                continue;
            }
            for (Word word : line.words()) {
                Matcher bare = BARE_HP.matcher(word.text());
                if (word.box() != null && word.box().left() >= HP_SIDE && bare.find() && isHp(integer(bare.group(1)))) {
                    Integer value = integer(bare.group(1));
                    evidence.put("hp", new Evidence(value.toString(), round(word.confidence() * BARE_HP_DOUBT),
                            "read \"" + word.text() + "\" at the top right, its HP mark not read"));
                    return value;
                }
            }
        }
        return null;
    }

    private static boolean isHp(Integer value) {
        return value != null && value >= 30 && value <= 400 && value % 10 == 0;
    }

    /**
     * Catalog names the given text may be, best first: every run of up to four words is compared,
     * so a name survives the stage banner, the HP and stray marks around it on its line; a line that
     * holds only the start of a name is read as that name cut short (see {@link #startOf}).
     */
    List<NameMatch> namesIn(String text, double lineConfidence, double positionWeight) {
        String cleaned = clean(text);
        String[] words = cleaned.isBlank() ? new String[0] : cleaned.split(" ");
        Map<String, NameMatch> best = new HashMap<>();
        int lineLength = cleaned.length();
        for (int start = 0; start < words.length; start++) {
            StringBuilder span = new StringBuilder();
            for (int end = start; end < Math.min(words.length, start + longestName); end++) {
                span.append(end > start ? " " : "").append(words[end]);
                String read = span.toString();
                if (read.length() < 3) {
                    continue;
                }
                double covered = (double) read.length() / lineLength;
                boolean wholeLine = start == 0 && end == words.length - 1;
                // a run longer than most names can only be one of the long ones
                for (LexiconName name : end - start < MAX_NAME_WORDS ? lexicon : longNames) {
                    int nameLength = name.folded().length();
                    double similarity;
                    if (wholeLine && startOf(read, name.folded())) {
                        similarity = CUT_SHORT + (1 - CUT_SHORT) * read.length() / nameLength;
                    } else if (Math.abs(nameLength - read.length()) > 0.4 * Math.max(nameLength, read.length())) {
                        continue;
                    } else {
                        similarity = OcrDistance.similarityOfFolded(read, name.folded());
                    }
                    if (similarity < NAME_FLOOR) {
                        continue;
                    }
                    double spelling = name.spelledSeveralWays() && !text.contains(name.name()) ? SPELT_OTHERWISE : 1;
                    double score = similarity * (0.9 + 0.1 * covered) * positionWeight * (0.7 + 0.3 * lineConfidence) * spelling;
                    NameMatch match = new NameMatch(name.name(), score, read);
                    best.merge(name.name(), match, (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(NameMatch::score).reversed()).toList();
    }

    /**
     * Whether a name line holds only the start of a name, cut inside a word ({@code Skeled} of
     * {@code Skeledirge}, {@code Qu illad} of {@code Quilladin}): a name in a display face over a busy
     * bar, read short, with or without the logo after it ({@code Skeled ex}). Long enough a start that
     * few names share it; a whole word is not a start
     * ({@code Pokémon} of a stage banner is not {@code Pokémon Catcher} cut short).
     */
    private static boolean startOf(String read, String name) {
        // the start of a Pokémon's name and its logo read apart from it (Skeled ex of Skeledirge ex)
        int lastWord = name.lastIndexOf(' ');
        if (lastWord > 0 && PrintedName.isLogo(name.substring(lastWord + 1)) && read.endsWith(name.substring(lastWord))) {
            return startOf(read.substring(0, read.length() - (name.length() - lastWord)), name.substring(0, lastWord));
        }
        String joined = read.replace(" ", "");
        if (joined.length() < NAME_START_LETTERS || joined.length() < NAME_START_SHARE * name.length()
                || !name.replace(" ", "").startsWith(joined)) {
            return false;
        }
        int wordEnd = 0;
        for (String word : name.split(" ")) {
            wordEnd += word.length();
            if (wordEnd == joined.length()) {
                return false;
            }
        }
        return true;
    }

    /** The lines the name may be printed on: the engine's name region, else the first lines of the card's top half. */
    private static List<TextLine> nameLines(List<TextLine> lines) {
        List<TextLine> named = lines.stream().filter(line -> "name".equals(line.region())).toList();
        return named.isEmpty() ? lines.stream()
                // every layout prints the name in the card's top half: lower lines are attacks and rules
                .filter(line -> line.box() == null || line.box().top() < NAME_HALF)
                .limit(NAME_LINES).toList() : named;
    }

    private List<NameMatch> names(List<TextLine> candidates) {
        Map<String, NameMatch> best = new HashMap<>();
        double tallest = candidates.stream().mapToDouble(FieldReader::height).max().orElse(0);
        for (int i = 0; i < candidates.size(); i++) {
            TextLine line = candidates.get(i);
            // the 1st edition stamp's words ("Edition 1") are not a name, however like one they read
            if (NOT_A_NAME.matcher(line.text().trim()).find() || FIRST_EDITION.matcher(line.text()).find()) {
                continue;
            }
            // the name sits in the first lines and is the largest print there; text further down and
            // smaller print names other things (attacks, the Pokémon it evolves from)
            double sizeWeight = tallest > 0 && height(line) > 0 ? 0.85 + 0.15 * height(line) / tallest : 1;
            double positionWeight = (1 - 0.04 * i) * sizeWeight;
            for (NameMatch match : namesIn(line.text(), confidence(line), positionWeight)) {
                best.merge(match.name(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
            // a sparse reading breaks a name over coloured or patterned print into pieces, each its
            // own line of one row ("SW," "it" "ch"): the row read as one line puts them together
            List<TextLine> row = rowFrom(candidates, i);
            if (row.size() > 1) {
                String joined = String.join(" ", row.stream().map(TextLine::text).toList());
                // each piece as sure as the engine was of it, by its letters: a short mark read unsure
                // does not pull a long piece read sure down to its level
                double rowConfidence = row.stream().mapToDouble(piece -> confidence(piece) * piece.text().length())
                        .sum() / row.stream().mapToInt(piece -> piece.text().length()).sum();
                for (NameMatch match : namesIn(joined, rowConfidence, positionWeight)) {
                    best.merge(match.name(), match, (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(NameMatch::score).reversed())
                .limit(NAMES_KEPT).toList();
    }

    /**
     * A set code's letters: digits read where letters are printed are undone ({@code 0BF} is
     * {@code OBF}), capitals are kept as read ({@code PAL} is no {@code PAI}: an L in a code is an L).
     */
    private static String codeLetters(String read) {
        StringBuilder letters = new StringBuilder(read.length());
        for (char c : read.toCharArray()) {
            String one = String.valueOf(c);
            letters.append(Character.isLetter(c) ? one : OcrText.asLetters(one));
        }
        return letters.toString();
    }

    /** The regulation mark, when the line starts with it at the card's foot on the left. */
    private static Optional<String> boxedMark(TextLine line) {
        if (line.box() == null || line.box().top() + line.box().height() < FOOT || line.box().left() > MARK_SIDE
                || line.words().isEmpty()) {
            return Optional.empty();
        }
        String first = line.words().get(0).text();
        Matcher boxed = BOXED_MARK.matcher(first);
        if (boxed.matches()) {
            return Optional.of(boxed.group(1) != null ? boxed.group(1) : boxed.group(2));
        }
        String rest = String.join(" ", line.words().stream().skip(1).map(Word::text).toList());
        boolean numbered = CardNumber.find(rest).isPresent();
        return BARE_MARK.matcher(first).matches() && numbered ? Optional.of(first) : Optional.empty();
    }

    /**
     * The name as printed, when the catalog's names do not say it: no catalog name spells the name
     * line (a card of a set whose cards are not bundled), or the line adds an owner, a form or a
     * mechanic to the catalog name read ({@code Koga's Arbok} where the catalog knows {@code Arbok};
     * {@code Medichamv}, a logo run into the name, is {@code Medicham V}), or words of a longer name
     * ({@code Oran Berry} where it knows {@code Berry}), or spells the catalog name another way
     * ({@code Moomoo Milk} where it knows {@code Moo-Moo Milk}). Null when the closest catalog name is the name.
     */
    private static String printedName(List<TextLine> candidates, NameMatch best, Map<String, Evidence> evidence) {
        TextLine line = null;
        String printed = null;
        for (TextLine candidate : candidates) {
            Optional<String> run = NOT_A_NAME.matcher(candidate.text().trim()).find() ? Optional.empty()
                    : PrintedName.in(unlabelled(candidate.text())).filter(name -> !PrintedName.isLabelMisread(name));
            boolean holdsBest = best != null && clean(candidate.text()).contains(best.read());
            if (run.isPresent() && (holdsBest || best == null && (line == null || height(candidate) > height(line)))) {
                line = candidate;
                printed = run.get();
                if (holdsBest) {
                    break;
                }
            }
        }
        Optional<String> glued = printed == null || best == null ? Optional.empty() : PrintedName.withGluedLogo(printed, best.name());
        if (glued.isPresent()) {
            printed = glued.get();
        } else if (printed == null || best != null && !PrintedName.dresses(printed, best.name())
                && !PrintedName.spellsOtherwise(printed, best.name())
                && !PrintedName.isAnotherName(printed, best.name())
                // the catalog name close to a part of a longer name (Shelmet to the Helmet of Rocky Helmet)
                && !PrintedName.holdsAsLongerName(printed, best.read())
                && (OcrDistance.similarity(printed, best.name()) >= MISREAD_OF_A_NAME
                        || startOf(best.read(), OcrText.fold(best.name()))
                        || OcrDistance.similarity(best.read(), best.name()) >= SPELLS_A_NAME)) {
            return null;
        }
        evidence.put("printedName", new Evidence(printed, round(confidence(line)), best == null
                ? "read as printed: no catalog name is close" : "read as printed: the catalog's closest name is " + best.name()));
        return printed;
    }

    /**
     * The name with the logo its rule box names, where the name was read without one ({@code Rotom}
     * read, {@code V rule: …} below): the name as printed, {@code Rotom V}. The name as read otherwise.
     */
    private static String withRuleLogo(String printed, NameMatch best, List<TextLine> lines, Map<String, Evidence> evidence) {
        String name = printed != null ? printed : best != null ? best.name() : null;
        if (name == null || PrintedName.hasLogo(name)) {
            return printed;
        }
        for (TextLine line : lines) {
            Matcher rule = MECHANIC_RULE.matcher(line.text());
            Optional<String> dressed = rule.find()
                    ? PrintedName.withLogo(name, rule.group(1) != null ? rule.group(1) : rule.group(2)) : Optional.empty();
            if (dressed.isPresent()) {
                double confidence = Math.min(confidence(line), printed != null ? evidence.get("printedName").confidence() : best.score());
                evidence.put("printedName", new Evidence(dressed.get(), round(confidence),
                        "read as printed, with the logo its rule names (\"" + rule.group().trim() + "\")"));
                return dressed.get();
            }
        }
        return printed;
    }

    /** The line without what is printed around a name: HP, stage and trainer banners, evolution notes. */
    private static String clean(String text) {
        return OcrText.fold(unlabelled(text));
    }

    /** The line without a level: its digits before the HP's mark ({@code LV.51 HP 60}) would read as an HP. */
    private static String withoutLevel(String text) {
        return LEVEL.matcher(text).replaceAll(" ");
    }

    private static String unlabelled(String text) {
        String withoutHp = HP.matcher(withoutLevel(text)).replaceAll(" ");
        String withoutLabels = LABEL_WORDS.matcher(withoutHp).replaceAll(" ");
        return withoutLabels.replaceAll("(?i)^\\s*basic\\b(?!\\s+\\p{L}+\\s+energy)", " ");
    }

    /**
     * The lines top to bottom when every line has a box (a whole-card engine's block order may put
     * the HP before the name); as given otherwise. Lines whose tops are within half a line of each
     * other count as one row, read left to right.
     */
    private static List<TextLine> topToBottom(List<TextLine> lines) {
        if (lines.stream().anyMatch(line -> line.box() == null)) {
            return lines;
        }
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((TextLine line) -> line.box().top() + line.box().height() / 2));
        List<TextLine> ordered = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            TextLine first = sorted.get(start);
            double middle = first.box().top() + first.box().height() / 2;
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).box().top() + sorted.get(end).box().height() / 2
                    - middle < first.box().height() / 2) {
                end++;
            }
            List<TextLine> row = new ArrayList<>(sorted.subList(start, end));
            row.sort(Comparator.comparingDouble(line -> line.box().left()));
            ordered.addAll(row);
            start = end;
        }
        return ordered;
    }

    /**
     * The lines that start a row at {@code first} (lines in {@link #topToBottom} order, whose middles
     * lie within half a line of the first's), or only the first when it does not start one or the
     * lines have no boxes.
     */
    private static List<TextLine> rowFrom(List<TextLine> lines, int first) {
        TextLine start = lines.get(first);
        if (start.box() == null || first > 0 && sameRow(lines.get(first - 1), start)) {
            return List.of(start);
        }
        int end = first + 1;
        while (end < lines.size() && end - first < MAX_NAME_WORDS && lines.get(end).box() != null
                && sameRow(start, lines.get(end))) {
            end++;
        }
        return lines.subList(first, end);
    }

    private static boolean sameRow(TextLine a, TextLine b) {
        return a.box() != null && b.box() != null
                && Math.abs(middle(a) - middle(b)) < Math.max(a.box().height(), b.box().height()) / 2;
    }

    private static double middle(TextLine line) {
        return line.box().top() + line.box().height() / 2;
    }

    /** The height of a line's print, as a share of the card; 0 when unknown. */
    private static double height(TextLine line) {
        return line.box() == null ? 0 : line.box().height();
    }

    /**
     * How sure the engine was of the number itself: the words that carry it, not the whole line (the
     * copyright beside it is large and clear where the number is small and unsure).
     */
    private static double numberConfidence(TextLine line) {
        double lineConfidence = confidence(line);
        if (line.words() == null || line.words().isEmpty()) {
            return lineConfidence;
        }
        return line.words().stream()
                .filter(word -> word.text().contains("/") || CardNumber.find(word.text()).isPresent())
                .mapToDouble(word -> word.confidence() > 0 ? Math.min(1, word.confidence()) : lineConfidence)
                .min().orElse(lineConfidence);
    }

    private static List<TextLine> bottomUp(List<TextLine> lines) {
        List<TextLine> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        return reversed;
    }

    private static double confidence(TextLine line) {
        return line.confidence() > 0 ? Math.min(1, line.confidence()) : 0.5;
    }

    private static String stageName(String raw) {
        String folded = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (folded.startsWith("stage")) {
            char digit = OcrText.asDigits(folded.substring(folded.length() - 1)).charAt(0);
            return "Stage " + digit;
        }
        return switch (folded) {
            case "vmax" -> "VMAX";
            case "vstar" -> "VSTAR";
            case "break" -> "BREAK";
            default -> capitalise(folded);
        };
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Integer integer(String digits) {
        return digits.matches("\\d{1,4}") ? Integer.valueOf(digits) : null;
    }

    private static String digitsOf(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.isEmpty() ? "0" : digits;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

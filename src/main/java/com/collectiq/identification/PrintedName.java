package com.collectiq.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A card's name as its name line prints it, for the cards the catalog does not know: the longest
 * run of words that look like a name's ({@code Koga's Arbok 90 w ©} → {@code Koga's Arbok},
 * {@code Lurantis-GX »210@} → {@code Lurantis-GX}, {@code Friends in Sinnoh}). A name starts with a
 * capital; inside it, small words join capitalised ones; a mechanic's logo may end it.
 */
final class PrintedName {

    /**
     * A capitalised word of letters, with an apostrophe, a hyphen or a full stop inside or after (Mr. Mime,
     * Farfetch'd, Ho-Oh), or an exclamation mark after (Here Comes Team Rocket!).
     */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*\\p{L}[.!]?|\\p{Lu}\\p{L}");
    /**
     * A number that ends a name: a machine's, zero-padded ({@code Multi Technical Machine 01}), or one
     * after a hash ({@code Blaine's Quiz #2}); never an HP.
     */
    private static final Pattern NAME_NUMBER = Pattern.compile("0\\d|#\\d{1,2}");
    private static final Pattern LOGO = Pattern.compile("ex|EX|GX|V|VMAX|VSTAR|V-UNION|BREAK|LEGEND|LV\\.X|[δ◇♀♂]");
    private static final Set<String> JOINING = Set.of("of", "in", "the", "and", "on", "to", "de");
    /** OCR reads the hyphen before a logo as another dash or an equals sign (Gumshoos=GX). */
    private static final Pattern DASH_BEFORE_LOGO = Pattern.compile("(?<=\\p{L})[=~–—_](?=(EX|GX|V)\\b)");
    /** A logo in capitals OCR ran into the name (LugiaLEGEND, SolgaleoGX): parted as the cards print it. */
    private static final Pattern GLUED_WORD_LOGO = Pattern.compile("(?<=\\p{Ll})(?=(LEGEND|VMAX|VSTAR)\\b)");
    /**
     * A form word OCR ran into the Pokémon's name ({@code RadiantEternatus}, {@code AlolanVulpix}):
     * parted as the cards print it. Only before a capital: {@code Darkrai} is one word.
     */
    private static final Pattern GLUED_FORM = Pattern.compile(
            "(?<=\\b(?:Dark|Light|Alolan|Galarian|Hisuian|Paldean|Shining|Radiant))(?=\\p{Lu}\\p{Ll})");
    private static final Pattern GLUED_DASHED_LOGO = Pattern.compile("(?<=\\p{Ll})(?=(GX|EX)\\b)");
    /**
     * What OCR reads the gap or hyphen between a name and its logo as, when it reads it at all
     * ({@code Quaquavaliex}, {@code Koraidontex}): a thin stroke or a mark.
     */
    private static final Pattern STRAY_BEFORE_LOGO = Pattern.compile("[^\\p{L}]|[iIlt]");
    /** Words that name a Pokémon's owner or form before its own name (with owners' possessives). */
    private static final Set<String> FORM_WORDS = Set.of("dark", "light", "alolan", "galarian", "hisuian", "paldean",
            "shining", "radiant", "team", "m");
    /** A card's mechanic after the Pokémon's name, as words once folded. */
    private static final Set<String> LOGO_WORDS = Set.of("ex", "gx", "v", "vmax", "vstar", "union", "break", "legend", "lv", "x");
    /** Mega Evolutions print an M before the Pokémon's name ({@code M Venusaur-EX}). */
    private static final String MEGA = "M";
    private static final int LEAST_LETTERS = 3;
    /**
     * A word read less like the catalog's word than this is another word: {@code dream} and
     * {@code great} 0.6, {@code flare} and {@code star} 0.4; a letter or two misread leaves a word of
     * five letters at 0.7 or more, OCR's confusions cost less.
     */
    private static final double MISREAD_OF_A_WORD = 0.7;

    /** Words printed around a card's name, which a name line misread may be: never a name alone. */
    private static final List<String> LABELS = List.of("basic", "stage", "energy", "trainer", "supporter", "item", "stadium");
    /**
     * A word read this like a label is the label misread ({@code Basie}, {@code EASIC}, {@code STAC},
     * {@code NERG}); Pokémon's names are further from them ({@code Basculin} 0.5, {@code Stantler} 0.5).
     */
    private static final double LABEL_MISREAD = 0.6;
    /** Letters whose capital is their small letter larger, or nearly: OCR reads either for the other. */
    private static final String CASE_OCR_CONFUSES = "cijkopsuvwxyz";
    /** Letters, hyphens and spaces only: a name with a full stop or an apostrophe may have lost one to OCR. */
    private static final Pattern LETTERS_AND_HYPHENS = Pattern.compile("[\\p{L}\\s-]+");

    private PrintedName() {
    }

    /** Whether a run of one word is a label misread, not a name (see {@link #LABEL_MISREAD}). */
    static boolean isLabelMisread(String run) {
        List<String> words = words(run);
        return words.size() == 1 && LABELS.stream().anyMatch(label -> OcrDistance.similarityOfFolded(words.get(0), label) >= LABEL_MISREAD);
    }

    /** The name-like run of a line (its HP and labels already taken out), if it has one. */
    static Optional<String> in(String text) {
        String unglued = GLUED_FORM.matcher(GLUED_WORD_LOGO.matcher(text).replaceAll(" ")).replaceAll(" ");
        String parted = GLUED_DASHED_LOGO.matcher(unglued).replaceAll("-");
        String[] words = DASH_BEFORE_LOGO.matcher(parted).replaceAll("-").trim().split("\\s+");
        List<String> best = List.of();
        for (int start = 0; start < words.length; start++) {
            List<String> run = runFrom(words, start);
            if (letters(run) > letters(best)) {
                best = run;
            }
        }
        return letters(best) >= LEAST_LETTERS ? Optional.of(String.join(" ", best)) : Optional.empty();
    }

    private static List<String> runFrom(String[] words, int start) {
        List<String> run = new ArrayList<>();
        boolean mega = words[start].equals(MEGA) && start + 1 < words.length && CAPITALISED.matcher(words[start + 1]).matches();
        if (!mega && !CAPITALISED.matcher(words[start]).matches()) {
            return run;
        }
        run.add(words[start]);
        for (int i = start + 1; i < words.length; i++) {
            String word = words[i];
            if (LOGO.matcher(word).matches()) {
                run.add(word);
                return run;
            }
            if (NAME_NUMBER.matcher(word).matches()) {
                run.add(word);
                return run;
            }
            // small words join capitalised ones, one or several in a row (Scroll of the Flying Dragon)
            int next = i;
            while (next < words.length && JOINING.contains(words[next])) {
                next++;
            }
            boolean joins = next > i && next < words.length && CAPITALISED.matcher(words[next]).matches();
            if (!joins && !CAPITALISED.matcher(word).matches()) {
                break;
            }
            run.add(word);
        }
        return run;
    }

    private static int letters(List<String> run) {
        return run.stream().mapToInt(word -> (int) word.chars().filter(Character::isLetter).count()).sum();
    }

    /**
     * The catalog name with the mechanic's logo OCR ran into its last word ({@code Medichamv} for
     * {@code Medicham V}), with or without a stray letter or mark read for the gap before it
     * ({@code Quaquavaliex} for {@code Quaquaval ex}), spelt as the catalog spells that logo; empty
     * when the word read is not the name and a logo.
     */
    static Optional<String> withGluedLogo(String printed, String catalogName) {
        String read = printed.replace(" ", "");
        String name = catalogName.replace(" ", "");
        if (!read.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)) || read.length() == name.length()) {
            return Optional.empty();
        }
        String logo = read.substring(name.length());
        if (logo.length() > 1 && STRAY_BEFORE_LOGO.matcher(logo.substring(0, 1)).matches() && !isLogo(logo)) {
            logo = logo.substring(1);
        }
        return withLogo(catalogName, logo);
    }

    /**
     * The name with a mechanic's logo after it, spelt as the catalog spells that logo
     * ({@code Rotom} and {@code v}: {@code Rotom V}); empty when the word is no logo this knows.
     */
    static Optional<String> withLogo(String name, String logo) {
        return Optional.ofNullable(switch (logo.toLowerCase(Locale.ROOT)) {
            case "v", "vmax", "vstar" -> name + " " + logo.toUpperCase(Locale.ROOT);
            case "legend" -> name + " LEGEND";
            case "gx" -> name + "-GX";
            // Black & White and XY print a capital EX after a hyphen; the EX series and Scarlet & Violet a small ex
            case "ex" -> logo.equals("EX") ? name + "-EX" : name + " ex";
            default -> null;
        });
    }

    /** Whether a name ends with a mechanic's logo ({@code Lurantis-GX}, {@code Rotom V}). */
    static boolean hasLogo(String name) {
        List<String> words = words(name);
        return isLogo(words.get(words.size() - 1));
    }

    /** Whether a word is a mechanic's logo ({@code ex}, {@code GX}, {@code VMAX}, …), in any case. */
    static boolean isLogo(String word) {
        return LOGO_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a printed name is the catalog name spelt another way, as sets spell some names
     * ({@code Moomoo Milk} in HeartGold &amp; SoulSilver, {@code Moo-Moo Milk} in Neo Genesis): the same
     * letters in the same order, a letter's case changed where OCR does not change it (an {@code m} is
     * no {@code M} misread, where an {@code o} read for an {@code O} may be), hyphens and spaces aside.
     * Punctuation OCR drops ({@code Mr Mime}) or a case it confuses is no other spelling.
     */
    static boolean spellsOtherwise(String printed, String catalogName) {
        if (!LETTERS_AND_HYPHENS.matcher(printed).matches() || !LETTERS_AND_HYPHENS.matcher(catalogName).matches()) {
            return false;
        }
        String read = printed.replaceAll("[\\s-]", "");
        String catalog = catalogName.replaceAll("[\\s-]", "");
        if (!read.equalsIgnoreCase(catalog)) {
            return false;
        }
        for (int i = 0; i < read.length(); i++) {
            char r = read.charAt(i);
            char c = catalog.charAt(i);
            if (r != c && CASE_OCR_CONFUSES.indexOf(Character.toLowerCase(r)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a printed name is another card's name than the catalog name closest to it: a longer
     * name holding it ({@link #holdsAsLongerName}) or the same words but one, that one another word
     * ({@link #swapsAWord}).
     */
    static boolean isAnotherName(String printed, String catalogName) {
        return holdsAsLongerName(printed, catalogName) || swapsAWord(printed, catalogName);
    }

    /**
     * Whether a printed name has the catalog name's words but one, and that one is another word, not
     * it misread: {@code Dream Ball} is no {@code Great Ball}, {@code Team Flare Grunt} no
     * {@code Team Star Grunt}. A name of one word has nothing to hold on to: a misread and another
     * name look alike there.
     */
    static boolean swapsAWord(String printed, String catalogName) {
        List<String> read = words(printed);
        List<String> catalog = words(catalogName);
        if (read.size() != catalog.size() || read.size() < 2) {
            return false;
        }
        int same = 0;
        int other = 0;
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).equals(catalog.get(i))) {
                same++;
            } else if (OcrDistance.similarityOfFolded(read.get(i), catalog.get(i)) < MISREAD_OF_A_WORD) {
                other++;
            }
        }
        return other == 1 && same == read.size() - 1;
    }

    /**
     * Whether a printed name is a longer name holding the catalog name: words of three letters or
     * more printed around it ({@code Oran Berry}, {@code Night Pokémon Center}, {@code Double
     * Full Heal}), a trainer card of its own, not the catalog's {@code Berry} misread.
     */
    static boolean holdsAsLongerName(String printed, String catalogName) {
        List<String> around = wordsAround(printed, catalogName);
        return around != null && !around.isEmpty()
                && around.stream().allMatch(word -> JOINING.contains(word) || word.chars().filter(Character::isLetter).count() >= LEAST_LETTERS);
    }

    /**
     * Whether a printed name is the catalog name with its owner, form or mechanic around it: every
     * word of the catalog name's Pokémon is in it and every other word is one of those.
     */
    static boolean dresses(String printed, String catalogName) {
        List<String> around = wordsAround(printed, RuleBoxName.species(catalogName));
        if (around == null || around.isEmpty()) {
            return false;
        }
        // an owner's name may run to several words before its possessive (Lt. Surge's, Team Rocket's)
        int owner = 0;
        for (int i = 0; i < around.size(); i++) {
            owner = around.get(i).endsWith("'s") ? i + 1 : owner;
        }
        return around.stream().skip(owner).allMatch(PrintedName::namesAForm);
    }

    /**
     * Whether a name read names another form of the card's Pokémon than the card's own name does:
     * {@code Koga's Grimer} or {@code Radiant Charjabug} read, the card a plain {@code Grimer} or
     * {@code Charjabug}. Only owners and forms count, printed in the name's own type; a mechanic's
     * logo is a picture that OCR reads as anything.
     */
    static boolean namesAnotherForm(String read, String cardName) {
        List<String> around = wordsAround(read, RuleBoxName.species(cardName));
        List<String> cardsOwn = words(cardName);
        return around != null && around.stream().anyMatch(word -> !cardsOwn.contains(word) && ownerOrForm(word));
    }

    /**
     * Whether a name read adds a mechanic's logo to the card's name that the card does not print
     * ({@code Lapras-GX} read, the card a plain {@code Lapras}): the card of that logo is another card.
     */
    static boolean addsALogo(String read, String cardName) {
        List<String> around = wordsAround(read, cardName);
        return around != null && around.stream().anyMatch(LOGO_WORDS::contains);
    }

    /** The words of the text other than the Pokémon's, or null when the text does not hold all of the Pokémon's words. */
    private static List<String> wordsAround(String text, String pokemon) {
        List<String> textWords = words(text);
        List<String> own = words(pokemon);
        return textWords.containsAll(own) ? textWords.stream().filter(word -> !own.contains(word)).toList() : null;
    }

    private static boolean namesAForm(String word) {
        return ownerOrForm(word) || LOGO_WORDS.contains(word);
    }

    private static boolean ownerOrForm(String word) {
        return FORM_WORDS.contains(word) || word.endsWith("'s");
    }

    /**
     * Whether a printed name says the card's name apart from a misread or a line that is no name:
     * two words or more (one word may be a catalog name misread, {@code Pokemon} a stray word), none
     * of them the game's own ({@code Psi Pokémon} is a Pokémon's category line, {@code Pokémon Tool}
     * a trainer's banner).
     */
    static boolean distinctive(String printed) {
        List<String> words = words(printed);
        return words.size() >= 2 && words.stream().noneMatch(word -> word.startsWith("poke"));
    }

    private static List<String> words(String text) {
        return List.of(fold(text).split(" "));
    }

    private static String fold(String text) {
        return OcrText.fold(text);
    }
}

package com.collectiq.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collector number as printed: {@code 4/102}, {@code 063/198}, secret rares past the total
 * ({@code 136/135}), prefixed numbers ({@code TG12/TG30}, {@code H1/H32}) and promo numbers with no
 * total ({@code SWSH020}, {@code SV001}). {@code number} is spelt as the catalog spells it (no
 * leading zeros unless prefixed); {@code printedTotal} is null for promos and when it was not read.
 *
 * @param corrected whether OCR confusions had to be undone to read it (a weaker reading)
 * @param shortOfTotal whether it was read with fewer digits than its total, no zeros before it
 *                     ({@code 12/203}): cards since Sword &amp; Shield print {@code 012/203}, so
 *                     on those a digit was lost
 */
record CardNumber(String number, String printedTotal, String prefix, boolean corrected, boolean shortOfTotal) {

    /** Prefixes printed before collector numbers, longest first so SWSH wins over SW. */
    private static final List<String> PREFIXES = List.of("HGSS", "SWSH", "TG", "GG", "SV", "SM", "XY", "BW", "DP",
            "RC", "SH", "SL", "H");
    /** Promo numbers carry no total; these are the series prefixes the Black Star Promos print. */
    private static final List<String> PROMO_PREFIXES = List.of("HGSS", "SWSH", "SM", "XY", "BW", "DP", "SV", "NP");

    /** Secret rares are numbered past the printed total, but not by more than this (Paldean Fates: 245/091). */
    private static final int SECRET_RARES_BEYOND = 155;
    private static final String CHARS = "[A-Za-z0-9|!$\\[\\]]";
    /**
     * A language code printed before the number ({@code SVI EN 063/198}, Scarlet &amp; Violet's foot),
     * which OCR runs into it ({@code en157/197}, {@code SVIENOZ2/198}): not part of the number.
     */
    private static final String LANGUAGE_BEFORE = "(?:[A-Za-z]{0,4}[EeÉ€][Nn])?";
    private static final Pattern SLASHED = Pattern.compile("(?<![\\p{L}\\p{N}])" + LANGUAGE_BEFORE + "(" + CHARS
            + "{1,7})\\s?[/⁄]\\s?(" + CHARS + "{1,7})(?![\\p{L}\\p{N}])");
    /** A number whose total was lost (glare, a worn corner): {@code 4/} at the end of a line. */
    private static final Pattern TOTAL_LOST = Pattern.compile("(?<![\\p{L}\\p{N}])([0-9OoIlSB]{1,3})\\s?/\\s*$");
    /** A run of digits the slash may hide in, read as a 1 ({@code 22175} for {@code 22/75}). */
    private static final Pattern SLASH_HIDDEN = Pattern.compile("(?<![\\p{L}\\p{N}/.,:])([0-9OoIlSB|i]{4,7})(?![\\p{L}\\p{N}/.,:])");
    /** Digits as read a run must hold to be taken for a number: letters alone are a word. */
    private static final int DIGITS_READ = 2;
    /** What OCR reads a slash hidden in a run of digits as: a 1 most often, a 4 or a 7 (its slant) now and then. */
    private static final String SLASH_AS_ONE = "1";
    private static final String SLASH_AS_SLANTED = "47";
    private static final String SLASH_DROPPED = "";
    /** A year on the copyright line, not a number whose slash was dropped. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern PROMO = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Za-z]{2,4})\\s?([0-9OoIlSB]{2,3})(?![\\p{L}\\p{N}/])");

    /** A promo number: a series prefix and no total ({@code SWSH020}). */
    boolean isPromo() {
        return printedTotal == null && !prefix.isEmpty();
    }

    /** {@code 4/102}, {@code TG12/TG30} or {@code SWSH020}. */
    String printed() {
        return printedTotal == null ? number : number + "/" + prefix + printedTotal;
    }

    /** The last collector number on a line (numbers sit at the bottom, after any other slashes). */
    static Optional<CardNumber> find(String line) {
        CardNumber found = null;
        Matcher slashed = SLASHED.matcher(line);
        while (slashed.find()) {
            CardNumber parsed = slashed(slashed.group(1), slashed.group(2));
            if (parsed != null) {
                found = parsed;
            }
        }
        if (found != null) {
            return Optional.of(found);
        }
        Matcher lost = TOTAL_LOST.matcher(line);
        if (lost.find()) {
            String digits = OcrText.asDigits(lost.group(1));
            if (digits.matches("\\d{1,3}")) {
                return Optional.of(new CardNumber(stripZeros(digits), null, "", !digits.equals(lost.group(1)), false));
            }
        }
        Matcher promo = PROMO.matcher(line);
        while (promo.find()) {
            String prefix = OcrText.asLetters(promo.group(1));
            String digits = OcrText.asDigits(promo.group(2));
            if (PROMO_PREFIXES.contains(prefix) && digits.chars().allMatch(Character::isDigit)) {
                boolean corrected = !prefix.equals(promo.group(1)) || !digits.equals(promo.group(2));
                found = new CardNumber(prefix + digits, null, prefix, corrected, false);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The last run of digits on a line read as a number whose slash OCR lost: read as a 1
     * ({@code 22175}, {@code 0631198}), or dropped ({@code 47123} for {@code 47/123}, or
     * {@code 67i23}, the slash run into the total's first 1), or read as another digit of its
     * slant, a 4 or a 7 ({@code 2414091} for {@code 241/091}, {@code 927105} for {@code 92/105}).
     * A split whose total some set prints is preferred, the slash read as a 1 before the slash
     * dropped before the slash read as a 4 or a 7 (those only where a set prints the total); failing
     * that, the one split where a 1 parts a number and a total of two or three digits. Empty when
     * none or several splits fit equally. Only for the card's foot, where no other line held a
     * number: elsewhere a run of digits is a weight or a year. Always {@code corrected}.
     *
     * @param printedTotals the totals the sets print ({@code 102}, {@code 198})
     */
    static Optional<CardNumber> withSlashHidden(String line, Set<String> printedTotals) {
        Matcher run = SLASH_HIDDEN.matcher(line);
        String digits = null;
        while (run.find()) {
            if (run.group(1).chars().filter(Character::isDigit).count() >= DIGITS_READ) {
                digits = OcrText.asDigits(run.group(1));
            }
        }
        if (digits == null || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        List<CardNumber> asOne = splits(digits, SLASH_AS_ONE);
        List<CardNumber> dropped = YEAR.matcher(digits).matches() ? List.of() : splits(digits, SLASH_DROPPED);
        List<CardNumber> asSlanted = splits(digits, SLASH_AS_SLANTED);
        for (List<CardNumber> printed : List.of(
                asOne.stream().filter(split -> printedTotals.contains(split.printedTotal())).toList(),
                dropped.stream().filter(split -> printedTotals.contains(split.printedTotal())).toList(),
                asSlanted.stream().filter(split -> printedTotals.contains(split.printedTotal())).toList(),
                asOne)) {
            if (!printed.isEmpty()) {
                return printed.size() == 1 ? Optional.of(printed.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The ways the digits part into a number of up to three digits and a total of two or three,
     * with one of {@code slashReadAs} between them taken for the slash, or nothing where it is
     * empty. A total starts with a 0 only where both are zero-padded to three digits ({@code 241/091}).
     */
    private static List<CardNumber> splits(String digits, String slashReadAs) {
        int slash = slashReadAs.isEmpty() ? 0 : 1;
        List<CardNumber> splits = new ArrayList<>();
        for (int i = 1; i <= 3 && i + slash <= digits.length() - 2; i++) {
            String number = digits.substring(0, i);
            String total = digits.substring(i + slash);
            boolean parted = slash == 0 || slashReadAs.indexOf(digits.charAt(i)) >= 0;
            boolean padded = total.charAt(0) != '0' || number.length() == 3 && total.length() == 3;
            if (parted && padded && total.length() <= 3
                    && Integer.parseInt(stripZeros(number)) <= Integer.parseInt(total) + SECRET_RARES_BEYOND) {
                splits.add(new CardNumber(stripZeros(number), stripZeros(total), "", true, false));
            }
        }
        return splits;
    }

    /** Parses a number typed by the owner ({@code 4/102}, {@code 4}, {@code SWSH020}). */
    static Optional<CardNumber> fromHint(String hint) {
        Optional<CardNumber> full = find(hint.trim());
        if (full.isPresent()) {
            return full;
        }
        String digits = OcrText.asDigits(hint.trim());
        return digits.matches("\\d{1,3}") ? Optional.of(new CardNumber(stripZeros(digits), null, "", false, false))
                : Optional.empty();
    }

    /**
     * Whether this number, as read, is one digit away from a card's printed number: one digit
     * misread ({@code 20} for {@code 80}), dropped or added ({@code 17} for {@code 117}). Numbers of
     * one digit are never near another: every other number of a set is within a digit of them.
     */
    boolean oneDigitFrom(String cardNumber) {
        return Math.min(number.length(), cardNumber.length()) >= 2 && oneEditFrom(cardNumber);
    }

    /** Whether one digit misread, dropped or added turns this number into the card's, numbers of one digit included. */
    boolean oneEditFrom(String cardNumber) {
        return oneEdit(number.toUpperCase(Locale.ROOT), cardNumber.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the total read rules out a set that prints {@code setTotal}: it was read with all its digits
     * (a total cut at the card's edge, {@code 17/12} for {@code 17/123}, rules nothing out) and is neither
     * that total nor one digit misread, dropped or added from it.
     */
    boolean totalRulesOut(String setTotal) {
        return printedTotal != null && setTotal != null && printedTotal.length() >= setTotal.length()
                && !printedTotal.equals(setTotal) && !oneEdit(printedTotal, setTotal);
    }

    private static boolean oneEdit(String read, String card) {
        if (read.equals(card)) {
            return false;
        }
        if (read.length() == card.length()) {
            int differences = 0;
            for (int i = 0; i < read.length(); i++) {
                differences += read.charAt(i) == card.charAt(i) ? 0 : 1;
            }
            return differences == 1;
        }
        String longer = read.length() > card.length() ? read : card;
        String shorter = read.length() > card.length() ? card : read;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static CardNumber slashed(String left, String right) {
        Side total = Side.parse(right);
        Side number = Side.parse(left);
        if (total == null || number == null || !number.prefix.equals(total.prefix) && !total.prefix.isEmpty()) {
            return null;
        }
        String prefix = total.prefix;
        String spelt = prefix.isEmpty() ? stripZeros(number.digits) : prefix + number.digits;
        boolean shortOfTotal = prefix.isEmpty() && number.digits.length() < total.digits.length();
        return new CardNumber(spelt, stripZeros(total.digits), prefix, number.corrected || total.corrected, shortOfTotal);
    }

    private static String stripZeros(String digits) {
        return digits.replaceFirst("^0+(?=\\d)", "");
    }

    /** One side of the slash: an optional known prefix, then one to three digits. */
    private record Side(String prefix, String digits, boolean corrected) {

        static Side parse(String raw) {
            String upper = OcrText.asLetters(raw);
            for (String prefix : PREFIXES) {
                if (upper.startsWith(prefix) && raw.length() > prefix.length()) {
                    Side side = digitsOnly(prefix, raw.substring(prefix.length()), !raw.toUpperCase(Locale.ROOT).startsWith(prefix));
                    if (side != null) {
                        return side;
                    }
                }
            }
            return digitsOnly("", raw, false);
        }

        private static Side digitsOnly(String prefix, String raw, boolean prefixCorrected) {
            String digits = OcrText.asDigits(raw);
            if (!digits.matches("\\d{1,3}")) {
                return null;
            }
            return new Side(prefix, digits, prefixCorrected || !digits.equals(raw));
        }
    }
}

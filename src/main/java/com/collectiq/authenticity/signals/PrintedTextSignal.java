package com.collectiq.authenticity.signals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.AuthenticitySignal;
import com.collectiq.authenticity.CatalogFacts;
import com.collectiq.authenticity.SignalNames;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.card.Identity;
import com.collectiq.extraction.Extraction.TextLine;

/**
 * Does the printed text read like a genuine card's? Looks for what genuine cards carry (an HP value,
 * weakness and resistance, attacks with damage, a copyright line of the set's era, the illustrator's
 * credit, a collector number within the set) and for the tell-tales of fakes (a misspelled name, an
 * energy type the game does not have, an HP no card prints, a number beyond the set that is not a
 * known secret rare). Text that was not read counts for nothing either way: OCR misses lines.
 */
@Component
@Order(2)
class PrintedTextSignal implements AuthenticitySignal {

    /** Printed HP runs from 30 to 340, always in tens. */
    private static final int MIN_HP = 30;
    private static final int MAX_HP = 340;
    /** Type words of other games that fakes put on cards; the real types (Grass, Fire, …, Colorless) pass. */
    private static final Set<String> WRONG_TYPES = Set.of("electric", "thunder", "normal", "ice", "flying", "poison",
            "ground", "rock", "bug", "ghost", "steel", "light", "wind", "earth");
    private static final Set<String> TYPES = Set.of("grass", "fire", "water", "lightning", "psychic", "fighting",
            "darkness", "metal", "fairy", "dragon", "colorless");
    /** Shorter names are checked for an exact match only: one letter off "Mew" is too many other words. */
    private static final int MIN_NAME_FOR_SPELLING = 5;
    /** Wizards of the Coast printed the English cards until 2003. */
    private static final int LAST_WIZARDS_YEAR = 2003;
    /** A misspelling reported by an engine this sure of the word is printed, not misread. */
    private static final double SURE_READING = 0.9;

    private static final Pattern HP = Pattern.compile("(?i)\\bHP\\s*(\\d{2,4})\\b|\\b(\\d{2,4})\\s*HP\\b");
    private static final Pattern ENERGY_WORD = Pattern.compile("(?i)\\b(\\p{L}+)\\s+energy\\b");
    private static final Pattern WEAKNESS = Pattern.compile("(?i)\\b(weakness|resistance)\\b[:\\s]*(\\p{L}+)?");
    private static final Pattern ATTACK_DAMAGE = Pattern.compile("\\S.*\\s\\d{1,3}\\s*[+×x]?\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)|nintendo|creatures|game\\s*freak|wizards");
    private static final Pattern YEAR = Pattern.compile("\\b(19[89]\\d|20[0-4]\\d)\\b");
    private static final Pattern ILLUSTRATOR = Pattern.compile("(?i)\\billus(?:trator|\\.)?\\s*[:.]?\\s+(.+)$");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    @Override
    public String name() {
        return SignalNames.PRINTED_TEXT;
    }

    @Override
    public SignalReading read(AuthenticityRequest request) {
        List<TextLine> lines = request.extraction().lines();
        if (lines.isEmpty()) {
            return SignalReading.unavailable("no printed text was read");
        }
        Identity identity = request.identity();
        Optional<CatalogFacts> facts = request.facts();
        List<Finding> findings = new ArrayList<>();
        name(lines, identity.name()).ifPresent(findings::add);
        hp(lines, facts.map(CatalogFacts::hp).orElse(null)).ifPresent(findings::add);
        energyNames(lines).ifPresent(findings::add);
        weaknessAndAttacks(lines).forEach(findings::add);
        copyright(lines, facts.map(CatalogFacts::releaseDate).map(date -> date.getYear()).orElse(null)).ifPresent(findings::add);
        illustrator(lines, facts.map(CatalogFacts::artist).orElse(null)).ifPresent(findings::add);
        number(identity, facts.map(CatalogFacts::listed).orElse(false)).ifPresent(findings::add);
        return Finding.combine(findings, "none of the text read could be checked");
    }

    private static Optional<Finding> name(List<TextLine> lines, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = folded(name);
        int wantedWords = wanted.split(" ").length;
        int allowed = Math.max(1, wanted.length() / 4);
        String closest = null;
        int closestDistance = Integer.MAX_VALUE;
        double confidence = 0;
        for (TextLine line : lines) {
            String[] words = folded(line.text()).split(" ");
            for (int start = 0; start + wantedWords <= words.length; start++) {
                String window = String.join(" ", List.of(words).subList(start, start + wantedWords));
                int distance = EditDistance.between(window, wanted);
                if (distance < closestDistance) {
                    closestDistance = distance;
                    closest = line.text().strip();
                    confidence = line.confidence();
                }
            }
        }
        if (closestDistance == 0) {
            return Optional.of(Finding.ok("the name is printed as " + name));
        }
        if (closestDistance > allowed || wanted.length() < MIN_NAME_FOR_SPELLING) {
            return Optional.empty(); // not read, or too short to tell a misprint from another word
        }
        return Optional.of(Finding.tellTale(confidence >= SURE_READING ? 0 : 0.3,
                "the name line reads '" + closest + "', not '" + name + "'"));
    }

    private static Optional<Finding> hp(List<TextLine> lines, Integer catalogHp) {
        for (TextLine line : lines) {
            Matcher matcher = HP.matcher(line.text());
            if (matcher.find()) {
                int hp = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                if (hp < MIN_HP || hp > MAX_HP || hp % 10 != 0) {
                    return Optional.of(Finding.tellTale(0, "HP " + hp + " is not a value any card prints"));
                }
                if (catalogHp != null && catalogHp != hp) {
                    return Optional.of(Finding.tellTale(0.1, "HP " + hp + " where the card has " + catalogHp));
                }
                return Optional.of(Finding.ok("HP " + hp + (catalogHp != null ? " as on the card" : " is plausible")));
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> energyNames(List<TextLine> lines) {
        boolean named = false;
        for (TextLine line : lines) {
            for (Pattern pattern : List.of(ENERGY_WORD, WEAKNESS)) {
                Matcher matcher = pattern.matcher(line.text());
                while (matcher.find()) {
                    String word = matcher.group(pattern == WEAKNESS ? 2 : 1);
                    if (word != null && WRONG_TYPES.contains(word.toLowerCase(Locale.ROOT))) {
                        return Optional.of(Finding.tellTale(0, "'" + word + "' is not an energy type of the game"));
                    }
                    named |= word != null && TYPES.contains(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return named ? Optional.of(Finding.ok("energy types are the game's")) : Optional.empty();
    }

    private static List<Finding> weaknessAndAttacks(List<TextLine> lines) {
        List<Finding> found = new ArrayList<>();
        if (lines.stream().anyMatch(line -> WEAKNESS.matcher(line.text()).find())) {
            found.add(Finding.ok("weakness/resistance line present"));
        }
        if (lines.stream().anyMatch(line -> ATTACK_DAMAGE.matcher(line.text()).matches() && !HP.matcher(line.text()).find())) {
            found.add(Finding.ok("an attack with its damage present"));
        }
        return found;
    }

    private static Optional<Finding> copyright(List<TextLine> lines, Integer releaseYear) {
        for (TextLine line : lines) {
            if (!COPYRIGHT.matcher(line.text()).find()) {
                continue;
            }
            Matcher years = YEAR.matcher(line.text());
            int latest = 0;
            while (years.find()) {
                latest = Math.max(latest, Integer.parseInt(years.group(1)));
            }
            if (latest == 0) {
                continue;
            }
            boolean wizards = line.text().toLowerCase(Locale.ROOT).contains("wizards");
            if (wizards && latest > LAST_WIZARDS_YEAR) {
                return Optional.of(Finding.tellTale(0.1, "a Wizards copyright dated " + latest
                        + ", after Wizards stopped printing the cards"));
            }
            if (releaseYear == null) {
                return Optional.of(Finding.ok("copyright line dated " + latest));
            }
            if (latest > releaseYear) {
                return Optional.of(Finding.tellTale(0.1, "copyright " + latest + " on a card of a set released in "
                        + releaseYear));
            }
            if (latest < releaseYear - 1) {
                return Optional.of(Finding.weighed(0.4, 2, "copyright ends " + latest + ", the set came out in "
                        + releaseYear));
            }
            return Optional.of(Finding.ok("copyright " + latest + " matches the set's era"));
        }
        return Optional.empty();
    }

    private static Optional<Finding> illustrator(List<TextLine> lines, String artist) {
        for (TextLine line : lines) {
            Matcher matcher = ILLUSTRATOR.matcher(line.text().trim());
            if (matcher.find()) {
                String credited = matcher.group(1).trim();
                if (artist == null) {
                    return Optional.of(Finding.ok("illustrator credited"));
                }
                boolean same = EditDistance.between(folded(credited), folded(artist)) <= Math.max(1, artist.length() / 6);
                return Optional.of(same ? Finding.ok("illustrator " + artist + " credited")
                        : Finding.weighed(0.3, 2, "illustrator '" + credited + "' where the card credits " + artist));
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> number(Identity identity, boolean listed) {
        if (identity.number() == null || identity.printedTotal() == null
                || !DIGITS.matcher(identity.number()).matches() || !DIGITS.matcher(identity.printedTotal()).matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(identity.number());
        int total = Integer.parseInt(identity.printedTotal());
        String printed = identity.number() + "/" + identity.printedTotal();
        if (number == 0) {
            return Optional.of(Finding.tellTale(0, "collector number " + printed + " does not exist"));
        }
        if (number <= total) {
            return Optional.of(Finding.ok("collector number " + printed + " is within the set"));
        }
        return Optional.of(listed ? Finding.ok("collector number " + printed + " is a known secret rare")
                : Finding.tellTale(0, "collector number " + printed + " is beyond the set's " + total
                        + " and not a known secret rare"));
    }

    /** Lower case, accents off (Pokémon → pokemon), punctuation to spaces, single spaces. */
    private static String folded(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}

package com.collectiq.identification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.collectiq.identification.catalog.CatalogCard;
import com.collectiq.identification.catalog.CatalogSet;

/**
 * Ranks catalog cards by how well they fit the clues. Each clue that was read scores the card in
 * [0, 1]; the weighted mean over the clues read says how well it fits, and how much was read at all
 * scales it, so a card known only by its name never looks as sure as one whose number and set
 * agree too.
 */
final class CardResolver {

    static final double NAME = 0.45;
    static final double NUMBER = 0.25;
    static final double SET = 0.15;
    static final double HP = 0.04;
    static final double ILLUSTRATOR = 0.04;
    static final double ERA = 0.04;
    static final double KIND = 0.03;

    /** Sword &amp; Shield's release: its cards and every set's since print a regulation mark and numbers padded to the total's digits. */
    static final LocalDate SWORD_AND_SHIELD = LocalDate.of(2020, 2, 7);
    /** How well a set older than regulation marks fits a card where one was read: the letter may be a misread. */
    private static final double MARK_ON_AN_OLDER_CARD = 0.2;
    /** The series whose cards print a level beside the name ({@code Haunter LV.46}). */
    private static final Set<String> SERIES_WITH_LEVELS = Set.of("Diamond & Pearl", "Platinum");
    /** How well a set of another series fits a card where a level was read beside the name: the level may be a misread. */
    private static final double LEVEL_ON_ANOTHER_SERIES = 0.2;

    /** Below this a card is not worth showing as a candidate. */
    private static final double CANDIDATE_FLOOR = 0.3;
    private static final double ARTIST_MATCH = 0.75;
    private static final double NAME_MATCH = 0.6;
    /**
     * A name read less like a card's name than this says nothing about it: a few letters in common
     * with any name ({@code ncl} with {@code Pinsir} or {@code Qwilfish}) must not outweigh the era.
     */
    private static final double NAME_NOISE = 0.5;
    /** A name read this well (its letters, how much of its line, how sure the engine was) agrees with the card's. */
    private static final double NAME_AGREES = 0.85;
    /**
     * A name read whose letters are this similar to the card's whole name agrees however unsure the
     * engine was of its line ({@code Pyukumuku} read exactly on a line read at 0.70). Only the whole
     * name: {@code Tauros} read unsure does not agree with {@code Tauros-GX} by its letters (read sure,
     * it does: the logo is a picture OCR drops).
     */
    private static final double SPELLS_THE_NAME = 0.85;
    private static final double SET_AGREES = 0.99;
    /** How well a name read without the owner or form its card prints fits ({@code Arbok} for {@code Koga's Arbok}). */
    private static final double UNREAD_FORM = 0.8;
    /** How well a number one digit off the card's fits: it tells namesakes apart, it does not make a card. */
    private static final double NEAR_NUMBER = 0.5;
    /**
     * A number read this sure is not taken for a namesake's with one of its digits misread: it is more
     * likely the number of another printing, of a set whose cards are not bundled (a digit lost at the
     * card's edge still may be: the engine is sure of the digits it read, not of those it missed). Over the 640 photos of
     * {@code LocalReadingProbe}'s seeds 20261205 and 1796627958432, such a guess helped once (39 read
     * for 89 at 0.93) and named a bundled namesake for a card of a set not bundled six times
     * ({@code Kadabra 84/165} of Expedition taken for 151's 64/165).
     */
    private static final double SURE_DIGITS = 0.9;
    /** What a number one digit off the card's agrees as: not "number", which claims the card. */
    static final String NEAR_NUMBER_AGREED = "number but one digit";

    /** A catalog card (bundled or online) and the set it belongs to. */
    record Entry(CatalogCard card, CatalogSet set) {
    }

    /** A card and how well it fits, with the clues that agreed. */
    record Ranked(Entry entry, double score, List<String> agreed) {
    }

    List<Ranked> rank(Clues clues, Collection<Entry> entries) {
        Map<String, Double> nameScores = new HashMap<>();
        clues.names().forEach(match -> nameScores.merge(match.name(), match.score(), Math::max));
        String bestRead = clues.names().isEmpty() ? null : OcrText.fold(clues.names().get(0).read());
        Map<String, Double> nameFits = new HashMap<>();
        Map<String, Boolean> spelling = new HashMap<>();
        List<Fit> fits = new ArrayList<>();
        String printed = clues.printedName() == null ? null : OcrText.fold(clues.printedName());
        for (Entry entry : entries) {
            double name = bestRead == null && printed == null ? 0 : nameFits.computeIfAbsent(entry.card().name(),
                    catalogName -> Math.max(bestRead == null ? 0 : nameFit(bestRead, catalogName, nameScores),
                            printedFit(printed, catalogName)));
            boolean numberMatches = clues.number() != null
                    && clues.number().number().equalsIgnoreCase(entry.card().number());
            if (name >= NAME_MATCH || numberMatches) {
                // only the cards that fit are spelt against: this runs for every card of the catalog
                boolean spells = bestRead != null && spelling.computeIfAbsent(entry.card().name(),
                        catalogName -> OcrDistance.similarityOfFolded(bestRead, OcrText.fold(catalogName))
                                >= SPELLS_THE_NAME);
                fits.add(new Fit(entry, name, spells, numberMatches));
            }
        }
        // a number one digit off counts only when the number as read fits no card of the name read:
        // otherwise it was read right, and the namesakes a digit away are other cards
        boolean readRight = fits.stream().anyMatch(fit -> fit.numberMatches() && fit.name() >= NAME_MATCH);
        List<Ranked> ranked = new ArrayList<>();
        for (Fit fit : fits) {
            Ranked scored = score(clues, fit, !readRight);
            if (scored.score() >= CANDIDATE_FLOOR) {
                ranked.add(scored);
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(r -> r.entry().card().id()));
        return ranked;
    }

    /**
     * How well the name read fits a catalog name: as the reader matched it, its Pokémon without
     * the mechanic's logo ({@code Rotom} read for {@code Rotom V}; the reader's lexicon holds both) or
     * without its owner or form ({@code Arbok} read for {@code Koga's Arbok}), else as the best name
     * read spells any of those.
     */
    private static double nameFit(String read, String catalogName, Map<String, Double> matched) {
        String base = RuleBoxName.base(catalogName);
        String species = RuleBoxName.species(catalogName);
        if (matched.containsKey(catalogName) || matched.containsKey(base) || matched.containsKey(species)) {
            // the owner or form is printed in the name's own type: a name read without it fits less
            return Math.max(Math.max(matched.getOrDefault(catalogName, 0.0), matched.getOrDefault(base, 0.0)),
                    matched.getOrDefault(species, 0.0) * UNREAD_FORM);
        }
        return Math.max(Math.max(OcrDistance.similarityOfFolded(read, OcrText.fold(catalogName)),
                OcrDistance.similarityOfFolded(read, OcrText.fold(base))),
                OcrDistance.similarityOfFolded(read, OcrText.fold(species)) * UNREAD_FORM) * 0.9;
    }

    /**
     * How well the name as printed, where no catalog name says it, fits a card's name of a set not
     * bundled ({@code Ancient Booster Energy Capsule}, which the catalog's closest name read,
     * {@code Water Energy}, does not): only when it spells it.
     */
    private static double printedFit(String printed, String catalogName) {
        if (printed == null) {
            return 0;
        }
        double similarity = OcrDistance.similarityOfFolded(printed, OcrText.fold(catalogName));
        return similarity >= SPELLS_THE_NAME ? similarity : 0;
    }

    /**
     * A card that fits the name or the number read, before it is scored; {@code spelt}: the best name
     * read spells the card's whole name.
     */
    private record Fit(Entry entry, double name, boolean spelt, boolean numberMatches) {
    }

    private Ranked score(Clues clues, Fit fit, boolean nearNumberCounts) {
        Score score = new Score();
        Entry entry = fit.entry();
        double name = fit.name();
        boolean numberMatches = fit.numberMatches();
        CatalogCard card = entry.card();
        CatalogSet set = entry.set();
        boolean nameAgrees = name >= NAME_AGREES || fit.spelt();
        if (!clues.names().isEmpty()) {
            score.add(NAME, name >= NAME_NOISE ? name : 0, nameAgrees ? "name" : null);
        }
        String total = clues.number() == null ? null : clues.number().printedTotal();
        boolean setRead = !clues.setIds().isEmpty() || total != null;
        double setFit = setRead ? setFit(clues, set, total) : 0;
        if (clues.number() != null) {
            // a number of one digit is a digit from nearly every number of a set, but of a card whose
            // name and set agree it is one among that name's few printings there (8/114 for 98/114)
            boolean misreadRuledOut = clues.numberConfidence() >= SURE_DIGITS
                    && clues.number().number().length() == card.number().length();
            boolean near = nearNumberCounts && !numberMatches && !misreadRuledOut && (clues.number().oneDigitFrom(card.number())
                    || !clues.names().isEmpty() && nameAgrees && setFit >= SET_AGREES
                            && clues.number().oneEditFrom(card.number()));
            score.add(NUMBER, numberMatches ? 1 : near ? NEAR_NUMBER : 0,
                    numberMatches ? "number" : near ? NEAR_NUMBER_AGREED : null);
        }
        if (setRead) {
            score.add(SET, setFit, setFit >= SET_AGREES ? "set" : null);
        }
        if (clues.hp() != null) {
            boolean same = clues.hp().equals(card.hp());
            score.add(HP, same ? 1 : 0, same ? "hp" : null);
        }
        if (clues.illustrator() != null) {
            double artist = card.artist() == null ? 0.5 : artistSimilarity(clues.illustrator(), card.artist());
            score.add(ILLUSTRATOR, artist >= ARTIST_MATCH ? 1 : 0, artist >= ARTIST_MATCH ? "illustrator" : null);
        }
        if (clues.copyrightYear() != null || clues.regulationMark() != null || clues.levelBesideName() || clues.silverBorder() != null) {
            double era = eraFit(clues, set);
            score.add(ERA, era, era >= 0.99 ? "era" : null);
        }
        if (clues.supertype() != null || clues.stage() != null) {
            double kind = kindFit(clues, card);
            score.add(KIND, kind, kind >= 0.99 ? "kind" : null);
        }
        return new Ranked(entry, score.value(), List.copyOf(score.agreed));
    }

    private static double setFit(Clues clues, CatalogSet set, String total) {
        double named = clues.setIds().isEmpty() ? -1 : clues.setIds().contains(set.id()) ? 1 : 0;
        double byTotal = -1;
        if (total != null) {
            if (total.equals(set.printedTotalText())) {
                byTotal = 1;
            } else if (total.equals(String.valueOf(set.total()))) {
                byTotal = 0.6;
            } else {
                byTotal = 0;
            }
        }
        if (named < 0) {
            return byTotal;
        }
        // a total one digit off or cut short of the named set's is that set's misread (PAR EN 149/282
        // on a card of Paradox Rift, 182): it says nothing against the set its code names
        boolean misreadTotal = named == 1 && total != null && !clues.number().totalRulesOut(set.printedTotalText());
        return byTotal < 0 || misreadTotal ? named : (2 * named + byTotal) / 3;
    }

    private static double eraFit(Clues clues, CatalogSet set) {
        int released = set.releaseDate().getYear();
        double fit = 1;
        if (clues.copyrightYear() != null) {
            // a card carries the year it was made; sets come out that year or early the next
            int year = clues.copyrightYear();
            fit = released == year || released == year + 1 ? 1 : Math.abs(released - year) <= 2 ? 0.4 : 0;
        }
        if (clues.regulationMark() != null && set.releaseDate().isBefore(SWORD_AND_SHIELD)) {
            fit *= MARK_ON_AN_OLDER_CARD;
        }
        if (clues.levelBesideName() && (set.series() == null || !SERIES_WITH_LEVELS.contains(set.series()))) {
            fit *= LEVEL_ON_ANOTHER_SERIES;
        }
        if (clues.silverBorder() != null) {
            boolean scarletVioletEra = released >= 2023 && set.series() != null && set.series().startsWith("Scarlet");
            fit *= clues.silverBorder() == scarletVioletEra ? 1 : 0.5;
        }
        return fit;
    }

    private static double kindFit(Clues clues, CatalogCard card) {
        if (clues.supertype() != null && !OcrText.fold(clues.supertype()).equals(OcrText.fold(card.supertype()))) {
            return 0;
        }
        if (clues.stage() != null && card.subtypes().stream().noneMatch(s -> s.equalsIgnoreCase(clues.stage()))) {
            return 0.5;
        }
        return 1;
    }

    /** The artist against the start of what was read: the line may run on into the copyright or the number. */
    static double artistSimilarity(String read, String artist) {
        String[] readWords = OcrText.fold(read).split(" ");
        int words = OcrText.fold(artist).split(" ").length;
        String start = String.join(" ", Arrays.copyOf(readWords, Math.min(words, readWords.length)));
        return OcrDistance.similarity(start, artist);
    }

    /** The weighted mean of what was read, scaled by how much was read. */
    private static final class Score {
        private double weighted;
        private double weights;
        private final List<String> agreed = new ArrayList<>();

        void add(double weight, double fit, String agreement) {
            weighted += weight * fit;
            weights += weight;
            if (agreement != null) {
                agreed.add(agreement);
            }
        }

        double value() {
            return weights == 0 ? 0 : weighted / weights * (0.5 + 0.5 * Math.min(1, weights));
        }
    }
}

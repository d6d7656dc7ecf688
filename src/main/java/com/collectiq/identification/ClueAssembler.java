package com.collectiq.identification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity.Evidence;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.CatalogSet;

/**
 * Puts the owner's hints and the reading together. A hint wins over a weak reading; a strong
 * reading that disagrees with a hint is kept, the hint stays among the candidates, and the conflict
 * is written into the evidence rather than hidden.
 */
final class ClueAssembler {

    /** A reading at least this sure is not overruled by a hint. */
    static final double STRONG_READING = 0.8;
    static final double HINT_CONFIDENCE = 0.95;
    private static final double SET_NAME_MATCH = 0.8;

    private final Catalog catalog;
    private final FieldReader reader;

    ClueAssembler(Catalog catalog, FieldReader reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    /** The clues, the evidence so far and whether any hint conflicted with a strong reading. */
    record Assembled(Clues clues, Map<String, Evidence> evidence, List<String> conflicts) {
    }

    Assembled assemble(CardReading reading, Hints hints, VisualHints visual) {
        Map<String, Evidence> evidence = new LinkedHashMap<>(reading.evidence());
        List<String> conflicts = new ArrayList<>();
        List<NameMatch> names = names(reading, hints, evidence, conflicts);
        CardNumber number = number(reading, hints, evidence, conflicts);
        Set<String> setIds = sets(reading, hints, number, evidence, conflicts);
        String printedName = blank(hints.name()) ? reading.printedName() : null;
        double printedNameConfidence = printedName == null ? 0
                : Optional.ofNullable(evidence.get("printedName")).map(Evidence::confidence).orElse(0.0);
        double numberConfidence = Optional.ofNullable(evidence.get("number")).map(Evidence::confidence).orElse(0.0);
        Clues clues = new Clues(names, printedName, printedNameConfidence, number, numberConfidence, setIds, reading.hp(), reading.stage(), reading.supertype(),
                reading.illustrator(), reading.copyrightYear(), reading.regulationMark(), reading.levelBesideName(), visual.holoEstimate(),
                visual.silverBorder());
        return new Assembled(clues, evidence, List.copyOf(conflicts));
    }

    private List<NameMatch> names(CardReading reading, Hints hints, Map<String, Evidence> evidence, List<String> conflicts) {
        if (blank(hints.name())) {
            return reading.names();
        }
        List<NameMatch> hinted = reader.namesIn(hints.name(), 1, 1);
        NameMatch hint = hinted.isEmpty() ? new NameMatch(hints.name().trim(), 1, hints.name().trim()) : hinted.get(0);
        NameMatch read = reading.bestName();
        double readConfidence = reading.confidenceOf("name");
        if (read != null && read.name().equalsIgnoreCase(hint.name())) {
            evidence.put("name", new Evidence(hint.name(), Math.max(readConfidence, HINT_CONFIDENCE),
                    "read \"" + read.read() + "\" and the owner's hint agree"));
            return reading.names();
        }
        if (read != null && readConfidence >= STRONG_READING) {
            String conflict = "name: read \"" + read.name() + "\" (" + readConfidence + ") disagrees with the owner's hint \""
                    + hints.name().trim() + "\"";
            conflicts.add(conflict);
            evidence.put("name", new Evidence(read.name(), readConfidence, conflict + "; a strong reading is kept, the hint stays a candidate"));
            List<NameMatch> both = new ArrayList<>(reading.names());
            both.add(new NameMatch(hint.name(), hint.score() * STRONG_READING, hint.read()));
            both.sort(Comparator.comparingDouble(NameMatch::score).reversed());
            return both;
        }
        evidence.put("name", new Evidence(hint.name(), HINT_CONFIDENCE, "owner's hint \"" + hints.name().trim() + "\""
                + (read == null ? "; no name read" : " wins over a weak reading \"" + read.read() + "\" (" + readConfidence + ")")));
        return hinted.isEmpty() ? List.of(hint) : hinted;
    }

    private CardNumber number(CardReading reading, Hints hints, Map<String, Evidence> evidence, List<String> conflicts) {
        Optional<CardNumber> hinted = blank(hints.number()) ? Optional.empty() : CardNumber.fromHint(hints.number());
        CardNumber read = reading.number();
        if (hinted.isEmpty()) {
            return read;
        }
        CardNumber hint = hinted.get();
        double readConfidence = reading.confidenceOf("number");
        if (read != null && read.number().equalsIgnoreCase(hint.number())) {
            CardNumber agreed = hint.printedTotal() == null ? read : hint;
            evidence.put("number", new Evidence(agreed.number(), Math.max(readConfidence, HINT_CONFIDENCE),
                    "read \"" + read.printed() + "\" and the owner's hint agree"));
            return agreed;
        }
        if (read != null && readConfidence >= STRONG_READING) {
            String conflict = "number: read \"" + read.printed() + "\" (" + readConfidence + ") disagrees with the owner's hint \""
                    + hints.number().trim() + "\"";
            conflicts.add(conflict);
            evidence.put("number", new Evidence(read.number(), readConfidence, conflict + "; a strong reading is kept"));
            return read;
        }
        // the hint may give only the number; a total read off the card still narrows the set
        CardNumber merged = hint.printedTotal() == null && read != null && read.printedTotal() != null
                ? new CardNumber(hint.number(), read.printedTotal(), read.prefix(), false, false) : hint;
        evidence.put("number", new Evidence(merged.number(), HINT_CONFIDENCE, "owner's hint \"" + hints.number().trim() + "\""
                + (read == null ? "" : " wins over a weak reading \"" + read.printed() + "\" (" + readConfidence + ")")));
        if (merged.printedTotal() != null) {
            evidence.put("printedTotal", new Evidence(merged.printedTotal(), HINT_CONFIDENCE,
                    hint.printedTotal() != null ? "owner's hint" : "read after the slash"));
        }
        return merged;
    }

    private Set<String> sets(CardReading reading, Hints hints, CardNumber number, Map<String, Evidence> evidence,
            List<String> conflicts) {
        Set<String> byCode = new LinkedHashSet<>();
        if (reading.setCode() != null) {
            catalog.setsWithCode(reading.setCode()).forEach(set -> byCode.add(set.id()));
        }
        if (number != null && number.isPromo()) {
            String promoSets = number.prefix() + " Black Star Promos";
            catalog.sets().stream().filter(set -> set.name().equalsIgnoreCase(promoSets)).forEach(set -> byCode.add(set.id()));
        }
        if (blank(hints.set())) {
            return byCode;
        }
        List<CatalogSet> hinted = setsNamed(hints.set());
        if (hinted.isEmpty()) {
            conflicts.add("set: the owner's hint \"" + hints.set().trim() + "\" names no known set");
            return byCode;
        }
        Set<String> hintIds = hinted.stream().map(CatalogSet::id).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!byCode.isEmpty() && byCode.stream().noneMatch(hintIds::contains)) {
            conflicts.add("set: the printed code \"" + reading.setCode() + "\" disagrees with the owner's hint \""
                    + hints.set().trim() + "\"; the hint wins");
        }
        evidence.put("setHint", new Evidence(hinted.get(0).name(), HINT_CONFIDENCE, "owner's hint \"" + hints.set().trim() + "\""));
        return hintIds;
    }

    /** Sets an owner's words may mean: an id ({@code base1}), a code ({@code BS}) or a name, fuzzily. */
    List<CatalogSet> setsNamed(String text) {
        String wanted = text.trim();
        Optional<CatalogSet> byId = catalog.set(wanted.toLowerCase(Locale.ROOT));
        if (byId.isPresent()) {
            return List.of(byId.get());
        }
        List<CatalogSet> byCode = catalog.setsWithCode(wanted);
        if (!byCode.isEmpty()) {
            return byCode;
        }
        double best = catalog.sets().stream().mapToDouble(set -> setNameSimilarity(wanted, set)).max().orElse(0);
        if (best < SET_NAME_MATCH) {
            return List.of();
        }
        return catalog.sets().stream().filter(set -> setNameSimilarity(wanted, set) == best).toList();
    }

    /** Owners say "Base Set" for the set named "Base": the word "set" is compared both ways. */
    private static double setNameSimilarity(String wanted, CatalogSet set) {
        String withoutSetWord = wanted.replaceAll("(?i)\\s+set$", "");
        return Math.max(OcrDistance.similarity(wanted, set.name()), OcrDistance.similarity(withoutSetWord, set.name()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

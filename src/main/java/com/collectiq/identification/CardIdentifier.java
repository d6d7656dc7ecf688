package com.collectiq.identification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.Identity.Candidate;
import com.collectiq.card.Identity.Evidence;
import com.collectiq.extraction.Extraction;
import com.collectiq.identification.CardResolver.Entry;
import com.collectiq.identification.CardResolver.Ranked;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.CatalogSet;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.identification.catalog.OnlineCard;
import com.collectiq.identification.catalog.OnlineCatalog;
import com.collectiq.identification.catalog.PriceBlocks;

/**
 * Identifies a card: reads its fields, puts the owner's hints in (a candidate the owner picked is
 * taken as the card, whatever the reading ranks first), resolves against the bundled
 * catalog, then lets the online catalog confirm, extend (sets whose cards are not bundled) and
 * price the result. Without the online catalog the offline result stands, never a failure.
 */
public class CardIdentifier {

    private static final Logger log = LoggerFactory.getLogger(CardIdentifier.class);

    private static final int CANDIDATES_SHOWN = 5;
    private static final int CANDIDATES_KEPT_FOR_ONLINE = 20;
    /** An offline match this good is confirmed by id; a weaker one is searched for by name and number. */
    private static final double CONFIRM_BY_ID = 0.6;
    /** Two candidates closer than this are both plausible: the confidence drops with the gap. */
    private static final double AMBIGUOUS_GAP = 0.2;
    private static final double CONFLICT_PENALTY = 0.85;
    /** Without a name read (or hinted) a card is never more than a guess from its number. */
    private static final double NAMELESS_CAP = 0.5;
    /**
     * ...unless its number was read sure and, with the set's printed total or code, names no other
     * card: numbers read this sure are right 98 % of the time ({@code LocalReadingProbe}, 256 photos).
     */
    private static final double SURE_NUMBER = 0.85;
    private static final double NAMED_BY_NUMBER = 0.85;
    private static final double HOLO_SEEN = 0.6;
    /** A card whose name is not the one read is at most this sure, whatever else fits. */
    private static final double NAME_DISAGREES_CAP = 0.45;
    /**
     * A name read this sure is the card's: a card of another name is not claimed, whatever its number
     * and set. Misread names that led to the right card by number and set scored at most 0.69 (the
     * readings of {@code LocalReadingProbe}'s 192 photos of seeds 20261205, 777 and 4242, identified
     * again); a name read surer than that belonged to a card of a set whose cards are not bundled and
     * whose printed total a bundled set shares (Diamond &amp; Pearl and Base Set 2 both print 130).
     */
    private static final double SURE_NAME = 0.8;
    /** A name read this similar to a card's (1: the same letters) spells it, however unsure the engine was of the line. */
    private static final double SPELLS_THE_NAME = 0.85;
    /** A card the owner picked among the candidates: they hold it, so it is that card, bar a slip of the finger. */
    private static final double OWNERS_PICK = 0.95;
    /** A printed total read this sure, with all its digits, says which sets the card may be of. */
    private static final double SURE_TOTAL = 0.85;
    /** A number read less sure than this does not make a card sure on its own. */
    private static final double UNSURE_NUMBER = 0.7;
    private static final double UNSURE_NUMBER_CAP = 0.6;
    /** A card whose name and set agree while its number was read a digit off is a guess among namesakes. */
    private static final double NUMBER_MISREAD_CAP = 0.5;

    private final Catalog catalog;
    private final OnlineCatalog online;
    private final FieldReader reader;
    private final ClueAssembler assembler;
    private final CardResolver resolver = new CardResolver();
    private final List<Entry> bundled;

    public CardIdentifier(Catalog catalog, OnlineCatalog online) {
        this.catalog = catalog;
        this.online = online;
        this.reader = new FieldReader(RuleBoxName.withBases(
                Stream.concat(catalog.names().stream(), Catalog.pokemonNames().stream()).distinct().toList()),
                catalog.sets().stream().map(CatalogSet::printedTotalText).filter(Objects::nonNull).collect(Collectors.toSet()));
        this.assembler = new ClueAssembler(catalog, reader);
        this.bundled = catalog.cards().stream().map(card -> new Entry(card, catalog.setOf(card))).toList();
    }

    public Identification identify(Extraction extraction, Hints hints, VisualHints visual) {
        Hints given = hints == null ? Hints.NONE : hints;
        CardReading reading = reader.read(extraction);
        ClueAssembler.Assembled assembled = assembler.assemble(reading, given, visual == null ? VisualHints.NONE : visual);
        Clues clues = assembled.clues();
        List<Ranked> offline = resolver.rank(clues, bundled);

        String pick = given.catalogId();
        OnlineAnswer answer = ask(pick != null ? List.of(byId(pick)) : onlineQueries(clues, offline), clues);
        List<Ranked> ranked = offline;
        Map<String, PriceBlocks> prices = new HashMap<>();
        if (answer.outcome() == Outcome.ANSWERED && !answer.cards().isEmpty()) {
            Map<String, Entry> pool = new LinkedHashMap<>();
            offline.stream().limit(CANDIDATES_KEPT_FOR_ONLINE).forEach(r -> pool.put(r.entry().card().id(), r.entry()));
            for (OnlineCard card : answer.cards()) {
                pool.put(card.card().id(), new Entry(card.card(), card.set()));
                prices.put(card.card().id(), card.prices());
            }
            ranked = resolver.rank(clues, pool.values());
        }
        log.debug("identified with {} offline candidate(s); online {}: {}", offline.size(), answer.outcome(), answer.detail());
        Map<String, Evidence> evidence = new LinkedHashMap<>(assembled.evidence());
        if (!assembled.conflicts().isEmpty()) {
            evidence.put("conflicts", new Evidence(String.join("; ", assembled.conflicts()), 1, "hints and reading disagree"));
        }
        evidence.put("online", new Evidence(answer.outcome().name().toLowerCase(), 1, answer.detail()));
        if (pick != null) {
            Optional<Entry> picked = catalog.card(pick).map(card -> new Entry(card, catalog.setOf(card)))
                    .or(() -> answer.cards().stream().filter(card -> card.card().id().equals(pick))
                            .map(card -> new Entry(card.card(), card.set())).findFirst());
            if (picked.isPresent()) {
                return ownersPick(reading, clues.holoEstimate(), picked.get(), evidence, ranked, prices, answer);
            }
            // a pick the online catalog offered, asked for while it is away: the reading decides this run
            evidence.put("pick", new Evidence(pick, 0, "owner's pick, not bundled and not found online ("
                    + answer.detail() + "); identified from the reading instead"));
        }
        return build(reading, assembled, evidence, ranked, prices, answer);
    }

    /** The card the owner picked, whatever the reading ranks first; the reading still names the variant. */
    private static Identification ownersPick(CardReading reading, Double holoEstimate, Entry card,
            Map<String, Evidence> evidence, List<Ranked> ranked, Map<String, PriceBlocks> prices, OnlineAnswer answer) {
        String id = card.card().id();
        List<String> agreed = ranked.stream().filter(r -> r.entry().card().id().equals(id)).findFirst()
                .map(Ranked::agreed).orElse(List.of());
        String why = "owner's pick; the reading " + (agreed.isEmpty() ? "fits it on nothing" : "fits it on " + String.join(", ", agreed))
                + (prices.containsKey(id) ? "; the online catalog knows it" : "");
        evidence.put("catalogId", new Evidence(id, OWNERS_PICK, why));
        evidence.put("set", new Evidence(card.set().name(), OWNERS_PICK, "the set of the owner's pick"));
        return identified(reading, card, OWNERS_PICK, evidence, candidates(ranked), prices, answer, holoEstimate);
    }

    private Identification build(CardReading reading, ClueAssembler.Assembled assembled, Map<String, Evidence> evidence,
            List<Ranked> ranked, Map<String, PriceBlocks> prices, OnlineAnswer answer) {
        Clues clues = assembled.clues();
        List<Candidate> candidates = candidates(ranked);

        if (ranked.isEmpty() || !claimable(clues, ranked.get(0))) {
            return unresolved(clues, evidence, candidates, answer);
        }
        Ranked top = ranked.get(0);
        double gap = ranked.size() > 1 ? top.score() - ranked.get(1).score() : 1;
        double confidence = top.score() * Math.min(1, 0.5 + 0.5 * gap / AMBIGUOUS_GAP);
        if (!assembled.conflicts().isEmpty()) {
            confidence *= CONFLICT_PENALTY;
        }
        if (clues.names().isEmpty()) {
            confidence = namedByNumberAlone(clues, ranked, evidence) ? Math.max(confidence, NAMED_BY_NUMBER)
                    : Math.min(confidence, NAMELESS_CAP);
        }
        String doubt = doubt(clues, ranked, evidence);
        if (doubt != null) {
            confidence = Math.min(confidence, doubt.startsWith("the name") ? NAME_DISAGREES_CAP
                    : top.agreed().contains(CardResolver.NEAR_NUMBER_AGREED) ? NUMBER_MISREAD_CAP : UNSURE_NUMBER_CAP);
        }
        confidence = FieldReader.round(confidence);
        Entry card = top.entry();
        String id = card.card().id();
        boolean confirmed = prices.containsKey(id);
        String why = "fits on " + (top.agreed().isEmpty() ? "nothing read" : String.join(", ", top.agreed()))
                + (confirmed ? "; the online catalog knows it" : "")
                + (ranked.size() > 1 && gap < AMBIGUOUS_GAP ? "; close to " + ranked.get(1).entry().card().id()
                        + " (" + FieldReader.round(ranked.get(1).score()) + ")" : "")
                + (doubt == null ? "" : "; " + doubt);
        evidence.put("catalogId", new Evidence(id, confidence, why));
        evidence.put("set", new Evidence(card.set().name(), FieldReader.round(top.score()), setRationale(clues, top)));
        return identified(reading, card, confidence, evidence, candidates, prices, answer, clues.holoEstimate());
    }

    private static List<Candidate> candidates(List<Ranked> ranked) {
        return ranked.stream().limit(CANDIDATES_SHOWN)
                .map(r -> new Candidate(r.entry().card().id(), FieldReader.round(r.score()))).toList();
    }

    /** The identity of a catalog card, its variant from the reading, its prices when the online catalog sent them. */
    private static Identification identified(CardReading reading, Entry card, double confidence, Map<String, Evidence> evidence,
            List<Candidate> candidates, Map<String, PriceBlocks> prices, OnlineAnswer answer, Double holoEstimate) {
        String id = card.card().id();
        String variant = variant(reading, card, holoEstimate, evidence);
        if (card.card().rarity() != null) {
            evidence.put("rarity", new Evidence(card.card().rarity(), evidence.get("set").confidence(), "the catalog's rarity of " + id));
        }
        Identity identity = new Identity(card.card().name(), card.set().name(), card.card().number(),
                card.set().printedTotalText(), id, card.card().rarity(), variant, confidence, evidence, candidates);
        PriceBlocks blocks = prices.get(id);
        return new Identification(identity, blocks == null || blocks.isEmpty() ? null : blocks, answer.outcome(), answer.detail());
    }

    /**
     * Why the best card is only a guess, or null when nothing speaks against it: a name was read
     * and the card's is another (the number or the set led, and one misread digit names a
     * neighbour), or the number that picked it among its namesakes was read unsure.
     */
    private static String doubt(Clues clues, List<Ranked> ranked, Map<String, Evidence> evidence) {
        Ranked top = ranked.get(0);
        String cardName = top.entry().card().name();
        if (namedOtherwise(clues, top)) {
            return "the name read (" + clues.names().get(0).read() + ") is not this card's";
        }
        if (top.agreed().contains(CardResolver.NEAR_NUMBER_AGREED)) {
            return "the number read (" + clues.number().number() + ") is one digit off this card's ("
                    + top.entry().card().number() + ")";
        }
        Evidence number = evidence.get("number");
        // namesakes of other sets differ in their printed total too; those of the same set only in the
        // number, and an unsure number misread by one digit may name one of them (Skeledirge ex 233 and 253)
        String set = top.entry().set().id();
        boolean namesake = clues.number() != null && ranked.stream().skip(1).anyMatch(other -> other.entry().card().name().equals(cardName)
                && other.entry().set().id().equals(set) && clues.number().oneEditFrom(other.entry().card().number()));
        if (number != null && namesake && number.confidence() < UNSURE_NUMBER) {
            return "only its number, read unsure (" + number.confidence() + "), tells it from a namesake a digit away";
        }
        return null;
    }

    /**
     * Whether the best card alone agrees on the number and the set, the number having been read sure
     * and the set named by its printed code or by a printed total no other set of the set list
     * prints (Base Set 2 and Diamond & Pearl both print 130: without a name, the one whose cards are
     * not bundled may be the card's).
     */
    private boolean namedByNumberAlone(Clues clues, List<Ranked> ranked, Map<String, Evidence> evidence) {
        Evidence number = evidence.get("number");
        if (number == null || clues.number() == null || number.confidence() < SURE_NUMBER || evidence.containsKey("conflicts")) {
            return false;
        }
        Ranked top = ranked.get(0);
        boolean setNamed = clues.setIds().contains(top.entry().set().id()) || setsFitting(clues).size() == 1;
        // 12/203 read on a card that prints 012/203 lost a digit: 212/203 as likely as 12/203
        boolean digitLost = clues.number().shortOfTotal() && !top.entry().set().releaseDate().isBefore(CardResolver.SWORD_AND_SHIELD);
        return setNamed && !digitLost && top.agreed().containsAll(List.of("number", "set"))
                && ranked.stream().filter(r -> r.agreed().containsAll(List.of("number", "set"))).count() == 1;
    }

    /** Whether the reading may name this card at all, however sure: see the four rules below. */
    private boolean claimable(Clues clues, Ranked top) {
        return !numberContradicts(clues, top) && !totalContradicts(clues, top) && !nameContradicts(clues, top)
                && !tooLittleAgrees(top);
    }

    /**
     * A total read sure and whole that is not the card's set's (nor a digit off it), with no set code
     * read or hinted for the card's set: the card is a namesake of the same number in another set,
     * most likely one whose cards are not bundled ({@code Lilligant 10/203} of Evolving Skies is not
     * {@code Lilligant 10/114} of Black &amp; White). It is then read as printed and asked for online.
     * The set's count with its secret rares stands for its total only when read exactly: no card prints
     * it, so a digit off it is no misread of it ({@code Darkness Energy 158/165} of Expedition is not
     * Crown Zenith's 158, whose cards print /159 in a set of 160).
     */
    private boolean totalContradicts(Clues clues, Ranked top) {
        CatalogSet set = top.entry().set();
        if (clues.number() == null || clues.setIds().contains(set.id())) {
            return false;
        }
        return clues.numberConfidence() >= SURE_TOTAL && clues.number().totalRulesOut(set.printedTotalText())
                && !String.valueOf(set.total()).equals(clues.number().printedTotal())
                || totalOfTheSetNamed(clues);
    }

    /**
     * Whether the total read is the one the set named by its printed code (or the owner) prints: two
     * readings that agree on another set than the card's, where one digit off the card's own total
     * would otherwise leave it claimable ({@code PAL EN 039/193} is Paldea Evolved's Charcadet, not
     * Scarlet &amp; Violet's 39/198).
     */
    private boolean totalOfTheSetNamed(Clues clues) {
        String total = clues.number().printedTotal();
        return total != null && clues.setIds().stream().map(catalog::set).flatMap(Optional::stream)
                .anyMatch(named -> total.equals(named.printedTotalText()));
    }

    /**
     * A name read sure that is not the card's: the number and set fit another set's card of that number.
     * Sure as the catalog's closest name, or as a name printed that no catalog name says, read sure and
     * distinctive ({@code Transparent Walls} of Gym Challenge is not Gym Heroes' {@code Sabrina's Gaze},
     * 125/132 both).
     */
    private static boolean nameContradicts(Clues clues, Ranked top) {
        return namedOtherwise(clues, top) && (clues.names().get(0).score() >= SURE_NAME
                || clues.printedNameConfidence() >= SURE_NAME && PrintedName.distinctive(clues.printedName())
                        && OcrDistance.similarity(clues.printedName(), top.entry().card().name()) < SPELLS_THE_NAME);
    }

    /**
     * Whether a name was read and is not this card's: it did not agree, and the text read does not
     * spell the card's name either (a name read unsure does not count as agreeing, but when the text
     * spells this card's name it does not speak against the card); or it names another owner or
     * form of the card's Pokémon ({@code Koga's Grimer} read, the card a plain {@code Grimer}), or
     * prints a logo the card's name lacks ({@code Lapras-GX} read, the card a plain {@code Lapras}).
     */
    private static boolean namedOtherwise(Clues clues, Ranked top) {
        if (clues.names().isEmpty()) {
            return false;
        }
        String cardName = top.entry().card().name();
        if (PrintedName.namesAnotherForm(clues.names().get(0).name(), cardName)
                || clues.printedName() != null && (PrintedName.namesAnotherForm(clues.printedName(), cardName)
                        || PrintedName.isAnotherName(clues.printedName(), cardName) || PrintedName.addsALogo(clues.printedName(), cardName))) {
            return true;
        }
        if (readsAsThisName(clues.names().get(0).name(), cardName)) {
            return false;
        }
        String read = clues.names().get(0).read();
        return !top.agreed().contains("name") && OcrDistance.similarity(read, cardName) < SPELLS_THE_NAME
                && OcrDistance.similarity(read, RuleBoxName.species(cardName)) < SPELLS_THE_NAME;
    }

    /**
     * Whether the catalog name closest to the name read is the card's, its Pokémon without the
     * mechanic or without the owner or form: a name misread this way ({@code Lunator}) still points
     * at this card, however unsure, and no other name read speaks against it.
     */
    private static boolean readsAsThisName(String closest, String cardName) {
        return closest.equals(cardName) || closest.equals(RuleBoxName.base(cardName))
                || closest.equals(RuleBoxName.species(cardName)) && !PrintedName.namesAnotherForm(closest, cardName);
    }

    /**
     * A card is claimed on its name, or on its number and set together; a number alone fits some
     * card of nearly every set, so a card of another game or a text that only looks like a number
     * would otherwise be given a catalog id.
     */
    private static boolean tooLittleAgrees(Ranked top) {
        return !top.agreed().contains("name") && !(top.agreed().contains("number") && top.agreed().contains("set"));
    }

    /**
     * A card whose number is not the one read is not claimed, however well its name fits: it is a
     * different printing, most likely of a set whose cards are not bundled (a gallery or promo card).
     * Unless its name and its set's printed total agree and the number read is one digit off its
     * own: then it is this card with a digit misread, a guess offered as such.
     */
    private static boolean numberContradicts(Clues clues, Ranked top) {
        boolean misread = top.agreed().containsAll(List.of("name", "set", CardResolver.NEAR_NUMBER_AGREED));
        return clues.number() != null && !top.agreed().contains("number") && !misread;
    }

    /** No catalog card fits: report what was read, and the set when the printed total names one. */
    private Identification unresolved(Clues clues, Map<String, Evidence> evidence, List<Candidate> candidates,
            OnlineAnswer answer) {
        List<CatalogSet> sets = setsFitting(clues);
        String setName = sets.size() == 1 ? sets.get(0).name() : null;
        if (setName != null) {
            evidence.put("set", new Evidence(setName, 0.6, "the only set the printed total or code fits; its cards are not bundled"));
        }
        evidence.put("catalogId", new Evidence(null, 0, candidates.isEmpty() ? "no catalog card fits what was read"
                : "no catalog card has the number read; the candidates share other fields"));
        String name = clues.printedName() != null ? clues.printedName()
                : clues.names().isEmpty() ? null : clues.names().get(0).name();
        CardNumber number = clues.number();
        double confidence = name == null ? 0.05 : 0.2;
        Identity identity = new Identity(name, setName, number == null ? null : number.number(),
                number == null ? null : number.printedTotal(), null, null, null, confidence, evidence, candidates);
        return new Identification(identity, null, answer.outcome(), answer.detail());
    }

    private List<CatalogSet> setsFitting(Clues clues) {
        if (!clues.setIds().isEmpty()) {
            return clues.setIds().stream().map(catalog::set).flatMap(Optional::stream).toList();
        }
        String total = clues.number() == null ? null : clues.number().printedTotal();
        if (total == null) {
            return List.of();
        }
        return catalog.sets().stream().filter(set -> total.equals(set.printedTotalText())).toList();
    }

    private static String byId(String catalogId) {
        return "id:\"" + catalogId + "\"";
    }

    /**
     * The online catalog asked each query in turn, the cards found pooled, until one finds a card of
     * the printed total read (a name misread may name another card of that number); a catalog that
     * cannot be reached is not asked again in the same identification.
     */
    private OnlineAnswer ask(List<String> queries, Clues clues) {
        String total = clues.number() == null ? null : clues.number().printedTotal();
        Map<String, OnlineCard> found = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        for (String query : queries) {
            OnlineAnswer answer = online.search(query);
            if (answer.outcome() != Outcome.ANSWERED) {
                return found.isEmpty() ? answer : pooled(found, details);
            }
            answer.cards().forEach(card -> found.putIfAbsent(card.card().id(), card));
            details.add(answer.detail());
            if (answer.cards().stream().anyMatch(card -> total == null || total.equals(card.set().printedTotalText()))) {
                break;
            }
        }
        return details.isEmpty() ? OnlineAnswer.notAnswered(Outcome.OFFLINE, "nothing to ask") : pooled(found, details);
    }

    private static OnlineAnswer pooled(Map<String, OnlineCard> found, List<String> details) {
        return OnlineAnswer.answered(List.copyOf(found.values()), String.join("; ", details));
    }

    /**
     * What to ask the online catalog, in turn: the offline answer by id when it would be claimed and
     * bears the number read, if any (to confirm it and get its prices); else, for a card of a set
     * that is not bundled, a search by name and number (the name as printed first, where it is no
     * catalog name, then the closest catalog name), then by number and printed total (the name
     * misread), then by name and printed total (the number misread). A bundled namesake a digit off
     * the number read is only a guess: the card of that name and number may be in a set not bundled.
     */
    private List<String> onlineQueries(Clues clues, List<Ranked> offline) {
        Ranked top = offline.isEmpty() ? null : offline.get(0);
        if (top != null && top.score() >= CONFIRM_BY_ID && claimable(clues, top)
                && (clues.number() == null || top.agreed().contains("number"))) {
            return List.of(byId(top.entry().card().id()));
        }
        String number = clues.number() == null ? null : "number:" + clues.number().number();
        String set = clues.setIds().size() == 1 ? "set.id:" + clues.setIds().iterator().next()
                : clues.number() != null && clues.number().printedTotal() != null
                        ? "set.printedTotal:" + clues.number().printedTotal() : null;
        // the name as printed first, where no catalog name says it (Lt. Surge's Eevee, Pikachu VMAX), then the closest catalog name
        List<String> names = Stream.of(clues.printedName(), clues.names().isEmpty() ? null : clues.names().get(0).name())
                .filter(Objects::nonNull).distinct().map(name -> "name:\"" + name.replace("\"", "") + "\"").toList();
        List<String> queries = new ArrayList<>();
        names.forEach(name -> queries.add(number == null ? name : name + " " + number));
        if (number != null && set != null) {
            queries.add(number + " " + set);
            names.forEach(name -> queries.add(name + " " + set));
        }
        return queries;
    }

    private static String setRationale(Clues clues, Ranked top) {
        Set<String> agreed = Set.copyOf(top.agreed());
        if (!clues.setIds().isEmpty() && clues.setIds().contains(top.entry().set().id())) {
            return "named by the owner's hint or the printed set code";
        }
        if (agreed.contains("set")) {
            return "printed total " + clues.number().printedTotal() + " fits " + top.entry().set().name();
        }
        return "the set of the best-fitting card";
    }

    /**
     * The printing, spelt as the TCGplayer price keys spell it ({@code normal}, {@code holofoil},
     * {@code reverseHolofoil}, {@code 1stEditionHolofoil}, {@code 1stEditionNormal}), so the pricing
     * agent picks the matching price block.
     */
    private static String variant(CardReading reading, Entry card, Double holoEstimate, Map<String, Evidence> evidence) {
        String rarity = card.card().rarity();
        boolean holoRarity = rarity != null && !Set.of("Common", "Uncommon", "Rare").contains(rarity);
        boolean foilSeen = holoEstimate != null && holoEstimate >= HOLO_SEEN;
        String variant;
        String why;
        if (reading.firstEdition()) {
            variant = holoRarity ? "1stEditionHolofoil" : "1stEditionNormal";
            why = "1st edition stamp read" + (holoRarity ? "; " + rarity + " is foil" : "");
        } else if (holoRarity) {
            variant = "holofoil";
            why = rarity + " cards are foil";
        } else if (foilSeen) {
            variant = "reverseHolofoil";
            why = "foil seen (" + holoEstimate + ") on a " + (rarity == null ? "card" : rarity) + " printed without a holo";
        } else {
            variant = "normal";
            why = holoEstimate == null ? "no foil expected from its rarity; no visual estimate" : "no foil seen";
        }
        List<String> extras = new ArrayList<>();
        if (reading.shadowless()) {
            extras.add("shadowless");
        }
        if (reading.promo()) {
            extras.add("promo");
        }
        double confidence = reading.firstEdition() || holoRarity ? 0.8 : holoEstimate == null ? 0.5 : 0.7;
        evidence.put("variant", new Evidence(variant, confidence,
                why + (extras.isEmpty() ? "" : "; also " + extras.stream().collect(Collectors.joining(", ")))));
        return variant;
    }
}

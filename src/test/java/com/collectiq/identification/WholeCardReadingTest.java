package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.Identity.Candidate;
import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;

/**
 * The field reader and identification on lines as an engine reading the whole card gives them
 * (Rekognition's shape: text, confidence, a box in the card's fractions, words), laid out as modern
 * cards print them: the stage above the name, {@code HP} before its digits, the regulation mark, set
 * code and zero-padded number at the bottom left. The lines come in no particular order.
 */
class WholeCardReadingTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final CardIdentifier IDENTIFIER = new CardIdentifier(CATALOG,
            query -> OnlineAnswer.notAnswered(Outcome.OFFLINE, "offline test"));

    @Test
    void readsAScarletAndVioletCard() {
        Identity identity = identify(
                line("HP 90", 0.93, 0.70, 0.045, 0.24, 0.035),
                line("Stage 1", 0.95, 0.06, 0.03, 0.12, 0.02),
                line("Kirlia", 0.96, 0.16, 0.045, 0.25, 0.04),
                line("Evolves from Ralts", 0.90, 0.16, 0.09, 0.25, 0.015),
                line("Psychic 20", 0.94, 0.20, 0.62, 0.6, 0.03),
                line("weakness resistance retreat", 0.90, 0.06, 0.88, 0.6, 0.015),
                line("Illus. kawayoo", 0.88, 0.06, 0.935, 0.25, 0.013),
                line("G SVI EN 085/198", 0.91, 0.06, 0.955, 0.3, 0.015));

        assertThat(identity.catalogId()).isEqualTo("sv1-85");
        assertThat(identity.confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(identity.evidence().get("number").value()).isEqualTo("85");
        assertThat(identity.evidence().get("printedTotal").value()).isEqualTo("198");
        assertThat(identity.evidence().get("hp").value()).isEqualTo("90");
        assertThat(identity.evidence().get("stage").value()).isEqualTo("Stage 1");
        assertThat(identity.evidence().get("regulationMark").value()).isEqualTo("G");
    }

    @Test
    void readsASwordAndShieldCardWithItsCodeBeforeTheNumber() {
        Identity identity = identify(
                line("STAGE 1 Skiploom", 0.93, 0.06, 0.04, 0.45, 0.04),
                line("HP 60", 0.92, 0.72, 0.045, 0.2, 0.035),
                line("Evolves from Hoppip", 0.91, 0.06, 0.09, 0.3, 0.015),
                line("Rapid Strike", 0.9, 0.3, 0.5, 0.3, 0.02),
                line("D EVS 003/203", 0.9, 0.06, 0.955, 0.25, 0.015));

        assertThat(identity.catalogId()).isEqualTo("swsh7-3");
        assertThat(identity.confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(identity.evidence().get("setCode").value()).isEqualTo("EVS");
    }

    @Test
    void theCodesOfTheFirstScarletAndVioletSetsNameTheirSetsWhenTheTotalIsLost() {
        // the name lost in the artwork, the total past the card's edge: SVI and PAL alone say the set
        Identity scarletAndViolet = identify(
                line("Draw 2 cards.", 0.95, 0.1, 0.68, 0.5, 0.02),
                line("G SVI EN 085/", 0.93, 0.06, 0.955, 0.3, 0.015));
        Identity paldeaEvolved = identify(
                line("Draw 2 cards.", 0.95, 0.1, 0.68, 0.5, 0.02),
                line("G PAL EN 068/", 0.93, 0.06, 0.955, 0.3, 0.015));

        assertThat(scarletAndViolet.catalogId()).isEqualTo("sv1-85");
        assertThat(paldeaEvolved.catalogId()).isEqualTo("sv2-68");
        assertThat(paldeaEvolved.evidence().get("set").rationale()).contains("printed set code");
    }

    @Test
    void theLargestPrintAtTheTopIsTheNameNotTheEvolutionLine() {
        Identity identity = identify(
                line("Evolves from Kirlia", 0.95, 0.16, 0.09, 0.3, 0.015),
                line("Stage 2", 0.95, 0.06, 0.03, 0.12, 0.02),
                line("Gardevoir ex", 0.93, 0.16, 0.045, 0.35, 0.045),
                line("HP 310", 0.94, 0.70, 0.045, 0.24, 0.035),
                line("G SVI EN 086/198", 0.91, 0.06, 0.955, 0.3, 0.015));

        assertThat(identity.catalogId()).isEqualTo("sv1-86");
        assertThat(identity.name()).isEqualTo("Gardevoir ex");
    }

    @Test
    void anUnsureNumberBetweenNamesakesADigitApartGivesCandidatesNotCertainty() {
        // Capsakid is sv1-27 and sv1-28: one digit misread names the other
        Identity identity = identify(
                line("Basic", 0.95, 0.06, 0.03, 0.12, 0.02),
                line("Capsakid", 0.96, 0.16, 0.045, 0.25, 0.04),
                line("HP 70", 0.93, 0.70, 0.045, 0.24, 0.035),
                numberLine("G SVI EN 028/198", 0.42));

        assertThat(identity.confidence()).isLessThan(0.8);
        assertThat(identity.candidates()).extracting(Candidate::catalogId).contains("sv1-28", "sv1-27");
    }

    @Test
    void anUnsureNumberNoMisreadDigitTurnsIntoANamesakesStillNamesTheCard() {
        // Kirlia is sv1-85 and, as an illustration rare, sv1-212: 212 misread is not 85
        Identity identity = identify(
                line("Stage 1", 0.95, 0.06, 0.03, 0.12, 0.02),
                line("Kirlia", 0.96, 0.16, 0.045, 0.25, 0.04),
                line("HP 90", 0.93, 0.70, 0.045, 0.24, 0.035),
                numberLine("G SVI EN 212/198", 0.42));

        assertThat(identity.catalogId()).isEqualTo("sv1-212");
        assertThat(identity.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    /** The modern foot line, its words read sure but the number's. */
    private static TextLine numberLine(String text, double numberConfidence) {
        String[] words = text.split(" ");
        List<Word> read = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            read.add(new Word(words[i], i == words.length - 1 ? numberConfidence : 0.9, null));
        }
        return new TextLine(text, 0.8, new Box(0.06, 0.955, 0.3, 0.015), null, List.copyOf(read));
    }

    @Test
    void aNameAndANumberThatDisagreeAreNotAConfidentNeighbour() {
        // the name is Light Jolteon's (neo4-48); the number read is Light Dewgong's
        Identity identity = identify(
                line("Light Jolteon", 0.95, 0.08, 0.045, 0.4, 0.04),
                line("70 HP", 0.93, 0.70, 0.045, 0.2, 0.035),
                line("Illus. Naoyo Kimura", 0.9, 0.06, 0.56, 0.3, 0.013),
                line("45/105", 0.9, 0.8, 0.96, 0.12, 0.015));

        assertThat(identity.confidence()).isLessThan(0.8);
        assertThat(identity.candidates()).extracting(Candidate::catalogId).contains("neo4-48");
    }

    @Test
    void aNumberReadADigitOffNamesTheCardOfThatNameAsAGuess() {
        // Skarmory-EX is xy1-80 and, as a full art, xy1-145; 20/146 is one digit off the first only
        Identity identity = identify(
                line("Basic", 0.95, 0.06, 0.03, 0.12, 0.02),
                line("Skarmory-EX", 0.92, 0.16, 0.045, 0.35, 0.045),
                line("HP 180", 0.93, 0.70, 0.045, 0.2, 0.035),
                line("20/146", 0.83, 0.8, 0.96, 0.12, 0.015));

        assertThat(identity.catalogId()).isEqualTo("xy1-80");
        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(identity.evidence().get("catalogId").rationale()).contains("one digit off");
    }

    @Test
    void aDigitDroppedFromTheNumberIsOneDigitOffToo() {
        Identity identity = identify(
                line("TRAINER", 0.95, 0.06, 0.03, 0.2, 0.02),
                line("Energy Switch", 0.91, 0.1, 0.1, 0.4, 0.04),
                line("17/149", 0.72, 0.8, 0.96, 0.12, 0.015));

        assertThat(identity.catalogId()).isEqualTo("sm1-117");
        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aTotalADigitOffTheCodedSetsIsThatSetsMisreadAndItsNumberAGuess() {
        // Parasol Lady is Paradox Rift's 169, 238 and 255 of 182: 149/282 is 169/182 with two digits misread
        Identity identity = identify(
                line("TRAINER SUPPORTER", 0.95, 0.06, 0.04, 0.4, 0.02),
                line("Parasol Lady", 0.96, 0.06, 0.095, 0.35, 0.045),
                line("PAREN 149/282 @", 0.75, 0.06, 0.929, 0.3, 0.02));

        assertThat(identity.catalogId()).isEqualTo("sv4-169");
        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(identity.evidence().get("catalogId").rationale()).contains("one digit off");
    }

    @Test
    void aNumberOfOneDigitReadOnACardWhoseNameAndSetAgreeIsADigitLost() {
        // Pokédex is Black & White's 98/114 alone: 8/114 lost its first digit
        Identity identity = identify(
                line("TRAINER", 0.97, 0.06, 0.054, 0.2, 0.02),
                line("Pokédex", 0.96, 0.06, 0.108, 0.3, 0.04),
                line("Look at the top 7 cards of your deck.", 0.94, 0.08, 0.513, 0.8, 0.02),
                numberLine("O 8/114 @", 0.34));
        // without the name, a number of one digit is a digit from nearly every card of the set
        Identity nameless = identify(
                line("Look at the top 7 cards of your deck.", 0.94, 0.08, 0.513, 0.8, 0.02),
                numberLine("O 8/114 @", 0.34));

        assertThat(identity.catalogId()).isEqualTo("bw1-98");
        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(nameless.catalogId()).isNotEqualTo("bw1-98");
    }

    @Test
    void aNumberReadRightIsNotDoubtedForANamesakeADigitAway() {
        // Bulbasaur is ecard1-94 and ecard1-95: the number read is the first's, exactly
        Identity identity = identify(
                line("Bulbasaur", 0.95, 0.16, 0.045, 0.3, 0.045),
                line("HP 40", 0.93, 0.70, 0.045, 0.2, 0.035),
                line("94/165", 0.93, 0.8, 0.96, 0.12, 0.015));

        assertThat(identity.catalogId()).isEqualTo("ecard1-94");
        assertThat(identity.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aNumberReadSureWithItsSetsTotalNamesACardWhoseNameWasNotRead() {
        Identity identity = fullArtWithoutItsNameAndItsNumberReadAt(0.91);

        assertThat(identity.catalogId()).isEqualTo("sv2-203");
        assertThat(identity.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aNumberReadWithoutItsZeroPaddingOnAModernCardIsAGuessWithoutAName() {
        // Sword & Shield prints 012/203: 12/203 lost a digit, and 212/203 is as likely as 12/203
        Identity identity = identify(
                line("Draw 2 cards.", 0.95, 0.1, 0.68, 0.5, 0.02),
                line("E EVS EN 12/203", 0.93, 0.06, 0.955, 0.3, 0.015));

        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aNumberReadUnsureWithoutANameIsAGuess() {
        Identity identity = fullArtWithoutItsNameAndItsNumberReadAt(0.75);

        assertThat(identity.catalogId()).isEqualTo("sv2-203");
        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aNumberWhoseTotalTwoSetsShareIsAGuessWithoutAName() {
        // Expedition and 151 both print a total of 165
        Identity identity = identify(
                line("Draw 2 cards.", 0.95, 0.1, 0.68, 0.5, 0.02),
                line("101/165", 0.93, 0.8, 0.96, 0.12, 0.015));

        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(identity.candidates()).extracting(Candidate::catalogId).contains("ecard1-101", "sv3pt5-101");
    }

    @Test
    void aNameReadWithoutItsMechanicsLogoStillNamesThePokemon() {
        // the V of Rotom V is a logo that OCR drops: the name read is Rotom's, the number Rotom V's
        Identity identity = identify(
                line("Basic", 0.95, 0.06, 0.03, 0.12, 0.02),
                line("Rotom", 0.94, 0.16, 0.045, 0.2, 0.045),
                line("HP 190", 0.93, 0.70, 0.045, 0.2, 0.035),
                line("F CRZ EN 045/159", 0.92, 0.06, 0.955, 0.3, 0.015));

        assertThat(identity.catalogId()).isEqualTo("swsh12pt5-45");
        assertThat(identity.evidence().get("catalogId").rationale()).contains("name").doesNotContain("is not this card's");
        assertThat(identity.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aNameReadInPiecesAlongItsRowIsReadWhole() {
        // a sparse reading of a name printed over a patterned bar: three pieces, one row
        Extraction pieces = new Extraction(List.of(
                line("TRAINER", 0.95, 0.06, 0.03, 0.2, 0.02),
                line("it", 0.97, 0.19, 0.08, 0.04, 0.035),
                line("SW,", 0.67, 0.1, 0.082, 0.08, 0.036),
                line("ch", 0.95, 0.24, 0.081, 0.05, 0.034),
                line("Draw 2 cards.", 0.96, 0.1, 0.75, 0.3, 0.02)), List.of(), "tesseract", List.of());

        CardReading reading = new FieldReader(CATALOG.names(), Set.of()).read(pieces);

        assertThat(reading.bestName()).isNotNull();
        assertThat(reading.bestName().name()).isEqualTo("Switch");
    }

    @Test
    void aNameSpeltExactlyOnALineReadUnsureStillNamesTheCard() {
        // Pyukumuku is sm1-47 alone; its name line read at 0.70 with its HP, the number not read
        Identity identity = identify(
                line("BASIC", 0.9, 0.06, 0.04, 0.1, 0.02),
                line("Pyukumuku 1 60", 0.70, 0.06, 0.067, 0.8, 0.045),
                line("Tail Whip 10", 0.89, 0.2, 0.545, 0.5, 0.03),
                line("A 47449 @", 0.75, 0.06, 0.936, 0.2, 0.02));

        assertThat(identity.catalogId()).isEqualTo("sm1-47");
        assertThat(identity.confidence()).isLessThan(0.8);
    }

    @Test
    void aTrainerWhoseNameHoldsACatalogNameIsNotThatCardEvenWithoutItsNumber() {
        // Diamond & Pearl's cards out: Double Full Heal is no Full Heal, however well "Full Heal" is spelt
        Identity identity = identifyWithout("dp1",
                line("TRAINER", 0.95, 0.06, 0.05, 0.2, 0.02),
                line("Double Full Heal", 0.93, 0.06, 0.08, 0.45, 0.045),
                line("Remove all Special Conditions from each of your Pokémon.", 0.9, 0.08, 0.5, 0.8, 0.02));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Double Full Heal");
    }

    @Test
    void aTotalThatIsTheCodedSetsIsNotADigitOffAnotherSets() {
        // Paldea Evolved's cards out: PAL and 193 both say Paldea Evolved; Scarlet & Violet's Charcadet is 39/198
        Identity identity = identifyWithout("sv2",
                line("Basic", 0.95, 0.06, 0.03, 0.12, 0.02),
                line("Charcadet", 0.75, 0.16, 0.045, 0.25, 0.04),
                line("HP 80", 0.93, 0.70, 0.045, 0.24, 0.035),
                line("G PAL EN 039/193", 0.91, 0.06, 0.955, 0.3, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Charcadet");
        assertThat(identity.set()).isEqualTo("Paldea Evolved");
        assertThat(identity.candidates()).extracting(Candidate::catalogId).contains("sv1-39");
    }

    @Test
    void aBlankCardBackGetsNoCatalogId() {
        Identity identity = identify();

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.confidence()).isLessThan(0.3);
    }

    @Test
    void aCardOfAnotherGameGetsNoCatalogId() {
        Identity identity = identify(
                line("Lightning Bolt", 0.95, 0.08, 0.045, 0.5, 0.04),
                line("Instant", 0.94, 0.08, 0.56, 0.2, 0.02),
                line("Lightning Bolt deals 3 damage to any target.", 0.93, 0.08, 0.62, 0.8, 0.02),
                line("© 1993-2024 Wizards of the Coast LLC 146/287", 0.9, 0.06, 0.96, 0.6, 0.012));

        assertThat(identity.catalogId()).isNull();
    }

    /** A full art whose name is lost in its artwork; 203/193 is Magikarp's illustration rare alone. */
    private static Identity fullArtWithoutItsNameAndItsNumberReadAt(double confidence) {
        return identify(
                line("Flip a coin. If heads, the Defending Pokémon is now Paralyzed.", 0.95, 0.1, 0.68, 0.8, 0.02),
                line("PAL EN 203/193", confidence, 0.06, 0.955, 0.3, 0.015));
    }

    @Test
    void aCardOfASetNotBundledGetsItsNameAsPrintedAndNoCatalogId() {
        // Evolving Skies' cards taken out: the trainer's name is in no catalog name
        Identity identity = identifyWithout("swsh7",
                line("TRAINER SUPPORTER", 0.97, 0.06, 0.048, 0.4, 0.033),
                line("Aroma Lady", 0.96, 0.06, 0.09, 0.35, 0.044),
                line("Shuffle your hand into your deck. Then, draw 5 cards.", 0.96, 0.08, 0.476, 0.8, 0.033),
                line("Megumi Mizutani", 0.91, 0.06, 0.916, 0.3, 0.016),
                line("& 141/203 @", 0.84, 0.06, 0.935, 0.25, 0.025));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Aroma Lady");
        assertThat(identity.number()).isEqualTo("141");
        assertThat(identity.printedTotal()).isEqualTo("203");
        assertThat(identity.set()).isEqualTo("Evolving Skies");
        assertThat(identity.evidence().get("printedName").rationale()).contains("as printed");
    }

    @Test
    void aCardOfASetNotBundledKeepsTheLogoOcrRanIntoItsName() {
        // Evolving Skies' cards taken out: no bundled card is named Medicham V
        Identity identity = identifyWithout("swsh7",
                line("BASIC", 0.66, 0.06, 0.06, 0.1, 0.02),
                line("Medichamv", 0.78, 0.07, 0.074, 0.3, 0.045),
                line("Iron Tail 160", 0.93, 0.2, 0.65, 0.7, 0.03),
                line("185/203", 0.93, 0.1, 0.92, 0.12, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Medicham V");
        assertThat(identity.number()).isEqualTo("185");
    }

    @Test
    void aNameReadWithoutItsLogoTakesTheLogoItsRuleBoxNames() {
        // Crown Zenith's cards out (lines as read on a rendered photo): the V after Rotom lost on the
        // name line, the V rule read below
        Identity identity = identifyWithout("swsh12pt5",
                line("BASIC", 0.97, 0.069, 0.047, 0.065, 0.013),
                line("Rotom", 0.92, 0.071, 0.084, 0.171, 0.052),
                line("190", 0.91, 0.778, 0.086, 0.083, 0.028),
                line("Ice Beam 70", 0.95, 0.23, 0.551, 0.693, 0.025),
                line("weakness ©) x2 resistance retreat", 0.89, 0.077, 0.857, 0.635, 0.03),
                line("V rule: When your Pokémon V is Knocked Out, your opponent takes 2 Prize cards.", 0.93, 0.085, 0.901, 0.693, 0.014),
                line("Illus. Sban Graphics", 0.89, 0.069, 0.92, 0.169, 0.013),
                line("045/159", 0.91, 0.163, 0.945, 0.095, 0.015));
        // the EX series words its rule without the word "rule" (the printed wording)
        Identity exSeries = identifyWithout("ex1",
                line("Chansey", 0.94, 0.07, 0.07, 0.25, 0.045),
                line("When Pokémon-ex has been Knocked Out, your opponent takes 2 Prize cards.", 0.91, 0.08, 0.9, 0.8, 0.015),
                line("96/109", 0.9, 0.8, 0.955, 0.12, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Rotom V");
        assertThat(exSeries.name()).isEqualTo("Chansey ex");
    }

    @Test
    void anAttackThatNamesAMechanicIsNoRule() {
        Identity identity = identifyWithout("swsh12pt5",
                line("Rotom", 0.93, 0.07, 0.075, 0.25, 0.045),
                line("Prevent all damage done to this Pokémon by attacks from your opponent's Pokémon V.", 0.9, 0.08, 0.6, 0.8, 0.015),
                line("F 045/159", 0.88, 0.06, 0.94, 0.2, 0.018));

        assertThat(identity.name()).isEqualTo("Rotom");
    }

    @Test
    void aTrainerOfASetNotBundledWhoseNameHoldsABundledOneIsReadAsPrinted() {
        // Ruby & Sapphire's cards taken out: Oran Berry holds Neo Genesis' Berry
        Identity identity = identifyWithout("ex1",
                line("TRAINER", 0.95, 0.06, 0.05, 0.2, 0.02),
                line("Oran Berry", 0.93, 0.06, 0.08, 0.35, 0.045),
                line("85/109", 0.9, 0.8, 0.955, 0.12, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Oran Berry");
    }

    @Test
    void aTrainerOfASetNotBundledKeepsTheWordItPrintsWhereTheCatalogsNameHasAnother() {
        // Evolving Skies' cards out: Dream Ball is no Great Ball misread
        Identity identity = identifyWithout("swsh7",
                line("TRAIN : ITEM", 0.64, 0.06, 0.042, 0.3, 0.039),
                line("Dream Ball", 0.96, 0.06, 0.107, 0.35, 0.03),
                line("E EVS EN 146/203", 0.9, 0.06, 0.955, 0.3, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Dream Ball");
    }

    @Test
    void aTrainerOfASetNotBundledKeepsItsOwnSpellingOfACatalogName() {
        // HeartGold & SoulSilver's cards out (lines as read on a rendered photo): the catalog knows
        // only Neo Genesis' and Expedition's Moo-Moo Milk, which the name read had been given
        Identity identity = identifyWithout("hgss1",
                line("TRAINER ITEM", 0.93, 0.08, 0.052, 0.3, 0.021),
                line("Moomoo Milk", 0.95, 0.08, 0.109, 0.4, 0.031),
                line("94/123", 0.9, 0.8, 0.955, 0.12, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Moomoo Milk");
    }

    @Test
    void aNameTheCatalogSpellsSeveralWaysIsSpeltAsTheLineReadsIt() {
        // HeartGold & SoulSilver's cards out (lines as read on a rendered photo): Neo Revelation spells
        // the Pokémon Ho-oh, every later set Ho-Oh; both fold alike, and the name had come out Ho-oh LEGEND
        Identity identity = identifyWithout("hgss1",
                line("BASIC", 0.82, 0.08, 0.056, 0.12, 0.012),
                line("Ho-Oh LEGEND 1140 @)", 0.82, 0.08, 0.065, 0.85, 0.063),
                line("111/123", 0.93, 0.8, 0.955, 0.12, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Ho-Oh LEGEND");
    }

    @Test
    void aFormWordRunIntoThePokemonsNameIsPartedAsPrinted() {
        // Crown Zenith's cards out (the line as read on a rendered photo): the catalog knows only Eternatus
        Identity identity = identifyWithout("swsh12pt5",
                line("RadiantEternatus", 0.90, 0.06, 0.079, 0.5, 0.053));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Radiant Eternatus");
    }

    @Test
    void aPokemonToolsBannerReadWithItsLastLetterWrongIsNoName() {
        // Expedition's cards out (lines as read on a rendered photo): "TOOL" read "TOO!" had been the
        // name, Pokémon Trader, and 150/165 then given to 151's Mewtwo
        Identity identity = identifyWithout("ecard1",
                line("TRAINER POKEMON TOO!", 0.96, 0.073, 0.078, 0.833, 0.024),
                line("Strength Charm", 0.96, 0.075, 0.133, 0.452, 0.038),
                line("Once during each player's turn, that player may draw a card.", 0.94, 0.09, 0.519, 0.762, 0.027),
                line("©2002 Pokémon / Nintendo / Creatures / GAME FREAK > 150/165 @", 0.9, 0.074, 0.914, 0.852, 0.026));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Strength Charm");
        assertThat(identity.evidence().get("stage").value()).isEqualTo("Pokémon Tool");
    }

    @Test
    void aTrainerOfASetNotBundledWhoseWordIsACatalogNameMisreadIsReadAsPrinted() {
        // Scarlet & Violet's cards out: the Helmet of Rocky Helmet is a letter from Shelmet
        Identity identity = identifyWithout("sv1",
                line("Trainer", 0.95, 0.026, 0.019, 0.131, 0.025),
                line("Tool", 0.95, 0.903, 0.02, 0.061, 0.017),
                line("Rocky Helmet", 0.96, 0.028, 0.077, 0.372, 0.042),
                line("193/198", 0.61, 0.177, 0.975, 0.103, 0.018));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Rocky Helmet");
    }

    @Test
    void aNumberAfterAHashIsPartOfTheName() {
        // Gym Challenge's cards out: Gym Heroes prints Blaine's Quiz #1, Gym Challenge #2 and #3
        Identity identity = identifyWithout("gym2",
                line("TRAINER", 0.97, 0.339, 0.069, 0.321, 0.036),
                line("Blaine's Quiz #2", 0.94, 0.286, 0.138, 0.43, 0.039),
                line("111/132 @", 0.86, 0.783, 0.937, 0.139, 0.016));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Blaine's Quiz #2");
    }

    @Test
    void aLevelBeforeTheHpIsNeitherTheHpNorPartOfTheName() {
        // Diamond & Pearl prints the level, then the HP: "51 HP" is no HP, "LV." no word of the name
        TextLine[] lines = {
                line("BASIC", 0.97, 0.091, 0.079, 0.071, 0.012),
                line("Clefairy LV.51 HP 60©", 0.89, 0.216, 0.09, 0.697, 0.044),
                line("Ability Damage Swap", 0.96, 0.083, 0.552, 0.384, 0.027)};

        Identity bundled = identify(lines);
        Identity notBundled = identifyWithout("dp1", lines);

        assertThat(bundled.evidence().get("hp").value()).isEqualTo("60");
        assertThat(bundled.candidates()).first().extracting(Candidate::catalogId).isEqualTo("dp1-77");
        assertThat(notBundled.name()).isEqualTo("Clefairy");
    }

    @Test
    void aPokemonNoBundledCardBearsIsStillReadByItsName() {
        // Flygon is in the list of every Pokémon, on no bundled card: a misread line still names it
        Identity identity = identify(
                line("Stage 2 Evolves from Vibrava", 0.9, 0.06, 0.04, 0.5, 0.014),
                line("Flygom 130 HP", 0.9, 0.06, 0.065, 0.6, 0.045),
                line("Illus. Ryo Ueda", 0.88, 0.06, 0.935, 0.25, 0.013),
                line("98/101", 0.9, 0.8, 0.955, 0.12, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Flygon");
    }

    @Test
    void aNameReadSureThatTheNumbersCardDoesNotBearKeepsTheCardUnclaimed() {
        // Diamond & Pearl and Base Set 2 both print 130: with Diamond & Pearl's cards out, 125/130
        // names Base Set 2's Fighting Energy, but the card says Water Energy
        Identity identity = identifyWithout("dp1",
                line("BASIC ENERGY", 0.95, 0.06, 0.05, 0.3, 0.02),
                line("Water Energy", 0.96, 0.06, 0.08, 0.45, 0.045),
                line("125/130", 0.92, 0.8, 0.955, 0.12, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Water Energy");
        assertThat(identity.candidates()).extracting(Candidate::catalogId).contains("base4-125");
    }

    @Test
    void aTotalReadSureThatIsNotTheSetsKeepsANamesakeOfThatNumberUnclaimed() {
        // Evolving Skies' cards out: its Lilligant is 010/203; Black & White's Lilligant is 10/114
        Identity identity = identifyWithout("swsh7",
                line("STAGE 1", 0.95, 0.06, 0.045, 0.12, 0.02),
                line("Lilligant", 0.96, 0.16, 0.07, 0.3, 0.045),
                line("Leaf Step 60", 0.94, 0.2, 0.62, 0.5, 0.03),
                line("010/203", 0.92, 0.06, 0.955, 0.15, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Lilligant");
        assertThat(identity.number()).isEqualTo("10");
        assertThat(identity.printedTotal()).isEqualTo("203");
        assertThat(identity.candidates()).extracting(Candidate::catalogId).contains("bw1-10");
    }

    @Test
    void aTotalReadSureADigitOffASetsCountWithItsSecretRaresKeepsItsNamesakeUnclaimed() {
        // Expedition's cards out: its Darkness Energy is 158/165; Crown Zenith's 158 prints /159 in a set of 160
        Identity identity = identifyWithout("ecard1",
                line("Darkness Energy", 0.95, 0.1, 0.06, 0.4, 0.045),
                line("158/165", 0.96, 0.8, 0.955, 0.1, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.number()).isEqualTo("158");
        assertThat(identity.printedTotal()).isEqualTo("165");
    }

    @Test
    void aTotalCutShortOrADigitOffStillNamesTheCardOfItsNameAndNumber() {
        // 17/12 is HeartGold SoulSilver's 17/123 cut at the card's edge; 10/116 one digit off Black & White's 114
        Identity cut = identify(
                line("Cleffa", 0.95, 0.1, 0.06, 0.3, 0.045),
                line("17/12", 0.9, 0.8, 0.955, 0.1, 0.015));
        Identity digitOff = identify(
                line("Lilligant", 0.95, 0.1, 0.06, 0.3, 0.045),
                line("10/116", 0.9, 0.8, 0.955, 0.1, 0.015));

        assertThat(cut.catalogId()).isEqualTo("hgss1-17");
        assertThat(digitOff.catalogId()).isEqualTo("bw1-10");
    }

    @Test
    void aRegulationMarkReadWithoutTheNumberRulesOutTheNamesakesOfOlderSets() {
        // Shinx 60 HP is Diamond & Pearl's 98/130 and Crown Zenith's 39 and 40/159; Crown Zenith prints [F]
        Identity identity = identify(
                line("BASIC", 0.95, 0.06, 0.045, 0.1, 0.02),
                line("Shinx", 0.93, 0.07, 0.07, 0.2, 0.045),
                line("HP 60", 0.9, 0.75, 0.075, 0.15, 0.035),
                line("Gust 60", 0.97, 0.2, 0.54, 0.7, 0.03),
                line("[F] ©", 0.67, 0.06, 0.94, 0.08, 0.02));

        assertThat(identity.evidence().get("regulationMark").value()).isEqualTo("F");
        assertThat(identity.catalogId()).startsWith("swsh12pt5-");
        assertThat(identity.confidence()).isLessThan(0.8);
    }

    @Test
    void aLetterAtTheFootThatIsNotFirstOnTheLeftIsNoRegulationMark() {
        Identity identity = identify(
                line("Shinx", 0.93, 0.07, 0.07, 0.2, 0.045),
                line("G 98/130 @", 0.9, 0.74, 0.94, 0.2, 0.02),
                line("I lives deep in forests", 0.9, 0.53, 0.88, 0.4, 0.02));

        assertThat(identity.evidence()).doesNotContainKey("regulationMark");
        assertThat(identity.catalogId()).isEqualTo("dp1-98");
    }

    @Test
    void anOwnersNameReadKeepsThePlainPokemonOfThatNumberUnclaimed() {
        // Gym Challenge's cards out: its Koga's Grimer, 78/132, and Legendary Collection's Grimer, 78/110
        Identity identity = identifyWithout("gym2",
                line("Koga's Grimer 50 HP", 0.9, 0.06, 0.07, 0.7, 0.05),
                line("78", 0.9, 0.85, 0.955, 0.06, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Koga's Grimer");
    }

    @Test
    void aNameLineReadShortIsTheNameItStartsNotAWordOfAnother() {
        // a name in a display face over a patterned bar, read in two short pieces of one row
        Extraction pieces = new Extraction(List.of(
                line("BASIC POKéMON", 0.9, 0.06, 0.03, 0.3, 0.02),
                line("Qu", 0.96, 0.24, 0.05, 0.05, 0.045),
                line("illad", 0.8, 0.33, 0.06, 0.12, 0.045),
                line("Vine Whip 30", 0.93, 0.2, 0.6, 0.4, 0.03)), List.of(), "tesseract", List.of());

        CardReading reading = new FieldReader(CATALOG.names(), Set.of()).read(pieces);

        assertThat(reading.bestName().name()).isEqualTo("Quilladin");
        // "Pokémon" of the stage banner is a whole word, not Pokémon Catcher cut short
        assertThat(reading.names()).extracting(NameMatch::name).doesNotContain("Pokémon Catcher", "Pokémon Communication");
    }

    @Test
    void aNameReadShortWithItsLogoApartIsTheNameWithTheLogo() {
        // the start of the name read sure, its ex logo read unsure a little lower on the same row
        Extraction pieces = new Extraction(List.of(
                line("Stage 2", 0.66, 0.06, 0.04, 0.12, 0.018),
                line("Skeled", 0.93, 0.1, 0.069, 0.2, 0.038),
                line("ex", 0.66, 0.31, 0.08, 0.05, 0.027),
                line("Quick Turn 180", 0.87, 0.2, 0.664, 0.5, 0.034)), List.of(), "tesseract", List.of());

        CardReading reading = new FieldReader(CATALOG.names(), Set.of()).read(pieces);

        assertThat(reading.bestName().name()).isEqualTo("Skeledirge ex");
    }

    @Test
    void aNameMisreadClosestToTheCardsOwnIsNoDoubtAboutIt() {
        Identity identity = identify(
                line("Lunator 90 HP", 0.9, 0.06, 0.05, 0.7, 0.045),
                line("Rock Throw 30", 0.93, 0.2, 0.6, 0.4, 0.03),
                line("CRZ EN 062/159", 0.9, 0.06, 0.955, 0.3, 0.015));

        assertThat(identity.catalogId()).isEqualTo("swsh12pt5-62");
        assertThat(identity.evidence().get("catalogId").rationale()).doesNotContain("is not this card's");
        assertThat(identity.confidence()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aNumberWhoseSlashWasLostIsSplitWhereASetsTotalSays() {
        // 47/123 with its slash dropped: 47/23 splits at the 1, but no set prints 23; HeartGold SoulSilver prints 123
        Identity identity = identify(
                line("Miltank 80 HP", 0.9, 0.06, 0.05, 0.7, 0.045),
                line("0 47123 @", 0.8, 0.75, 0.94, 0.2, 0.03));

        assertThat(identity.number()).isEqualTo("47");
        assertThat(identity.printedTotal()).isEqualTo("123");
        assertThat(identity.catalogId()).isEqualTo("hgss1-47");
    }

    @Test
    void anHpReadWithoutItsMarkTellsThePrintingsOfANameApart() {
        // Corsola is printed at 50, 60, 70, 80 and 90 HP; the small "HP" read as a "w", no number read
        Identity identity = identify(
                line("BASIC", 0.95, 0.06, 0.03, 0.12, 0.02),
                line("Corsola", 0.96, 0.21, 0.06, 0.25, 0.04),
                line("w 80Q", 0.85, 0.74, 0.06, 0.15, 0.04),
                line("Rollout 20", 0.93, 0.2, 0.6, 0.4, 0.03));

        assertThat(identity.evidence().get("hp").value()).isEqualTo("80");
        assertThat(identity.candidates()).first().extracting(Candidate::catalogId).isEqualTo("sm1-36");
    }

    @Test
    void aLevelRunIntoTheLvXLogoIsNoPartOfTheName() {
        // Diamond & Pearl's Empoleon LV.X, 120/130, its level printed after the logo, the number a digit off
        Identity identity = identify(
                line("BASIC", 0.96, 0.06, 0.058, 0.1, 0.02),
                line("Empoleon LV.XLV.26 140", 0.74, 0.06, 0.071, 0.8, 0.045),
                line("420/130", 0.89, 0.8, 0.878, 0.12, 0.015));

        assertThat(identity.evidence().get("name").value()).isEqualTo("Empoleon LV.X");
        assertThat(identity.catalogId()).isEqualTo("dp1-120");
        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aNumberAtTheTopLeftOrALevelIsNoHp() {
        Identity identity = identify(
                line("Magneton LV.40", 0.92, 0.22, 0.07, 0.7, 0.04),
                line("20", 0.9, 0.1, 0.12, 0.05, 0.03));

        assertThat(identity.evidence()).doesNotContainKey("hp");
    }

    @Test
    void aLevelBesideTheNameTellsADiamondAndPearlCardFromItsNamesakesOfOtherSeries() {
        // Haunter is printed in Base Set, Fossil and Diamond & Pearl; no number read, only the level says which series
        Identity withLevel = identify(
                line("Haunter LV.46", 0.83, 0.06, 0.045, 0.6, 0.04),
                line("Body Slam 20", 0.96, 0.1, 0.633, 0.6, 0.02));
        Identity withoutLevel = identify(
                line("Haunter", 0.83, 0.06, 0.045, 0.3, 0.04),
                line("Body Slam 20", 0.96, 0.1, 0.633, 0.6, 0.02));

        assertThat(withLevel.catalogId()).isEqualTo("dp1-50");
        assertThat(withLevel.evidence().get("level").value()).isEqualTo("LV.46");
        // other Diamond & Pearl sets, not bundled, print Haunters too: a guess, offered as one
        assertThat(withLevel.confidence()).isLessThan(0.8);
        assertThat(withoutLevel.evidence()).doesNotContainKey("level");
        // without it the Haunters of every series tie
        assertThat(withoutLevel.candidates().get(0).score()).isEqualTo(withoutLevel.candidates().get(1).score());
        assertThat(withoutLevel.confidence()).isLessThan(withLevel.confidence());
    }

    @Test
    void aLevelOnAnotherLineThanTheNameSaysNothingOfTheSeries() {
        // older cards print the level by the artwork, far from the name
        Identity identity = identify(
                line("Haunter", 0.83, 0.06, 0.045, 0.3, 0.04),
                line("LV. 26 #93", 0.9, 0.6, 0.47, 0.3, 0.015),
                line("Body Slam 20", 0.96, 0.1, 0.633, 0.6, 0.02));

        assertThat(identity.evidence()).doesNotContainKey("level");
    }

    @Test
    void aNameReadWithALogoTheCardLacksIsAnotherCard() {
        // Sun & Moon's Lapras-GX 35/149, its set not bundled: XY's plain Lapras is 35/146, a total a digit off
        Identity identity = identifyWithout("sm1",
                line("Lapras-GX", 0.92, 0.06, 0.076, 0.3, 0.039),
                line("Ability Energy Trans", 0.96, 0.1, 0.552, 0.5, 0.028),
                line("Hyper Beam 140", 0.96, 0.1, 0.632, 0.8, 0.032),
                line("Sban Graphics", 0.86, 0.06, 0.911, 0.25, 0.026),
                line("& 35/149 &", 0.84, 0.8, 0.938, 0.15, 0.02));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Lapras-GX");
        assertThat(identity.number()).isEqualTo("35");
        assertThat(identity.printedTotal()).isEqualTo("149");
    }

    @Test
    void aNameOfSevenWordsIsReadWhole() {
        // Evolving Skies' Rapid Strike Scroll of the Flying Dragon, 153/203, its number misread a digit off
        Identity identity = identify(
                line("TRAINER RAPID STRIKE", 0.96, 0.06, 0.053, 0.5, 0.03),
                line("Rapid Strike Scroll of the Flying Dragon", 0.97, 0.06, 0.11, 0.8, 0.04),
                line("Draw cards until you have 6 cards in your hand.", 0.92, 0.08, 0.538, 0.8, 0.02),
                line("| [€] & 159/203 @", 0.70, 0.06, 0.964, 0.3, 0.015));

        assertThat(identity.evidence().get("name").value()).isEqualTo("Rapid Strike Scroll of the Flying Dragon");
        assertThat(identity.catalogId()).isEqualTo("swsh7-153");
        assertThat(identity.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aNumberReadSureADigitOffANamesakesIsAnotherPrintingNotAMisread() {
        // Expedition's Kadabra 84/165, its set not bundled: 151's Kadabra is 64/165, a digit off
        TextLine[] expedition = {
                line("Kadabra 70 HP", 0.95, 0.1, 0.06, 0.8, 0.04),
                line("Illus. Hajime Kusajima", 0.9, 0.06, 0.93, 0.3, 0.013),
                line("84/165", 0.93, 0.85, 0.95, 0.1, 0.015)};
        Identity sure = identifyWithout("ecard1", expedition);
        // the same digits read unsure may be 151's card misread
        expedition[2] = line("84/165", 0.6, 0.85, 0.95, 0.1, 0.015);
        Identity unsure = identifyWithout("ecard1", expedition);

        assertThat(sure.catalogId()).isNull();
        assertThat(sure.name()).isEqualTo("Kadabra");
        assertThat(sure.number()).isEqualTo("84");
        assertThat(sure.printedTotal()).isEqualTo("165");
        assertThat(unsure.catalogId()).isEqualTo("sv3pt5-64");
        assertThat(unsure.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aNamePrintedAndReadSureThatTheCatalogDoesNotKnowIsNotACardOfAnotherNameWithItsNumber() {
        // Gym Challenge's Transparent Walls 125/132, its set not bundled: Gym Heroes' 125/132 is Sabrina's Gaze
        Identity identity = identifyWithout("gym2",
                line("TRAINER", 0.95, 0.35, 0.05, 0.3, 0.03),
                line("Transparent Walls", 0.95, 0.1, 0.1, 0.6, 0.04),
                line("Illus. Keiji Kinebuchi", 0.9, 0.06, 0.93, 0.3, 0.013),
                line("125/132", 0.92, 0.85, 0.95, 0.1, 0.015));

        assertThat(identity.catalogId()).isNull();
        assertThat(identity.name()).isEqualTo("Transparent Walls");
        assertThat(identity.number()).isEqualTo("125");
        assertThat(identity.candidates()).extracting(Candidate::catalogId).contains("gym1-125");
    }

    /** As identified offline with the set's cards out of the catalog, as if they were not bundled. */
    private static Identity identifyWithout(String setId, TextLine... lines) {
        Catalog without = new Catalog(CATALOG.sets(), CATALOG.cards().stream().filter(card -> !card.setId().equals(setId)).toList());
        return identify(LocalReadingPath.offline(without), lines);
    }

    private static Identity identify(TextLine... lines) {
        return identify(IDENTIFIER, lines);
    }

    private static Identity identify(CardIdentifier identifier, TextLine... lines) {
        Extraction extraction = new Extraction(List.of(lines), List.of(), "rekognition", List.of());
        return identifier.identify(extraction, Hints.NONE, VisualHints.NONE).identity();
    }

    /** A line of one confidence, its words spread over its box. */
    private static TextLine line(String text, double confidence, double left, double top, double width, double height) {
        String[] split = text.split(" ");
        List<Word> words = new ArrayList<>();
        double wordWidth = width / split.length;
        for (int i = 0; i < split.length; i++) {
            words.add(new Word(split[i], confidence, new Box(left + i * wordWidth, top, wordWidth, height)));
        }
        return new TextLine(text, confidence, new Box(left, top, width, height), null, words);
    }
}

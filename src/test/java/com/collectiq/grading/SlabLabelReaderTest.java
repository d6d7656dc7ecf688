package com.collectiq.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.extraction.Extraction;
import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.Extraction.TextLine;
import com.collectiq.extraction.Extraction.Word;

/**
 * The label reader on lines as OCR engines return them: columns run together, letters read for
 * digits, the grade printed larger than the rest. Each label's wording follows the grader's public
 * label layout.
 */
class SlabLabelReaderTest {

    private final SlabLabelReader reader = new SlabLabelReader();

    @Test
    void readsAPsaLabelWhoseColumnsRanTogether() {
        LabelReading read = reader.read(label(
                line(0.05, "1999 POKEMON GAME", "#4"),
                line(0.05, "CHARIZARD-HOLO", "GEM MT"),
                line(0.05, "1ST EDITION"),
                big("10"),
                line(0.05, "PSA", "12345678"))).orElseThrow();

        assertThat(read.grader()).isEqualTo(Grader.PSA);
        assertThat(read.grade()).isEqualTo("10");
        assertThat(read.qualifier()).isEqualTo("GEM MT");
        assertThat(read.certNumber()).isEqualTo("12345678");
        assertThat(read.cardNumber()).isEqualTo("4");
        assertThat(read.description()).contains("CHARIZARD-HOLO").contains("1999").doesNotContain("12345678");
        assertThat(read.confidence()).isGreaterThan(0.6);
    }

    @Test
    void undoesLettersReadForDigitsInTheGradeAndTheCertificate() {
        LabelReading read = reader.read(label(line(0.05, "PSA"), big("1O"), line(0.05, "CERT", "4O1Z3S67"))).orElseThrow();

        assertThat(read.grade()).isEqualTo("10");
        assertThat(read.certNumber()).isEqualTo("40123567");
    }

    @Test
    void takesTheLargestNumberAsTheGradeNotTheSubGrades() {
        LabelReading read = reader.read(label(
                line(0.05, "BECKETT"),
                line(0.05, "CENTERING", "9.5", "CORNERS", "9"),
                line(0.05, "EDGES", "9.5", "SURFACE", "10"),
                big("9.5"),
                line(0.05, "GEM MINT"),
                line(0.05, "0012345678"))).orElseThrow();

        assertThat(read.grader()).isEqualTo(Grader.BGS);
        assertThat(read.grade()).isEqualTo("9.5");
        assertThat(read.subGrades()).containsEntry("centering", "9.5").containsEntry("corners", "9")
                .containsEntry("edges", "9.5").containsEntry("surface", "10");
        assertThat(read.certNumber()).isEqualTo("0012345678");
    }

    @Test
    void aBlackLabelIsAPristineTen() {
        LabelReading read = reader.read(label(line(0.05, "BGS", "BLACK LABEL"), line(0.05, "PRISTINE"), big("10"),
                line(0.05, "0001234567"))).orElseThrow();

        assertThat(read.grade()).isEqualTo("10");
        assertThat(read.qualifier()).isEqualTo("BLACK LABEL");
    }

    @Test
    void anAuthenticLabelHasNoGrade() {
        LabelReading read = reader.read(label(line(0.05, "2016 POKEMON XY EVOLUTIONS #11"),
                line(0.05, "PSA", "AUTHENTIC"), line(0.05, "87654321"))).orElseThrow();

        assertThat(read.graded()).isTrue();
        assertThat(read.grade()).isNull();
        assertThat(read.qualifier()).isEqualTo(Grader.AUTHENTIC);
    }

    @Test
    void readsATagCertificateWithItsLetter() {
        LabelReading read = reader.read(label(line(0.05, "TAG"), line(0.05, "GEM MINT"), big("10"),
                line(0.05, "C1234567"))).orElseThrow();

        assertThat(read.grader()).isEqualTo(Grader.TAG);
        assertThat(read.certNumber()).isEqualTo("C1234567");
    }

    @Test
    void keepsATagCertificatesLetterAsReadAndTurnsADigitReadForItBack() {
        LabelReading lettered = reader.read(label(line(0.05, "TAG"), line(0.05, "EX"), big("5"),
                line(0.05, "L2048445"))).orElseThrow();
        LabelReading digitFirst = reader.read(label(line(0.05, "TAG"), line(0.05, "EX"), big("5"),
                line(0.05, "02048445"))).orElseThrow();

        assertThat(lettered.certNumber()).isEqualTo("L2048445");
        assertThat(digitFirst.certNumber()).isEqualTo("O2048445");
    }

    @Test
    void notesWhatAFakeLabelGetsWrong() {
        LabelReading read = reader.read(label(line(0.05, "PSA", "GEM MT"), big("9"), line(0.05, "CERT", "1234567890")))
                .orElseThrow();

        assertThat(read.grade()).isEqualTo("9");
        assertThat(read.certNumber()).isNull();
        assertThat(read.otherNumbers()).containsExactly("1234567890");
        assertThat(read.otherGradeWords()).containsExactly("GEM MT");
    }

    @Test
    void aCardNamedTagTeamIsNotATagLabel() {
        assertThat(reader.read(label(line(0.05, "PIKACHU & ZEKROM GX"), line(0.05, "TAG TEAM"), line(0.05, "33/181"))))
                .isEmpty();
    }

    @Test
    void aRawCardsTextIsNoLabel() {
        assertThat(reader.read(label(line(0.05, "Charizard", "120 HP"), line(0.05, "Fire Spin", "100"),
                line(0.05, "Illus. Mitsuhiro Arita"), line(0.05, "4/102")))).isEmpty();
        assertThat(reader.read(label())).isEmpty();
    }

    @Test
    void aGradeOffTheGradersScaleIsNotTaken() {
        LabelReading read = reader.read(label(line(0.05, "PSA", "MINT"), big("9.5"), line(0.05, "23456789")))
                .orElseThrow();

        assertThat(read.grade()).as("PSA gives no 9.5: a misread, not a grade").isNull();
        assertThat(read.graded()).as("its certificate still makes it a PSA label").isTrue();
    }

    @Test
    void takesTheGradeItsWordsNameWhenItsNumberWasNotRead() {
        LabelReading read = reader.read(label(line(0.05, "CGC", "CARDS"), line(0.05, "Mint"),
                line(0.05, "1881186948"))).orElseThrow();

        assertThat(read.grade()).isEqualTo("9");
        assertThat(read.qualifier()).isEqualTo("MINT");
        assertThat(read.gradeConfidence()).as("less sure than a number read").isLessThan(0.9);
    }

    @Test
    void takesCgcsAndSgcsHalfGradeWordsAsTheirScalesPrintThem() {
        // CGC's and SGC's published scales: "Ex/NM+ 6.5", "VG/Ex+ 4.5", "EX+ 5.5"; the number unread
        // under glare, the words alone name the grade
        LabelReading cgc = reader.read(label(line(0.05, "CGC", "CARDS"), line(0.05, "Ex/NM+"),
                line(0.05, "6530085638"))).orElseThrow();
        LabelReading sgc = reader.read(label(line(0.05, "SGC"), line(0.05, "VG/EX+"), line(0.05, "1827172957")))
                .orElseThrow();
        LabelReading sgcNumber = reader.read(label(line(0.05, "SGC"), line(0.05, "EX+"), big("5.5"),
                line(0.05, "1827172957"))).orElseThrow();

        assertThat(cgc.grade()).isEqualTo("6.5");
        assertThat(cgc.qualifier()).isEqualTo("EX/NM+");
        assertThat(sgc.grade()).isEqualTo("4.5");
        assertThat(sgcNumber.qualifier()).as("the words that go with a 5.5").isEqualTo("EX+");
        assertThat(sgcNumber.otherGradeWords()).as("no other grade's words: no fake label's tell").isEmpty();
    }

    @Test
    void wordsOfTwoGradesNameNoGrade() {
        LabelReading read = reader.read(label(line(0.05, "PSA"), line(0.05, "GEM MT"), line(0.05, "MINT"),
                line(0.05, "23456789"))).orElseThrow();

        assertThat(read.grade()).isNull();
        assertThat(read.certNumber()).isEqualTo("23456789");
    }

    @Test
    void joinsAHalfGradeWhosePointWasLost() {
        LabelReading split = reader.read(label(line(0.05, "BECKETT"), line(0.05, "GEM MINT"), line(0.2, "9", "5"),
                line(0.05, "0012345678"))).orElseThrow();
        LabelReading runTogether = reader.read(label(line(0.05, "BECKETT"), line(0.05, "GEM MINT"), big("95"),
                line(0.05, "0012345678"))).orElseThrow();

        assertThat(split.grade()).isEqualTo("9.5");
        assertThat(runTogether.grade()).isEqualTo("9.5");
    }

    @Test
    void aNumberInTheDescriptionIsNoHalfGrade() {
        LabelReading read = reader.read(label(line(0.05, "PSA", "MINT"), line(0.05, "POKEMON", "95"), big("9"),
                line(0.05, "23456789"))).orElseThrow();

        assertThat(read.grade()).isEqualTo("9");
    }

    @Test
    void aDigitReadOffAHairlineIsNoGrade() {
        // an SGC altered label as Tesseract read it under glare: "ALTERED" left as "ED", and a 4
        // read off a hairline a tenth of the text's height
        LabelReading read = reader.read(label(line(0.06, "SGC"), line(0.05, "ED"),
                line(0.04, "2021", "POKEMON", "EVOLVING", "SKIES"), line(0.04, "#234", "TURFFIELD", "STADIUM", "FULL", "AR"),
                line(0.04, "1766963436"), line(0.004, "4;"))).orElseThrow();

        assertThat(read.grade()).isNull();
        assertThat(read.certNumber()).isEqualTo("1766963436");
        assertThat(read.graded()).isTrue();
    }

    @Test
    void aLabelsSubGradesAndItsGradeWordsBesideTheirNumberPartGradersItsCertificateFitsAlike() {
        // an ACE label as Tesseract read it, its name cut to "E GRADI": "GEM MINT" and an 8-digit
        // certificate fit PSA, BGS, SGC and ACE alike (and TAG, the first digit taken for its letter);
        // sub-grades rule out PSA and SGC, and "GEM MINT" beside a 10 is BGS's 9.5, ACE's 10
        LabelReading read = reader.read(label(line(0.045, "E", "GRADI"), line(0.05, "GEM MINT"), line(0.05, "ARADO"),
                line(0.05, "ENA", "EX"), line(0.05, "L", "ART", "#220"), line(0.03, "CORNERS"), line(0.03, "EDGES"),
                line(0.03, "SURFACE"), big("10"), line(0.05, "10"), line(0.05, "10"), line(0.05, "3"),
                line(0.045, "63873170"), line(0.05, "9"))).orElseThrow();

        assertThat(read.grader()).isEqualTo(Grader.ACE);
        assertThat(read.grade()).isEqualTo("10");
        assertThat(read.certNumber()).isEqualTo("63873170");
        assertThat(read.graderConfidence()).as("a hint of the layout, not a name read").isLessThan(0.5);
    }

    @Test
    void gradeWordsBesideTheirNumberThatOnlyOneGraderPairsNameIt() {
        // a PSA label as Tesseract read it under glare, its name and certificate lost: "GEM MT" beside
        // a 10 printed large is PSA's alone
        LabelReading read = reader.read(label(line(0.046, "PASE", "SET2"), line(0.046, "#10"), line(0.046, "GEM", "MT"),
                line(0.091, "10"), line(0.046, "4"), line(0.025, "200"))).orElseThrow();

        assertThat(read.grader()).isEqualTo(Grader.PSA);
        assertThat(read.grade()).isEqualTo("10");
        assertThat(read.certNumber()).isNull();
    }

    @Test
    void aGradersNameReadOutweighsAPairOfWordsAndGradeOnlyAnotherPrints() {
        // an ACE label as Tesseract read it: its name read clearly, "EX-NM" beside a 6 (a pair on
        // SGC's list), and a certificate that lost a digit to a 7-digit shape SGC prints
        LabelReading read = reader.read(label(line(0.048, "ACE", "GRADING"), line(0.042, "EX-NM"),
                line(0.04, "2002", "LEGENDARY", "COLLECTION"), line(0.042, "DARK", "DRAGONITE", "HOLO", "#5"),
                line(0.024, "CENTRING"), line(0.024, "CORNERS"), line(0.022, "EDGES"), line(0.022, "SURFACE"),
                line(0.046, "7"), line(0.046, "5"), line(0.046, "6"), line(0.053, "7750592"), line(0.144, "6"),
                line(0.046, "7"))).orElseThrow();

        assertThat(read.grader()).isEqualTo(Grader.ACE);
        assertThat(read.grade()).isEqualTo("6");
    }

    @Test
    void aLargeGradeReadAsTheStartOfTheGradeItsWordsNameIsThatGrade() {
        // a TAG label as Tesseract read it (slab 28 of seed 20261205): the large 10 in its dark box
        // read as "1", the 0 lost; "GEM MINT" above it names TAG's 10 alone, and the sub-grades' 10s
        // are printed at text size
        LabelReading read = reader.read(label(line(0.056, "AG"), line(0.04, "POKEMON", "SUN", "MOON"),
                line(0.042, "LGALEO-GX", "#155", "FULL", "ART"), line(0.022, "CENTER"), line(0.022, "CORNERS"),
                line(0.024, "EDGES"), line(0.022, "SURFACE"), line(0.04, "10"), line(0.038, "9.5"), line(0.04, "10"),
                line(0.038, "9.5"), line(0.04, "U0716362"), line(0.044, "GEM", "MINT"), line(0.042, "2017"),
                line(0.151, "1"))).orElseThrow();

        assertThat(read.grader()).isEqualTo(Grader.TAG);
        assertThat(read.grade()).isEqualTo("10");
        assertThat(read.qualifier()).isEqualTo("GEM MINT");
        assertThat(read.gradeConfidence()).as("no surer than a grade read from its words alone").isLessThan(0.9);
        assertThat(read.certNumber()).isEqualTo("U0716362");
    }

    @Test
    void aLargeNumberTheWordsDoNotNameIsKept() {
        // "MINT" names a 9: a large 1 is not the start of it, and stays a grade of 1 beside words of another
        LabelReading read = reader.read(label(line(0.05, "PSA"), line(0.05, "MINT"), big("1"),
                line(0.05, "23456789"))).orElseThrow();

        assertThat(read.grade()).isEqualTo("1");
    }

    @Test
    void gradeWordsBesideANumberSeveralGradersPairNameNoGrader() {
        // "GEM MINT" beside a 10 is PSA's, CGC's, SGC's, TAG's and ACE's: without a name or a
        // certificate, no grader's label
        assertThat(reader.read(label(line(0.046, "GEM MINT"), line(0.046, "EMON", "PALDEA", "EVOLVED"),
                line(0.091, "10"), line(0.046, "2023"), line(0.046, "#259")))).isEmpty();
    }

    @Test
    void aHalfGradeWhoseDigitsTwoReadingsReadOneEachIsWhole() {
        // an SGC label as Tesseract read it (slab 141 of seed 20261205): the large 5.5's point lost,
        // its first 5 joined to the description's line by one reading, its second read alone by another
        LabelReading read = reader.read(label(line(0.05, "1827172957"), line(0.05, "POKEMON", "PARADOX", "RIFT"),
                new TextLine("#262 ROARING MOON 5", 0.9, new Box(0.1, 0.3, 0.75, 0.15), null, List.of(
                        new Word("#262", 0.9, new Box(0.1, 0.35, 0.1, 0.05)), new Word("ROARING", 0.9, new Box(0.25, 0.35, 0.2, 0.05)),
                        new Word("MOON", 0.9, new Box(0.5, 0.35, 0.1, 0.05)), new Word("5", 0.9, new Box(0.72, 0.3, 0.06, 0.15)))),
                line(0.05, "SGC"), at(0.82, 0.31, 0.06, 0.14, "5"))).orElseThrow();

        assertThat(read.grade()).isEqualTo("5.5");
    }

    @Test
    void twoLargeDigitsApartAreNoHalfGrade() {
        LabelReading read = reader.read(label(line(0.05, "SGC"), line(0.05, "1827172957"),
                at(0.1, 0.3, 0.06, 0.15, "9"), at(0.6, 0.3, 0.06, 0.15, "5"))).orElseThrow();

        assertThat(read.grade()).isNotEqualTo("9.5");
    }

    @Test
    void subGradeValuesReadOnLinesOfTheirOwnGiveWayToTheGradeWords() {
        // a TAG label as Tesseract read it (slab 52 of seed 20261205): the large 9 in its dark box
        // unread, the sub-grades' values each on a line apart from their names; "MINT" names a 9
        LabelReading read = reader.read(label(line(0.055, "TAG"), line(0.045, "MINT"),
                line(0.04, "2023", "POKEMON", "PARADOX", "RIFT"), line(0.04, "GOLISOPOD", "EX", "#246", "FULL", "ART"),
                line(0.022, "CENTER"), line(0.022, "CORNERS"), line(0.022, "EDGES"), line(0.04, "9.5"),
                line(0.04, "9.5"), line(0.04, "8.5"), line(0.04, "95"), line(0.04, "581969"))).orElseThrow();

        assertThat(read.grade()).isEqualTo("9");
        assertThat(read.qualifier()).isEqualTo("MINT");
    }

    @Test
    void aLargeGradeRunIntoTheLineOfTheSubGradesNamesIsTheGrade() {
        // a TAG label as Tesseract read it (slab 58 of seed 20261205): one reading ran the large 10
        // into the line of the names beside it
        LabelReading read = reader.read(label(line(0.055, "TAG"), line(0.04, "2023", "POKEMON", "PALDEA"),
                line(0.022, "CENTER"), line(0.04, "9"), line(0.04, "9.5"), line(0.068, "R1843701"),
                new TextLine("CORNERS EDGES 10", 0.9, new Box(0.1, 0.5, 0.8, 0.144), null, List.of(
                        new Word("CORNERS", 0.9, new Box(0.1, 0.5, 0.2, 0.055)), new Word("EDGES", 0.9, new Box(0.35, 0.5, 0.2, 0.055)),
                        new Word("10", 0.9, new Box(0.8, 0.5, 0.1, 0.144)))))).orElseThrow();

        assertThat(read.grade()).isEqualTo("10");
    }

    @Test
    void aTenDigitCertificateWithoutBeckettsLeadingZeroPartsCgcFromBgs() {
        // a CGC Pristine 10 as Tesseract read it (slab 38 of seed 20261205), "CGC" lost from its band:
        // "PRISTINE" beside a 10 and a 10-digit number fit BGS too, but Beckett pads its serials with zeros
        LabelReading read = reader.read(label(line(0.05, "Armarouge", "Full", "Art"), line(0.05, "Pristine"),
                line(0.05, "Violet", "#203"), line(0.05, "Pokémon", "(2023)"), big("10"), line(0.05, "3813529104"),
                line(0.05, "Scarlet", "j"), line(0.05, "CARDS"))).orElseThrow();

        assertThat(read.grader()).isEqualTo(Grader.CGC);
        assertThat(read.certNumber()).isEqualTo("3813529104");
    }

    @Test
    void tagsAndAcesSixReadsExNm() {
        LabelReading read = reader.read(label(line(0.055, "TAG"), line(0.045, "EX-NM"), line(0.022, "CENTER"),
                line(0.022, "EDGES"), line(0.04, "6.5"), line(0.04, "5.5"), line(0.04, "Q9859928"))).orElseThrow();

        assertThat(read.grade()).isEqualTo("6");
        assertThat(read.qualifier()).isEqualTo("EX-NM");
    }

    @Test
    void aSevenReadForTagsLetterIsItsT() {
        // slab 46 of seed 20261205: T1118521 read as 71118521
        LabelReading read = reader.read(label(line(0.055, "TAG"), line(0.045, "GEM MINT"), big("10"),
                line(0.045, "71118521"))).orElseThrow();

        assertThat(read.certNumber()).isEqualTo("T1118521");
    }

    @Test
    void aGradersNameReadInLowerCaseIsJunkNotItsName() {
        // a BGS Black Label as Tesseract read it under glare (slab 109 of seed 20261205): "BECKETT"
        // lost, its certificate unread, "ace" read among the sub-grades' marks
        assertThat(reader.read(label(line(0.05, "RADING"), line(0.04, "EDGES"), line(0.05, "10"), line(0.05, "10"),
                line(0.05, "PRISTINE"), big("10"), line(0.05, "CORNTRS", "ace")))).isEmpty();
    }

    private static Extraction label(TextLine... lines) {
        return new Extraction(List.of(lines), List.of(), "test", List.of());
    }

    private static TextLine big(String text) {
        return line(0.2, text);
    }

    /** One word read alone at this place on the label. */
    private static TextLine at(double left, double top, double width, double height, String text) {
        Box box = new Box(left, top, width, height);
        return new TextLine(text, 0.9, box, null, List.of(new Word(text, 0.9, box)));
    }

    private static TextLine line(double height, String... words) {
        List<Word> read = new ArrayList<>();
        for (String word : words) {
            read.add(new Word(word, 0.9, new Box(0.1, 0.1, 0.2, height)));
        }
        return new TextLine(String.join(" ", words), 0.9, new Box(0.1, 0.1, 0.8, height), null, read);
    }
}

package com.collectiq.extraction.tesseract;

import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.collectiq.extraction.Extraction.Box;
import com.collectiq.extraction.tesseract.TesseractEngine.ReadLine;
import com.collectiq.extraction.tesseract.TesseractEngine.ReadWord;
import com.collectiq.extraction.tesseract.TesseractEngine.WordSpan;

/**
 * Reads all the text of a card (or of a whole photo) with one engine: the whole image at once, as a
 * page, in whichever of the four quarter turns reads best, then the small print that carries the
 * collector number again at a larger scale. Knows nothing of where a layout prints what: the second
 * look is placed where the first one found number-like text, or at the lowest lines it found.
 */
final class CardReader {

    /** What a card is read at: a card's body text stands some 20 px tall, its name some 40. */
    static final double CARD_PIXELS_PER_MM = 12;
    /** The short side of a card, in millimetres. */
    static final double CARD_WIDTH_MM = 63;
    /** Whole photos are shrunk to this long side: enough for a card's larger print; OCR time grows with pixels. */
    static final int WHOLE_PHOTO_MAX_SIDE = 2400;
    /**
     * Whole photos are first read in every turn at this long side, under half the pixels: the
     * upright turn reads far better than the others even there, and only it is read in full.
     * (At 1200 px a card filling a fifth of the frame no longer showed which turn was upright.)
     */
    private static final int WHOLE_PHOTO_SURVEY_SIDE = 1600;

    /** A turn whose words are read this sure on average, over enough text, is taken without trying others. */
    private static final double UPRIGHT_CONFIDENCE = 0.7;
    /**
     * A card's page reading this sure on average, over enough text, is taken without trying other
     * turns: on 62 cards of {@code LocalReadingProbe}'s photos (seed 20261205), page readings of the
     * right way up averaged 0.38 to 0.94, of the other way up 0.10 to 0.29; at 0.7, a card whose
     * right way up was tried first was read the other way too one time in three.
     */
    private static final double CARD_UPRIGHT_CONFIDENCE = 0.5;
    private static final double NEARLY_AS_LEGIBLE = 0.8;
    /** A turn read this many times as legibly as the other is the card's way up. */
    private static final double CLEARLY_MORE_LEGIBLE = 3;
    /**
     * Characters a later turn must read beyond that before it is preferred: one short word, read
     * out of blur or a pattern in any turn, does not turn a card.
     */
    private static final double LEGIBILITY_SLACK = 4;
    private static final int UPRIGHT_MIN_CHARACTERS = 12;
    /** A word counts towards legibility when read at least this sure and at least this long. */
    private static final double LEGIBLE_WORD = 0.5;
    private static final int LEGIBLE_LENGTH = 2;

    /** The small print is read again so its capitals stand about this tall, in pixels. */
    private static final double SMALL_PRINT_HEIGHT = 36;
    private static final double MAX_ENLARGEMENT = 5;
    /** Lines whose bottom is below this share of the card are the card's foot, where numbers are printed. */
    private static final double FOOT = 0.85;
    /** Where no number was read, the card below this share of its height is read again on its own... */
    private static final double FOOT_BAND = 0.88;
    /** ...at this scale: the number stands some 1.5 mm tall, 27 px here (18 at {@link #CARD_PIXELS_PER_MM}). */
    private static final double FOOT_PIXELS_PER_MM = 18;
    /**
     * The foot's ink is read at this scale: the number some 45 px tall. At 18 px/mm it read none of
     * {@code 49/123}, {@code 048/203}, {@code 120/091} off cards photographed at 5 to 7 px/mm, and
     * took misreads read surer ({@code 94/149}, {@code 42/162}) over numbers read right but unsure.
     */
    private static final double FOOT_INK_PIXELS_PER_MM = 30;
    /**
     * The blur a number's print is sharpened against ({@link UnsharpMask}), in mm of the card: a card
     * photographed at 3 to 6 px/mm is enlarged to its reading scale by interpolation, which spreads
     * each edge over a pixel of the photo, 0.2 to 0.35 mm. Tried at 0.25, 0.375 and 0.5 mm on the
     * feet of five cards whose number was misread or missed: 0.375 read the most right.
     */
    private static final double NUMBER_BLUR_MM = 0.375;
    /**
     * ...and pushed this many times its difference from that blur: 5 read fewer right; 2 read one
     * more of the five, less sure, and is untried in the whole reading.
     */
    private static final double NUMBER_SHARPENING = 3;
    /**
     * A number read off the foot sharpened is taken only this sure: on a card too small to read,
     * sharpening steepens the noise too, read as a number at 0.35 to 0.48 ({@code #8/109} for
     * 88/109, {@code 4/48} for 103/109); the numbers it read right came at 0.55 to 0.88.
     */
    private static final double SHARPENED_FOOT_NUMBER = 0.5;
    /** Bright strokes up to 17 px wide at {@link #CARD_PIXELS_PER_MM} (1.4 mm): a name's letters, not the art. */
    private static final int BRIGHT_STROKE_RADIUS = 8;
    /**
     * The ground of dark print is the brightest pixel within 21 px at {@link #CARD_PIXELS_PER_MM}
     * (1.75 mm): wider than a name's strokes, narrower than a glare band's fall-off.
     */
    private static final int EVEN_LIGHT_RADIUS = 10;
    /**
     * A line that may be the name is read again so its box stands this tall, in pixels, shrunk or
     * enlarged: as tall as the small print is read ({@link #SMALL_PRINT_HEIGHT}), where the name of a
     * card photographed small and blurred, enlarged four times to be read, reads again as itself
     * ({@code “Mudkip} read 0.54 in the whole card, {@code Mudkip} 0.89 on its own at this height).
     */
    private static final double NAME_LINE_HEIGHT = 36;
    /** A number read less sure than this is read again from the card's foot on its own. */
    private static final double SURE_NUMBER = 0.7;
    /** The name or the number missing, the card down to this share of its height is read again as sparse text. */
    private static final double NAME_BAND = 0.3;
    /** Lines whose top is above this share of the card are in its top part, where names are printed. */
    private static final double TOP = 0.2;
    /**
     * A card's name stands at least this share of the card's height (its line box, some 2 mm; the
     * stage and evolution lines printed beside it are about half as tall).
     */
    private static final double NAME_HEIGHT = 0.02;
    /**
     * A word of the evolution line printed above or beside the name ({@code Evolves from Gyarlin}) as
     * OCR reads it ({@code EvoWves}, {@code trom}, {@code tom}): read sure on its own, it is no name.
     */
    private static final Pattern EVOLUTION_WORD = Pattern.compile("(?i)evo\\p{L}{0,2}ves|[ft]r?om");
    /**
     * A banner printed in the top part as large as a name, and no name: a trainer's or an energy's
     * kind, a Pokémon's stage, with a fragment of one or two letters beside it (the banner's other
     * end cut short, {@code ER SUPPORTER}, or a mark read as a letter, {@code A SUPPORTER}). A page
     * reading that found only such a line there has not read the name.
     */
    private static final String BANNER_WORD =
            "(?:trainer|supporter|item|stadium|tool|pok[eé]mon|basic|special|energy|stage\\s*[12lI]|ace\\s+spec)";
    private static final Pattern BANNER = Pattern.compile(
            "(?i)^(?=.*\\b" + BANNER_WORD + "\\b)(?:\\W*\\b(?:" + BANNER_WORD + "|\\p{L}{1,2})\\b\\W*)+$");
    /**
     * A modern foot's set code before its language ({@code MEW EN}, or run together: {@code SVIEN}):
     * it names the set where the number beside it is too blurred to read.
     */
    private static final Pattern SET_CODE_LIKE = Pattern.compile("\\b[A-Z][A-Z0-9]{1,3}\\s?[E€]N\\b");
    /**
     * A run of four to seven digits at the foot, not a year: a collector number whose slash OCR read
     * as a 1 or lost ({@code 42123}, {@code 67i23}); identification takes it apart.
     */
    private static final Pattern SLASH_LOST_LIKE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?!(?:19|20)\\d\\d(?!\\p{N}))\\d[0-9OoIlSBi]{2,5}\\d(?![\\p{L}\\p{N}])");
    /**
     * A later reading's word replaces words another reading read sure where it is this much surer and
     * {@link #LARGER_PRINT} times their height (see {@link #join}).
     */
    private static final double CLEARLY_SURER = 0.15;
    private static final double LARGER_PRINT = 1.3;
    /** Labels are read again as one block at this share of their 12 to 20 px/mm (see {@link #readLabel}). */
    private static final double LABEL_BLOCK_SCALE = 0.5;
    /**
     * Seven to twelve capitals and digits, mostly digits or letters OCR reads for them: a slab's
     * certificate number as read (graders print 7 to 10 digits, TAG a letter before them).
     */
    private static final Pattern CERTIFICATE_LIKE = Pattern.compile("#?[A-Z0-9]?[0-9OoIlSBZGgDQ]{6,11}[.,]?");
    private static final String CERTIFICATE_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    /**
     * Six to twelve letters and digits, two of them digits at least: a certificate number the reading
     * of the whole label garbled past {@link #CERTIFICATE_LIKE} (small print run into its barcode reads
     * as {@code e7eooo04} or {@code co47eoo8}), worth reading again on its own.
     */
    private static final Pattern CERTIFICATE_GARBLED = Pattern.compile("#?(?=(?:\\D*\\d){2})[A-Za-z0-9]{6,12}[.,]?");
    /**
     * Seven to twelve letters and digits the engine could not read as anything (below this
     * confidence): a certificate's small digits light on a dark label, read as lower-case letters of
     * like shape ({@code sessaaos} for 32844408), worth reading again as digits.
     */
    private static final Pattern CERTIFICATE_UNREAD = Pattern.compile("[A-Za-z0-9]{7,12}");
    private static final double UNREAD = 0.3;
    /** One capital before the digits: the certificate's shape where a grader prints a letter first (TAG). */
    private static final Pattern LETTER_BEFORE_DIGITS = Pattern.compile("#?[A-Z]\\d{6,11}[.,]?");
    /** {@code 4/102}, {@code 063/198}, {@code TG12/TG30} as OCR may garble them; or a promo {@code SWSH020}. */
    static final Pattern NUMBER_LIKE = Pattern.compile(
            "[0-9OoIlSB]{1,3}\\s?[/⁄]\\s?[A-Z]{0,2}[0-9OoIlSB]{1,3}|\\b(?:SWSH|SM|SV|XY|BW|DP|HGSS)\\s?[0-9O]{2,3}\\b");

    /** One reading of the image in one turn: the lines and the image they were read from. */
    record Pass(QuarterTurn turn, BufferedImage upright, RegionImage image, List<ReadLine> lines) {

        /**
         * Characters of letters and digits read with some confidence, weighted by it. Only words
         * that run across the image count: Tesseract now and then recognises a word lying a quarter
         * turn from the others (and reads it well), which says the card is the other way round.
         */
        double legibility() {
            double sum = 0;
            for (ReadLine line : lines) {
                for (ReadWord word : line.words()) {
                    long characters = word.text().codePoints().filter(Character::isLetterOrDigit).count();
                    if (characters >= LEGIBLE_LENGTH && word.confidence() >= LEGIBLE_WORD && runsAcross(word)) {
                        sum += characters * word.confidence();
                    }
                }
            }
            return sum;
        }

        /**
         * The mean confidence of the words of three letters or digits or more, each weighted by its
         * length: the symbols printed among the words (energy marks, the rarity) are read as short
         * unsure words upright too.
         */
        double meanConfidence() {
            double weighted = 0;
            double characters = 0;
            for (ReadLine line : lines) {
                for (ReadWord word : line.words()) {
                    long length = word.text().codePoints().filter(Character::isLetterOrDigit).count();
                    if (length >= 3) {
                        weighted += length * word.confidence();
                        characters += length;
                    }
                }
            }
            return characters == 0 ? 0 : weighted / characters;
        }

        /** A word of several letters whose box is wider than tall: read along a line of this turn. */
        private static boolean runsAcross(ReadWord word) {
            return word.right() - word.left() > word.bottom() - word.top();
        }

        boolean readsUpright() {
            return readsUpright(UPRIGHT_CONFIDENCE);
        }

        boolean readsUpright(double leastMeanConfidence) {
            return meanConfidence() >= leastMeanConfidence && legibility() >= UPRIGHT_MIN_CHARACTERS;
        }

        /** A card's page reading reads upright at a lower mean confidence than a label's or a photo's sparse one. */
        boolean readsCardUpright() {
            return readsUpright(CARD_UPRIGHT_CONFIDENCE);
        }
    }

    /** What was read, each line with its box in the upright image's coordinates (fractions). */
    record Read(QuarterTurn turn, List<Line> lines, int turnsTried) {
    }

    /** A line as read, with its words' boxes in the upright image's fractions. */
    record Line(List<ReadWord> words, List<Box> boxes) {

        String text() {
            return new ReadLine(words).text();
        }
    }

    private final TesseractEngine engine;

    CardReader(TesseractEngine engine) {
        this.engine = engine;
    }

    /**
     * A card cut out of its photo, portrait or not: read as a page, its number line read again. The
     * turns along the card's length (upright or upside down; a card's text runs across its short
     * side) are tried first, and read again as sparse text when no page reading of them reads
     * upright: page segmentation now and then takes a whole card, border and all, for a picture and
     * drops every line in it, while the quarter turns read a stray line or two (a turn read far more
     * legibly than the other is the only one read so). Only when neither reading reads the card
     * upright are the quarter turns tried, for cards printed sideways. The turn chosen, still without
     * its name or number, is read again as sparse text ({@link #withMissingText}), then, still
     * without one, as its bright strokes (full arts), and, still without its name, with its light
     * evened out (glare over a card photographed small), then its top part as a page on its own (a
     * name under a banner), then as the bright strokes its outlines close in (a full art's outlined name),
     * then each unsure line where a name may be on its own ({@link #withNameLinesReadAgain}).
     */
    Read readCard(BufferedImage card) {
        BufferedImage grey = grey(card);
        boolean landscape = grey.getWidth() > grey.getHeight();
        List<QuarterTurn> along = landscape
                ? List.of(QuarterTurn.CLOCKWISE, QuarterTurn.ANTICLOCKWISE) : List.of(QuarterTurn.NONE, QuarterTurn.HALF);
        List<QuarterTurn> across = landscape
                ? List.of(QuarterTurn.NONE, QuarterTurn.HALF) : List.of(QuarterTurn.CLOCKWISE, QuarterTurn.ANTICLOCKWISE);
        List<Pass> passes = pageReadings(grey, along);
        boolean filled = passes.stream().noneMatch(Pass::readsCardUpright);
        if (filled) {
            keepClearlyMoreLegible(passes);
            passes.replaceAll(this::withSparseText);
            if (passes.stream().noneMatch(Pass::readsCardUpright)) {
                passes.addAll(pageReadings(grey, across));
            }
        }
        Pass best = best(passes);
        Pass read = withEnclosedStrokes(withNameBand(withEvenLight(withBrightText(
                filled && along.contains(best.turn()) ? best : withMissingText(best)))));
        return new Read(best.turn(), refineSmallPrint(withNameLinesReadAgain(read), read.upright()), passes.size());
    }

    /**
     * Drops the other turn when one turn's page reading reads far more than the other's: the card's
     * way up is settled, and only that turn is worth a sparse reading.
     */
    private static void keepClearlyMoreLegible(List<Pass> passes) {
        if (passes.size() != 2) {
            return;
        }
        Pass first = passes.get(0);
        Pass second = passes.get(1);
        double more = Math.max(first.legibility(), second.legibility());
        double less = Math.min(first.legibility(), second.legibility());
        if (more >= UPRIGHT_MIN_CHARACTERS && more >= CLEARLY_MORE_LEGIBLE * less + LEGIBILITY_SLACK) {
            passes.remove(first.legibility() >= second.legibility() ? second : first);
        }
    }

    /** The card read as a page in each of the turns given, up to the first that reads upright. */
    private List<Pass> pageReadings(BufferedImage grey, List<QuarterTurn> turns) {
        List<Pass> passes = new ArrayList<>();
        for (QuarterTurn turn : turns) {
            BufferedImage upright = turn.apply(grey);
            RegionImage image = RegionImage.whole(upright, CARD_PIXELS_PER_MM / pixelsPerMm(upright));
            Pass pass = new Pass(turn, upright, image, engine.read(image.grey(), image.width(), image.height(), PSM_AUTO));
            passes.add(pass);
            if (pass.readsCardUpright()) {
                break;
            }
        }
        return passes;
    }

    /**
     * The pass with what a sparse reading of the same image finds where the page reading found
     * nothing: page segmentation takes a name bar printed over a busy pattern, or a full art's text,
     * for part of a picture now and then, and drops it; sparse text finds words anywhere but breaks
     * lines apart, so it only fills the gaps, and replaces a page line it read surer where the page
     * reading was unsure (a name run into the marks printed beside it and read as one doubtful line).
     */
    private Pass withSparseText(Pass page) {
        if (readsNameAndNumber(page)) {
            return page;
        }
        return merged(page, engine.read(page.image().grey(), page.image().width(), page.image().height(), PSM_SPARSE_TEXT));
    }

    /**
     * The pass with what a sparse reading finds where it lacks the name or the number. One of them
     * read: only the card's top part is read as sparse text, for the name and the HP beside it (a
     * number missing is looked for in the card's foot, read on its own at a larger scale next, in
     * {@link #refineSmallPrint}); neither: the whole card.
     */
    private Pass withMissingText(Pass page) {
        if (readsNameAndNumber(page)) {
            return page;
        }
        RegionImage image = page.image();
        int rows = readsName(page) || readsNumber(page) ? (int) Math.ceil(image.height() * NAME_BAND) : image.height();
        return merged(page, engine.read(image.grey(), image.width(), rows, PSM_SPARSE_TEXT));
    }

    /**
     * The pass with what a sparse reading of its bright strokes finds where it read nothing, when it
     * still lacks a name or a number: a full art prints both in white over the artwork, which the
     * readings of the card as it looks take for part of the picture.
     */
    private Pass withBrightText(Pass page) {
        if (readsNameAndNumber(page)) {
            return page;
        }
        RegionImage strokes = BrightStrokes.of(page.image(), BRIGHT_STROKE_RADIUS);
        return merged(page, engine.read(strokes.grey(), strokes.width(), strokes.height(), PSM_SPARSE_TEXT));
    }

    /**
     * The pass with the card's top part read as a page on its own, when every reading of the whole
     * card left it without a name: on a card whose name stands alone under a banner, page
     * segmentation of the whole card now and then runs the name into the artwork below it, and the
     * sparse readings break it into letters ({@code d} for {@code Red Card}), where the top part
     * alone is segmented into its banner and its name. A name it reads takes the place of the lines
     * it covers (none of which read as a name).
     */
    private Pass withNameBand(Pass page) {
        if (readsName(page)) {
            return page;
        }
        RegionImage image = page.image();
        List<ReadLine> names = engine.read(image.grey(), image.width(), (int) Math.ceil(image.height() * NAME_BAND), PSM_AUTO)
                .stream().filter(line -> readsAsName(line, image)).toList();
        if (names.isEmpty()) {
            return page;
        }
        List<ReadLine> lines = new ArrayList<>(page.lines());
        lines.removeIf(known -> names.stream().anyMatch(name -> overlaps(known, name)));
        lines.addAll(names);
        return new Pass(page.turn(), page.upright(), page.image(), List.copyOf(lines));
    }

    /**
     * The pass with what a sparse reading of the bright strokes closed in all round finds
     * ({@link BrightStrokes#enclosed}), when every other reading left it without a name sure enough:
     * outlined words read as every bright stroke come with the artwork between them as letters
     * ({@code MetallEnergy}, read unsure). Last, not in place of {@link #withBrightText}: the enclosed
     * strokes of dark print (its letters' counters) read as junk that took the place of names the
     * readings before it found. For the same reason a line is replaced only by lines that hold a word:
     * {@code Pikachu | 50uO} (0.49 as a whole) had given way to an {@code e} read at 0.65 in the
     * counters of its own letters.
     */
    private Pass withEnclosedStrokes(Pass page) {
        if (readsName(page)) {
            return page;
        }
        RegionImage strokes = BrightStrokes.enclosed(page.image(), BRIGHT_STROKE_RADIUS);
        return merged(page, engine.read(strokes.grey(), strokes.width(), strokes.height(), PSM_SPARSE_TEXT),
                LEGIBLE_WORD, CardReader::holdsAWord);
    }

    /**
     * The pass's lines, with the lines of name-sized print in the card's top part read unsure read
     * again on their own when no reading found the card's name: each line alone and, where several
     * stand in a row, the row as one (a name read in pieces, {@code —e ey Vd} for {@code Quilava}),
     * as it looks and with its light evened out; the surest of these readings that reads as a name
     * takes the place of the lines it covers. Every reading of the whole card finds the line and
     * reads it as junk now and then where the line alone reads clearly: a name of three large letters
     * ({@code Hau} read {@code HU} at 0.35, alone at 0.96), a name half under a glare band
     * ({@code charjabug} 0.47, alone {@code harjabug} 0.92), a blurred one (see
     * {@link #NAME_LINE_HEIGHT}). Costs two readings of a line's box, on those cards only.
     */
    private List<Line> withNameLinesReadAgain(Pass page) {
        List<Line> lines = new ArrayList<>(page.lines().stream().map(line -> located(line, page.image())).toList());
        if (readsName(page)) {
            return lines;
        }
        List<Line> unsure = lines.stream().filter(line -> {
            Box box = Box.around(line.boxes());
            return box.top() < TOP && box.height() >= NAME_HEIGHT && new ReadLine(line.words()).confidence() < UPRIGHT_CONFIDENCE;
        }).toList();
        Set<Line> done = new LinkedHashSet<>();
        for (Line first : unsure) {
            if (done.contains(first)) {
                continue;
            }
            Box firstBox = Box.around(first.boxes());
            double middle = firstBox.top() + firstBox.height() / 2;
            List<Line> row = unsure.stream().filter(line -> !done.contains(line)).filter(line -> {
                Box box = Box.around(line.boxes());
                return box.top() <= middle && box.top() + box.height() >= middle;
            }).toList();
            done.addAll(row);
            List<List<Line>> pieces = new ArrayList<>(row.stream().map(List::of).toList());
            if (row.size() > 1) {
                pieces.add(row);
            }
            Line best = null;
            List<Line> replaced = null;
            for (List<Line> piece : pieces) {
                for (Line again : namesReadAgain(page.upright(), Box.around(piece.stream().flatMap(line -> line.boxes().stream()).toList()))) {
                    double read = new ReadLine(piece.stream().flatMap(line -> line.words().stream()).toList()).confidence();
                    if (surestOf(again) > read && (best == null || surestOf(again) > surestOf(best))) {
                        best = again;
                        replaced = piece;
                    }
                }
            }
            if (best != null) {
                lines.removeAll(replaced);
                lines.add(best);
            }
        }
        return lines;
    }

    /**
     * The line in {@code box} read again on its own at {@link #NAME_LINE_HEIGHT}, as it looks and with
     * its light evened out: the readings of it that read as a name.
     */
    private List<Line> namesReadAgain(BufferedImage upright, Box box) {
        double scale = NAME_LINE_HEIGHT / (box.height() * upright.getHeight());
        // the even light's ground as wide, on the card, as in the whole card's reading
        int radius = (int) Math.round(EVEN_LIGHT_RADIUS * scale * upright.getWidth() / CARD_WIDTH_MM / CARD_PIXELS_PER_MM);
        return Stream.of(readAgain(upright, box, scale, UnaryOperator.identity(), ""),
                        readAgain(upright, box, scale, image -> EvenLight.of(image, radius), ""))
                .filter(again -> again != null && readsAsName(again)).toList();
    }

    /** How sure a line was read without the unsure words at its ends. */
    private static double surestOf(Line line) {
        return withoutUnsureEnds(new ReadLine(line.words())).confidence();
    }

    /**
     * The pass with what a sparse reading of the image with its light evened out ({@link EvenLight})
     * finds where it read nothing, when it read no word at all in the card's top part: a glare band
     * or a sleeve's sheen over a card photographed small (upscaled two to four times to be read)
     * leaves its print too little darker than the ground for Tesseract to pick out, even a name 4 mm
     * tall. A card of which something of the name was read is left as read.
     */
    private Pass withEvenLight(Pass page) {
        if (readsAWordAtTheTop(page)) {
            return page;
        }
        RegionImage even = EvenLight.of(page.image(), EVEN_LIGHT_RADIUS);
        return merged(page, engine.read(even.grey(), even.width(), even.height(), PSM_SPARSE_TEXT));
    }

    /**
     * The page's lines with another reading of the same image: its lines where the page read
     * nothing, and in place of a page line read unsure that it read surer.
     */
    private static Pass merged(Pass page, List<ReadLine> other) {
        return merged(page, other, UPRIGHT_CONFIDENCE, same -> true);
    }

    /**
     * As {@link #merged(Pass, List)}, replacing only page lines read less sure than {@code unsure},
     * and only by lines that {@code mayReplace}.
     */
    private static Pass merged(Pass page, List<ReadLine> other, double unsure, Predicate<List<ReadLine>> mayReplace) {
        Set<ReadLine> merged = new LinkedHashSet<>();
        for (ReadLine known : page.lines()) {
            List<ReadLine> same = other.stream().filter(line -> overlaps(known, line)).toList();
            boolean surer = !same.isEmpty() && known.confidence() < unsure && mayReplace.test(same)
                    && new ReadLine(same.stream().flatMap(line -> line.words().stream()).toList()).confidence() > known.confidence();
            if (surer) {
                merged.addAll(same);
            } else {
                merged.add(known);
            }
        }
        for (ReadLine line : other) {
            if (page.lines().stream().noneMatch(known -> overlaps(known, line))) {
                merged.add(line);
            }
        }
        return new Pass(page.turn(), page.upright(), page.image(), List.copyOf(merged));
    }

    /**
     * Whether the page reading found a confident line of name-sized text in the card's top part
     * (every layout prints the name there, larger than the stage or evolution line beside it) and
     * something like a number: then a sparse reading, which costs as much again, has nothing left
     * to find that identification needs.
     */
    private static boolean readsNameAndNumber(Pass page) {
        return readsName(page) && readsNumber(page);
    }

    /**
     * Whether the page reading found a confident line of name-sized text in the card's top part, not
     * a banner nor the evolution line. The line is judged without the unsure words at its ends: a
     * name runs into the HP and the marks printed beside it ({@code Drowzee »70OQ}, {@code ~~
     * Reuniclus ~9@O}), read as junk that sinks the mean of a name read sure.
     */
    private static boolean readsName(Pass page) {
        return page.lines().stream().anyMatch(line -> readsAsName(line, page.image()));
    }

    /**
     * Whether a line read off {@code image} is a confident line of name-sized text in the card's top
     * part, not a banner nor the evolution line.
     */
    private static boolean readsAsName(ReadLine line, RegionImage image) {
        return readsAsName(located(line, image));
    }

    /** As {@link #readsAsName(ReadLine, RegionImage)}, for a line with its boxes on the card. */
    private static boolean readsAsName(Line line) {
        Box box = Box.around(line.boxes());
        ReadLine name = withoutUnsureEnds(new ReadLine(line.words()));
        return box.top() < TOP && box.height() >= NAME_HEIGHT && name.confidence() >= UPRIGHT_CONFIDENCE
                && name.text().codePoints().filter(Character::isLetter).count() >= 3
                && !isBanner(name.text())
                && name.words().stream().noneMatch(word -> EVOLUTION_WORD.matcher(word.text()).matches());
    }

    /** Whether the lines hold a word of {@link #LEGIBLE_LENGTH} + 1 letters or more read at least {@link #LEGIBLE_WORD} sure. */
    private static boolean holdsAWord(List<ReadLine> lines) {
        return lines.stream().flatMap(line -> line.words().stream()).anyMatch(word -> word.confidence() >= LEGIBLE_WORD
                && word.text().codePoints().filter(Character::isLetter).count() > LEGIBLE_LENGTH);
    }

    /** Whether a line read in the card's top part is a banner ({@link #BANNER}), not a name. */
    static boolean isBanner(String line) {
        return BANNER.matcher(line).matches();
    }

    /**
     * The line without the words at its ends read less sure than {@link #LEGIBLE_WORD} (empty when
     * none is). Not the extractor's 0.6 nor more: a name's own last word read at 0.6 ({@code Nest
     * Fell)}) or the HP read at 0.61 beside a mark read at 0.13 ({@code Sunkern : 400}, a line the
     * extractor drops whole) left outside made a name of what the extractor does not keep.
     */
    private static ReadLine withoutUnsureEnds(ReadLine line) {
        WordSpan sure = line.sureSpan(LEGIBLE_WORD);
        return new ReadLine(line.words().subList(sure.from(), sure.to()));
    }

    /** Whether the pass read a word of three letters or more legibly in the card's top part, where every layout prints the name. */
    private static boolean readsAWordAtTheTop(Pass page) {
        return page.lines().stream().map(line -> located(line, page.image())).anyMatch(line -> {
            for (int i = 0; i < line.words().size(); i++) {
                ReadWord word = line.words().get(i);
                if (line.boxes().get(i).top() < TOP && word.confidence() >= LEGIBLE_WORD
                        && word.text().codePoints().filter(Character::isLetter).count() >= 3) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean readsNumber(Pass page) {
        return page.lines().stream().anyMatch(line -> NUMBER_LIKE.matcher(line.text()).find());
    }

    /** Whether two lines read from the same image share some of their area. */
    private static boolean overlaps(ReadLine a, ReadLine b) {
        for (ReadWord x : a.words()) {
            for (ReadWord y : b.words()) {
                int width = Math.min(x.right(), y.right()) - Math.max(x.left(), y.left());
                int height = Math.min(x.bottom(), y.bottom()) - Math.max(x.top(), y.top());
                if (width > 0 && height > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A slab's label, cut out upright as its slab lies: read as sparse text, since labels set their
     * words in columns and boxes of several sizes; turned half round when it reads poorly that way
     * (the slab may lie the other way up). Then read as one block at half size, and its print made
     * dark on white ({@link LabelInk}) read as one block at full and at half size: sparse reading
     * loses a certificate number printed against its barcode and a grade standing alone many times
     * the height of the rest, which a block reading keeps (the grade at half size, the certificate's
     * small print at full size), and labels print their grade or name light on a dark box, which the
     * half-size reading's ink, judged within boxes, turns dark on white. Words of
     * the later readings join the first's where it read nothing, or where it read them unsure and a
     * later reading surer.
     */
    Read readLabel(BufferedImage label) {
        BufferedImage grey = grey(label);
        Pass upright = sparse(QuarterTurn.NONE, grey, 1);
        Pass chosen = upright;
        if (!upright.readsUpright()) {
            Pass turned = sparse(QuarterTurn.HALF, QuarterTurn.HALF.apply(grey), 1);
            chosen = turned.legibility() > upright.legibility() ? turned : upright;
        }
        Pass first = chosen;
        List<Line> lines = new ArrayList<>(first.lines().stream().map(line -> located(line, first.image())).toList());
        RegionImage half = RegionImage.whole(first.upright(), LABEL_BLOCK_SCALE);
        for (RegionImage again : List.of(half, LabelInk.of(first.image()), LabelInk.withinBoxes(half))) {
            for (ReadLine line : engine.read(again.grey(), again.width(), again.height(), PSM_SINGLE_BLOCK)) {
                join(located(line, again), lines);
            }
        }
        lines.replaceAll(line -> withCertificatesReadAgain(first.upright(), line));
        return new Read(first.turn(), List.copyOf(lines), first == upright ? 3 : 4);
    }

    /**
     * The line with each word that may be a certificate number read again on its own, enlarged (see
     * {@link #certificateReadAgain}): labels print it small beside a barcode, whose bars the readings
     * of the whole label run into it. The second reading replaces the first when surer. Words read
     * sure are read again too: glare over one digit reads a 9 as a 0 at 0.77, which the digits alone,
     * enlarged, read right at 0.97.
     */
    private Line withCertificatesReadAgain(BufferedImage upright, Line line) {
        List<ReadWord> words = new ArrayList<>(line.words());
        List<Box> boxes = new ArrayList<>(line.boxes());
        for (int i = 0; i < words.size(); i++) {
            ReadWord word = words.get(i);
            boolean mayBeCertificate = CERTIFICATE_LIKE.matcher(word.text()).matches()
                    || CERTIFICATE_GARBLED.matcher(word.text()).matches()
                    || (word.confidence() < UNREAD && CERTIFICATE_UNREAD.matcher(word.text()).matches());
            if (!mayBeCertificate) {
                continue;
            }
            Line again = certificateReadAgain(upright, boxes.get(i));
            if (again != null && again.words().get(0).confidence() > word.confidence()) {
                words.set(i, again.words().get(0));
                boxes.set(i, again.boxes().get(0));
            }
        }
        return new Line(List.copyOf(words), List.copyOf(boxes));
    }

    /**
     * A certificate number read again in its box: as capitals and digits, kept when it reads as a
     * letter before digits (the shape of a certificate that starts with a letter); otherwise as digits
     * only, since every other certificate is all digits and the engine, held to digits, no longer
     * takes an 8 for an S or a 0 for an o. Null when neither reads as one word of a certificate's shape.
     */
    private Line certificateReadAgain(BufferedImage upright, Box box) {
        Line letters = readAgain(upright, box, CERTIFICATE_CHARACTERS);
        if (oneCertificateWord(letters) && LETTER_BEFORE_DIGITS.matcher(letters.words().get(0).text()).matches()) {
            return letters;
        }
        Line digits = readAgain(upright, box, DIGITS);
        return oneCertificateWord(digits) ? digits : oneCertificateWord(letters) ? letters : null;
    }

    private static boolean oneCertificateWord(Line line) {
        return line != null && line.words().size() == 1 && CERTIFICATE_LIKE.matcher(line.words().get(0).text()).matches();
    }

    /**
     * Joins a later reading's line to the lines kept, as a line of its own: each of its words that
     * lies where no kept line has a legible word, or where the kept words were read unsure and less
     * sure than it, which it replaces (a certificate number run into its barcode is read at 0.5 in
     * one reading and at 0.7 in another); or where it is clearly surer than the kept words and printed
     * larger than them (a grade printed large, where another reading took glare in its box for a letter).
     */
    static void join(Line line, List<Line> kept) {
        List<ReadWord> words = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < line.words().size(); i++) {
            ReadWord word = line.words().get(i);
            Box box = line.boxes().get(i);
            List<ReadWord> covered = new ArrayList<>();
            List<Box> coveredBoxes = new ArrayList<>();
            for (Line other : kept) {
                for (int j = 0; j < other.words().size(); j++) {
                    if (other.words().get(j).confidence() >= LEGIBLE_WORD && overlaps(other.boxes().get(j), box)) {
                        covered.add(other.words().get(j));
                        coveredBoxes.add(other.boxes().get(j));
                    }
                }
            }
            boolean free = covered.isEmpty();
            boolean surer = !free && covered.stream()
                    .allMatch(known -> known.confidence() < UPRIGHT_CONFIDENCE && known.confidence() < word.confidence());
            // a grade printed large, read where another reading took a glare's edge in its box for a small letter
            boolean largerAndSurer = !free && covered.stream().allMatch(known -> known.confidence() + CLEARLY_SURER <= word.confidence())
                    && coveredBoxes.stream().allMatch(known -> LARGER_PRINT * known.height() <= box.height());
            surer = surer || largerAndSurer;
            if (free || surer) {
                if (surer) {
                    kept.replaceAll(other -> without(other, box));
                    kept.removeIf(other -> other.words().isEmpty());
                }
                words.add(word);
                boxes.add(box);
            }
        }
        if (!words.isEmpty()) {
            kept.add(new Line(List.copyOf(words), List.copyOf(boxes)));
        }
    }

    /** The line less its legible words that overlap {@code box}. */
    private static Line without(Line line, Box box) {
        List<ReadWord> words = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < line.words().size(); i++) {
            if (line.words().get(i).confidence() < LEGIBLE_WORD || !overlaps(line.boxes().get(i), box)) {
                words.add(line.words().get(i));
                boxes.add(line.boxes().get(i));
            }
        }
        return new Line(List.copyOf(words), List.copyOf(boxes));
    }

    private static boolean overlaps(Box a, Box b) {
        return a.left() < b.left() + b.width() && b.left() < a.left() + a.width()
                && a.top() < b.top() + b.height() && b.top() < a.top() + a.height();
    }

    /**
     * A photo in which no card was found: read as sparse text, in the best of the four turns. Busy
     * backgrounds make sparse text slow, so the turns are compared on a small copy, and only the
     * best one is read again at {@link #WHOLE_PHOTO_MAX_SIDE}: under three full readings' worth of
     * CPU, where reading every turn in full took four.
     */
    Read readPhoto(BufferedImage photo) {
        BufferedImage grey = grey(photo);
        double detail = Math.min(1, WHOLE_PHOTO_MAX_SIDE / (double) Math.max(grey.getWidth(), grey.getHeight()));
        double survey = Math.min(detail, WHOLE_PHOTO_SURVEY_SIDE / (double) Math.max(grey.getWidth(), grey.getHeight()));
        List<Pass> passes = new ArrayList<>();
        for (QuarterTurn turn : List.of(QuarterTurn.NONE, QuarterTurn.HALF, QuarterTurn.CLOCKWISE, QuarterTurn.ANTICLOCKWISE)) {
            Pass pass = sparse(turn, turn.apply(grey), survey);
            passes.add(pass);
            if (pass.readsUpright()) {
                break;
            }
        }
        Pass best = best(passes);
        if (best.legibility() > 0 && detail > survey) {
            Pass closer = sparse(best.turn(), best.upright(), detail);
            if (closer.legibility() >= best.legibility()) {
                best = closer;
            }
        }
        Pass chosen = best;
        return new Read(chosen.turn(), chosen.lines().stream().map(line -> located(line, chosen.image())).toList(), passes.size());
    }

    private Pass sparse(QuarterTurn turn, BufferedImage upright, double scale) {
        RegionImage image = RegionImage.whole(upright, scale);
        return new Pass(turn, upright, image, engine.read(image.grey(), image.width(), image.height(), PSM_SPARSE_TEXT));
    }

    /**
     * The first turn tried that reads nearly as much as the most legible one. Tesseract recognises
     * a line turned a quarter now and then all the same, with its boxes in the turned frame: a turn
     * that reads only a little more than the one before it is not worth its boxes.
     */
    private static Pass best(List<Pass> passes) {
        double most = passes.stream().mapToDouble(Pass::legibility).max().orElse(0);
        return passes.stream().filter(pass -> pass.legibility() >= NEARLY_AS_LEGIBLE * most - LEGIBILITY_SLACK)
                .findFirst().orElseThrow();
    }

    /**
     * The lines of the pass, with those that carry a collector number read again, enlarged so their
     * small print stands {@link #SMALL_PRINT_HEIGHT} tall: numbers are the smallest print that
     * matters, and one digit misread names another card. Where the first look found nothing like a
     * number, the card's foot is read on its own first, then, if that finds no number either (a set
     * code alone is kept), the lines at the card's foot are read again instead. A second reading replaces the
     * first only when it is surer. Where the number is still unsure, the card's foot is read on its
     * own: a number run into the marks beside it (a regulation mark, a set code, a rarity symbol) is
     * often read clearly there, and that reading replaces the lines it covers. Still missing or
     * unsure, the number is looked for in the foot's ink ({@link #withFootInk}), then in the foot
     * sharpened; a number read is read once more sharpened ({@link #withNumberSharpened}).
     */
    private List<Line> refineSmallPrint(List<Line> lines, BufferedImage upright) {
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (NUMBER_LIKE.matcher(lines.get(i).text()).find()) {
                targets.add(i);
            }
        }
        boolean footRead = targets.isEmpty();
        List<Line> footCodes = List.of();
        if (footRead) {
            List<Line> foot = readFoot(upright, FOOT_PIXELS_PER_MM, UnaryOperator.identity());
            if (foot.stream().anyMatch(line -> holdsNumber(line.text()))) {
                List<Line> withNumbers = new ArrayList<>(lines);
                withNumbers.addAll(foot);
                return withNumberSharpened(withFootInk(withNumbers, upright), upright);
            }
            // a set code read without its number: kept, and the foot's lines read again for the number
            footCodes = foot;
            for (int i = 0; i < lines.size(); i++) {
                Box box = Box.around(lines.get(i).boxes());
                if (box.top() + box.height() >= FOOT) {
                    targets.add(i);
                }
            }
        }
        List<Line> refined = new ArrayList<>(lines);
        refined.addAll(footCodes);
        for (int i : targets) {
            Line first = lines.get(i);
            Line second = readAgain(upright, Box.around(first.boxes()));
            boolean keepsNumber = !NUMBER_LIKE.matcher(first.text()).find() || second != null && NUMBER_LIKE.matcher(second.text()).find();
            if (second != null && keepsNumber
                    && new ReadLine(second.words()).confidence() > new ReadLine(first.words()).confidence()) {
                refined.set(i, second);
            }
        }
        if (!footRead && surestNumber(refined) < SURE_NUMBER) {
            refined = withSurerNumbers(refined, readFoot(upright, FOOT_PIXELS_PER_MM, UnaryOperator.identity()));
        }
        return withNumberSharpened(withFootInk(refined, upright), upright);
    }

    /**
     * The lines with the card's foot read as its ink ({@link LabelInk}) where their number is still
     * missing or unsure: a number printed some 7 px tall (a card photographed small) or low against a
     * tinted band or a full art's picture is lost by Tesseract's one threshold for the whole foot,
     * where each pixel judged against its surroundings keeps the digits apart ({@code 49/123},
     * {@code 048/203}, {@code PAF EN 120/091} read where no number was). Still missing or unsure,
     * the foot is read sharpened ({@link UnsharpMask}): a card photographed at 4 to 5 px/mm leaves
     * its number's strokes too soft for either ({@code 141/165} read only so), though only a number
     * read fairly sure so is taken. Costs one or two more sparse readings of the foot, on those
     * cards only.
     */
    private List<Line> withFootInk(List<Line> lines, BufferedImage upright) {
        if (surestNumber(lines) >= SURE_NUMBER) {
            return lines;
        }
        List<Line> inked = withSurerNumbers(lines, readFoot(upright, FOOT_INK_PIXELS_PER_MM, LabelInk::of));
        if (surestNumber(inked) >= SURE_NUMBER) {
            return inked;
        }
        double cardPixelsPerMm = pixelsPerMm(upright);
        List<Line> sharpened = readFoot(upright, FOOT_INK_PIXELS_PER_MM, band -> sharpened(band, cardPixelsPerMm));
        return withSurerNumbers(inked, sharpened.stream()
                .filter(line -> surestNumber(List.of(line)) >= SHARPENED_FOOT_NUMBER).toList());
    }

    /**
     * The lines with their surest number read once more, in its own box, sharpened, in its place
     * where that reading is surer. Tesseract reads the soft strokes of an enlarged small print
     * wrong and sure now and then ({@code 36/109} for 86/109 at 0.89, {@code 103/109} for 108/109,
     * {@code 20/146} for 80/146), where the same digits with their edges steepened read right and
     * surer (0.96, 0.96, 0.95); on the numbers read right it reads the same, surer. Read again
     * whole, the line the number stands in read those three wrong again. Costs one reading of a
     * box a line tall, on every card with a number but one printed after its set code.
     */
    private List<Line> withNumberSharpened(List<Line> lines, BufferedImage upright) {
        double surest = surestNumber(lines);
        if (surest == 0) {
            return lines;
        }
        Line number = lines.stream().filter(line -> surestNumber(List.of(line)) == surest).findFirst().orElseThrow();
        if (holdsSetCode(number.text())) {
            // the number's box, padded, takes in the last letter of the set code before it, read as a
            // digit (MEW EN 041/165 read again as 1041/165, SVIEN 206/198 as N 206/298), and the
            // reading that replaces the line loses the set code, the surest thing on it
            return lines;
        }
        List<Box> digits = new ArrayList<>();
        for (int i = 0; i < number.words().size(); i++) {
            if (carriesNumber(number.words().get(i))) {
                digits.add(number.boxes().get(i));
            }
        }
        double cardPixelsPerMm = pixelsPerMm(upright);
        Line again = readAgain(upright, Box.around(digits), "", image -> sharpened(image, cardPixelsPerMm));
        return again == null ? lines : withSurerNumbers(lines, List.of(again));
    }

    /** Part of the card, cut at {@code cardPixelsPerMm} and scaled as it is, its print sharpened. */
    private static RegionImage sharpened(RegionImage image, double cardPixelsPerMm) {
        return UnsharpMask.of(image, NUMBER_BLUR_MM * cardPixelsPerMm * image.scale(), NUMBER_SHARPENING);
    }

    private static double pixelsPerMm(BufferedImage upright) {
        return Math.min(upright.getWidth(), upright.getHeight()) / CARD_WIDTH_MM;
    }

    /**
     * The lines with each of the foot's lines that carries a number surer than theirs, or any number
     * where they hold none, in place of the lines it covers. The foot's number must have a digit:
     * {@link #NUMBER_LIKE} takes an o for a 0, so a copyright misread ({@code Miwendo / Copaturen})
     * would otherwise take the place of the number printed beside it.
     */
    static List<Line> withSurerNumbers(List<Line> lines, List<Line> foot) {
        double surest = surestNumber(lines);
        boolean numberless = lines.stream().noneMatch(line -> holdsNumber(line.text()));
        List<Line> refined = new ArrayList<>(lines);
        for (Line line : foot) {
            if (holdsDigits(line.text()) && (surestNumber(List.of(line)) > surest || numberless)) {
                Box found = Box.around(line.boxes());
                refined.removeIf(other -> other.boxes().stream().anyMatch(box -> overlaps(box, found)));
                refined.add(line);
            }
        }
        return refined;
    }

    /**
     * How sure the surest collector number of these lines was read: the least sure of the words
     * that carry its digits and slash (a number may be read as {@code 039 / 193}); 0 when none
     * looks like a number.
     */
    private static double surestNumber(List<Line> lines) {
        return lines.stream().filter(line -> NUMBER_LIKE.matcher(line.text()).find())
                .mapToDouble(line -> line.words().stream()
                        .filter(CardReader::carriesNumber)
                        .mapToDouble(ReadWord::confidence).min().orElse(0))
                .max().orElse(0);
    }

    /** A word with a digit or a slash in it: part of a collector number, where the line holds one. */
    private static boolean carriesNumber(ReadWord word) {
        return word.text().chars().anyMatch(c -> Character.isDigit(c) || c == '/');
    }

    /**
     * The number-like lines of the card's foot read on its own, as sparse text: on the whole card
     * page segmentation now and then runs the number into the copyright and a set symbol and reads
     * none of it, where the foot alone reads it clearly. A line with a set code is kept too, number
     * or not. The foot is cut at {@code footPixelsPerMm} and read as {@code preparation} makes it
     * (as it is, as its print made dark on white by {@link LabelInk}, sharpened).
     */
    private List<Line> readFoot(BufferedImage upright, double footPixelsPerMm, UnaryOperator<RegionImage> preparation) {
        double scale = footPixelsPerMm / pixelsPerMm(upright);
        RegionImage image = preparation.apply(RegionImage.of(upright, new Box(0, FOOT_BAND, 1, 1 - FOOT_BAND), scale));
        return engine.read(image.grey(), image.width(), image.height(), PSM_SPARSE_TEXT).stream()
                .filter(line -> holdsNumber(line.text()) || holdsSetCode(line.text()))
                .map(line -> located(line, image))
                .toList();
    }

    /** Whether a line of the card's foot holds a collector number, its slash read or lost ({@code 42123} for {@code 42/123}). */
    static boolean holdsNumber(String text) {
        return NUMBER_LIKE.matcher(text).find() || SLASH_LOST_LIKE.matcher(text).find();
    }

    /** Whether a line holds a collector number with a digit in it, its slash read or lost. */
    static boolean holdsDigits(String text) {
        return NUMBER_LIKE.matcher(text).results().anyMatch(found -> found.group().chars().anyMatch(Character::isDigit))
                || SLASH_LOST_LIKE.matcher(text).find();
    }

    /** Whether a line of the card's foot holds a modern set code before its language ({@code MEW EN}). */
    static boolean holdsSetCode(String text) {
        return SET_CODE_LIKE.matcher(text).find();
    }

    /** The line in {@code box} read again at a larger scale; null when nothing was read there. */
    private Line readAgain(BufferedImage upright, Box box) {
        return readAgain(upright, box, "");
    }

    /** As {@link #readAgain(BufferedImage, Box)}, recognising only the characters given (all when empty). */
    private Line readAgain(BufferedImage upright, Box box, String onlyCharacters) {
        return readAgain(upright, box, onlyCharacters, UnaryOperator.identity());
    }

    /** As {@link #readAgain(BufferedImage, Box, String)}, the enlarged line read as {@code preparation} makes it. */
    private Line readAgain(BufferedImage upright, Box box, String onlyCharacters, UnaryOperator<RegionImage> preparation) {
        double lineHeight = box.height() * upright.getHeight();
        if (lineHeight < 1) {
            return null;
        }
        double scale = Math.max(1, Math.min(MAX_ENLARGEMENT, SMALL_PRINT_HEIGHT / lineHeight));
        return readAgain(upright, box, scale, preparation, onlyCharacters);
    }

    /**
     * The line in {@code box} read again at {@code scale}, {@code prepared} for reading (as it looks:
     * the identity), recognising only the characters given (all when empty); null when nothing was
     * read there.
     */
    private Line readAgain(BufferedImage upright, Box box, double scale, UnaryOperator<RegionImage> prepared, String onlyCharacters) {
        // a margin around the line, so its first and last letters and its descenders are whole
        double padX = 0.6 * box.height() * upright.getHeight() / upright.getWidth();
        double padY = 0.35 * box.height();
        Box padded = new Box(Math.max(0, box.left() - padX), Math.max(0, box.top() - padY),
                box.width() + 2 * padX, box.height() + 2 * padY);
        RegionImage image = prepared.apply(RegionImage.of(upright, padded, scale));
        List<ReadLine> read = engine.read(image.grey(), image.width(), image.height(), PSM_SINGLE_BLOCK, onlyCharacters);
        // the padding may catch the edge of a neighbouring line: keep the words across the middle,
        // left to right (a larger scale may split one line where the gap before the number is wide)
        double middle = box.top() + box.height() / 2;
        List<ReadWord> words = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        read.stream().flatMap(line -> line.words().stream())
                .sorted(Comparator.comparingInt(ReadWord::left))
                .forEach(word -> {
                    Box found = image.toCard(word.left(), word.top(), word.right(), word.bottom());
                    if (found.top() <= middle && found.top() + found.height() >= middle) {
                        words.add(word);
                        boxes.add(found);
                    }
                });
        return words.isEmpty() ? null : new Line(List.copyOf(words), List.copyOf(boxes));
    }

    private static Line located(ReadLine line, RegionImage image) {
        return new Line(line.words(), line.words().stream()
                .map(word -> image.toCard(word.left(), word.top(), word.right(), word.bottom())).toList());
    }

    /** A grey copy with its own raster (a sub-image shares its parent's, which the turns cannot index). */
    private static BufferedImage grey(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }
}

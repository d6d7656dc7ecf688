package com.collectiq.bench;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.collectiq.testsupport.AwsAnswers.DetectedLine;
import com.collectiq.testsupport.eras.Era;
import com.collectiq.testsupport.eras.GroundTruth;
import com.collectiq.testsupport.eras.PrintedCard;
import com.collectiq.vision.CardOutline;
import com.collectiq.vision.ImagePoint;

/**
 * What Rekognition would read off the image the service sends it, built from what the era renderer
 * drew rather than from pixels: the card's lines where a card of its era prints them (stage, name,
 * HP, attacks, weakness line, illustrator, number line, copyright), placed in the coordinates of the
 * image the service made, and only when that image shows the text within ±90° of horizontal, which
 * is all DetectText reads. Optionally with OCR-style noise: characters confused (O/0, l/1, S/5, B/8,
 * I/1, Z/2), dropped, and lines split in two. An upper bound on real reading: the text is exact
 * wherever noise is not added, however dim, blurred or glared the photo.
 */
final class DrawnText {

    private static final double WIDTH_MM = 63;
    private static final double HEIGHT_MM = 88;
    /** A character of these faces is about this share of its size wide. */
    private static final double CHAR_WIDTH = 0.55;
    /** A found outline further than this share of the card's height from the true corners missed the card. */
    private static final double OUTLINE_TOLERANCE = 0.08;
    private static final Map<Character, Character> CONFUSIONS = Map.ofEntries(Map.entry('O', '0'), Map.entry('0', 'O'),
            Map.entry('o', '0'), Map.entry('l', '1'), Map.entry('1', 'l'), Map.entry('I', '1'), Map.entry('S', '5'),
            Map.entry('5', 'S'), Map.entry('B', '8'), Map.entry('8', 'B'), Map.entry('Z', '2'), Map.entry('2', 'Z'),
            Map.entry('G', '6'), Map.entry('e', 'c'), Map.entry('/', 'I'));
    private static final List<String> ATTACKS = List.of("Tackle", "Ember", "Water Gun", "Thunder Shock", "Scratch",
            "Quick Attack", "Hyper Beam", "Psychic", "Vine Whip", "Gnaw", "Slash", "Fire Spin");
    private static final List<String> RULES = List.of("Flip a coin. If heads, the Defending Pokémon is now Paralyzed.",
            "Discard an Energy attached to this Pokémon.", "This attack does 10 damage to each of your opponent's Benched Pokémon.",
            "Heal 20 damage from this Pokémon.", "Your opponent's Active Pokémon is now Confused.",
            "Draw a card.", "Search your deck for a Basic Energy card and attach it to this Pokémon. Then, shuffle your deck.");

    /** How the image sent to Rekognition shows the card. */
    enum View {
        /** the card cut out upright */
        CARD_UPRIGHT(true),
        /** the card cut out upside down: its text is past ±90° */
        CARD_UPSIDE_DOWN(false),
        /** the card cut out a quarter turn off */
        CARD_SIDEWAYS(false),
        /** an outline was found, but not the card's */
        OUTLINE_MISSED(false),
        /** no outline: the whole photo, the card's text within ±90° */
        PHOTO_READABLE(true),
        /** no outline: the whole photo, the card upside down in it */
        PHOTO_UPSIDE_DOWN(false),
        /** the photo checks refused the photo */
        REFUSED(false);

        final boolean readable;

        View(boolean readable) {
            this.readable = readable;
        }

        /** How the same image shows the card once turned half round. */
        View halfTurned() {
            return switch (this) {
                case CARD_UPRIGHT -> CARD_UPSIDE_DOWN;
                case CARD_UPSIDE_DOWN -> CARD_UPRIGHT;
                case PHOTO_READABLE -> PHOTO_UPSIDE_DOWN;
                case PHOTO_UPSIDE_DOWN -> PHOTO_READABLE;
                default -> this;
            };
        }
    }

    /** One printed line in card millimetres: left, top, text height. */
    private record Printed(String text, double left, double top, double size) {
    }

    private DrawnText() {
    }

    /** How the image made from the photo shows the card, from the outline found and the card's true corners. */
    static View view(Optional<CardOutline> outline, GroundTruth truth) {
        List<Point2D.Double> corners = truth.corners();
        if (outline.isEmpty()) {
            Point2D.Double topLeft = corners.get(0);
            Point2D.Double topRight = corners.get(1);
            double angle = Math.toDegrees(Math.atan2(topRight.y - topLeft.y, topRight.x - topLeft.x));
            return Math.abs(angle) < 90 ? View.PHOTO_READABLE : View.PHOTO_UPSIDE_DOWN;
        }
        List<ImagePoint> found = outline.get().corners();
        double cardHeight = corners.get(0).distance(corners.get(3));
        int bestTurn = 0;
        double best = Double.MAX_VALUE;
        for (int turn = 0; turn < 4; turn++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                ImagePoint at = found.get((j + turn) % 4);
                sum += corners.get(j).distance(at.x(), at.y());
            }
            if (sum / 4 < best) {
                best = sum / 4;
                bestTurn = turn;
            }
        }
        if (best > OUTLINE_TOLERANCE * cardHeight) {
            return View.OUTLINE_MISSED;
        }
        return switch (bestTurn) {
            case 0 -> View.CARD_UPRIGHT;
            case 2 -> View.CARD_UPSIDE_DOWN;
            default -> View.CARD_SIDEWAYS;
        };
    }

    /**
     * The lines DetectText would return for the image: none when the view is unreadable; boxes in the
     * card's fractions for a card cut out, in the photo's for the whole photo.
     *
     * @param view how the image as first made shows the card
     * @param halfTurned for the image turned half round, which the adapter reads when the first gave nothing
     * @param noise null for the text as drawn, else the source of the OCR-style noise
     */
    static List<DetectedLine> lines(PrintedCard card, GroundTruth truth, View view, boolean halfTurned, long seed,
            Random noise) {
        View seen = halfTurned ? view.halfTurned() : view;
        if (!seen.readable) {
            return List.of();
        }
        List<DetectedLine> lines = new ArrayList<>();
        for (Printed printed : printed(card, truth, new Random(seed))) {
            for (Printed part : noise == null ? List.of(printed) : split(printed, noise)) {
                String text = noise == null ? part.text() : confused(part.text(), noise);
                if (text.isBlank()) {
                    continue;
                }
                double confidence = text.equals(part.text()) ? 97 + (seed + lines.size()) % 3 : 72 + noise.nextDouble() * 20;
                double width = part.text().length() * part.size() * CHAR_WIDTH;
                lines.add(seen == View.CARD_UPRIGHT
                        ? new DetectedLine(text, confidence, part.left() / WIDTH_MM, part.top() / HEIGHT_MM, width / WIDTH_MM,
                                part.size() / HEIGHT_MM)
                        : inPhoto(text, confidence, part.left(), part.top(), width, part.size(), truth, halfTurned));
            }
        }
        return lines;
    }

    /** The card's lines where a card of its era prints them, top to bottom. */
    private static List<Printed> printed(PrintedCard card, GroundTruth truth, Random random) {
        Era era = card.era();
        List<Printed> lines = new ArrayList<>();
        if (card.isPokemon()) {
            String stage = card.subtypes().stream().filter(s -> s.startsWith("Stage") || s.equals("Basic")).findFirst()
                    .orElse("Basic");
            lines.add(new Printed(era == Era.WOTC && stage.equals("Basic") ? "BASIC POKéMON" : stage.toUpperCase(), 4, 3.5, 1.5));
            lines.add(new Printed(card.printedName(), era == Era.SV || era == Era.SWSH || era == Era.WOTC ? 4 : 13, 6, 4.2));
            card.hp().ifPresent(hp -> lines.add(era == Era.WOTC
                    ? new Printed(hp + " HP", 44, 6.5, 3.4) : new Printed("HP " + hp, 44, 6.5, 3.6)));
            for (int attack = 0; attack < 2; attack++) {
                double top = 52 + attack * 10;
                lines.add(new Printed(ATTACKS.get(random.nextInt(ATTACKS.size())) + " " + (10 + 10 * random.nextInt(12)),
                        14, top, 2.7));
                lines.add(new Printed(RULES.get(random.nextInt(RULES.size())), 5, top + 3.5, 1.3));
            }
            lines.add(new Printed("weakness resistance retreat", 5, 74, 1.2));
        } else {
            lines.add(new Printed(card.isTrainer() ? "TRAINER" : "ENERGY", 20, 4, 4.6));
            lines.add(new Printed(card.printedName(), 8, 10, 3.6));
            lines.add(new Printed(RULES.get(random.nextInt(RULES.size())), 5, 58, 1.3));
        }
        if (!card.artist().isBlank()) {
            lines.add(new Printed("Illus. " + card.artist(), 4, 81.5, 1.3));
        }
        String number = truth.printedNumber();
        double numberSize = 1.8;
        boolean left = era.ordinal() >= Era.BW_XY.ordinal();
        double numberLeft = left ? 4 : WIDTH_MM - 5 - number.length() * numberSize * CHAR_WIDTH;
        lines.add(new Printed(number, numberLeft, 85, numberSize));
        lines.add(new Printed("©" + (1999 + era.ordinal() * 3) + " Pokémon / Nintendo / Creatures / GAME FREAK",
                left ? 30 : 4, 86.3, 0.9));
        return lines;
    }

    /** The line's box in the whole photo, through the card's true corners (its axis-aligned bounds). */
    private static DetectedLine inPhoto(String text, double confidence, double left, double top, double width, double height,
            GroundTruth truth, boolean halfTurned) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] corner : new double[][] {{left, top}, {left + width, top}, {left + width, top + height},
            {left, top + height}}) {
            Point2D.Double p = onPhoto(truth.corners(), corner[0] / WIDTH_MM, corner[1] / HEIGHT_MM);
            minX = Math.min(minX, p.x);
            minY = Math.min(minY, p.y);
            maxX = Math.max(maxX, p.x);
            maxY = Math.max(maxY, p.y);
        }
        double frameWidth = truth.scene().frameWidth();
        double frameHeight = truth.scene().frameHeight();
        double boxLeft = halfTurned ? frameWidth - maxX : minX;
        double boxTop = halfTurned ? frameHeight - maxY : minY;
        return new DetectedLine(text, confidence, clamp(boxLeft / frameWidth), clamp(boxTop / frameHeight),
                clamp((maxX - minX) / frameWidth), clamp((maxY - minY) / frameHeight));
    }

    /** A point of the card (u across, v down, in [0, 1]) in the photo: bilinear between its corners. */
    private static Point2D.Double onPhoto(List<Point2D.Double> c, double u, double v) {
        double x = (1 - u) * (1 - v) * c.get(0).x + u * (1 - v) * c.get(1).x + u * v * c.get(2).x + (1 - u) * v * c.get(3).x;
        double y = (1 - u) * (1 - v) * c.get(0).y + u * (1 - v) * c.get(1).y + u * v * c.get(2).y + (1 - u) * v * c.get(3).y;
        return new Point2D.Double(x, y);
    }

    /** A line, or sometimes the line read as two where a gap looked too wide. */
    private static List<Printed> split(Printed line, Random noise) {
        int space = line.text().indexOf(' ', line.text().length() / 3);
        if (space < 0 || noise.nextDouble() >= 0.15) {
            return List.of(line);
        }
        double offset = (space + 1) * line.size() * CHAR_WIDTH;
        return List.of(new Printed(line.text().substring(0, space), line.left(), line.top(), line.size()),
                new Printed(line.text().substring(space + 1), line.left() + offset, line.top(), line.size()));
    }

    /** Each character confused with its look-alike at 7 %, dropped at 2 %. */
    private static String confused(String text, Random noise) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            double roll = noise.nextDouble();
            if (roll < 0.02) {
                continue;
            }
            out.append(roll < 0.09 && CONFUSIONS.containsKey(c) ? CONFUSIONS.get(c) : c);
        }
        return out.toString();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

package com.collectiq.testsupport.eras;

import com.collectiq.testsupport.eras.Canvas.Align;
import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;

/**
 * Draws the face of a card the way its era printed it: where the name, HP, stage line, number, set
 * code, regulation mark, illustrator and set symbol sit, measured from real cards (63 x 88 mm).
 * Text the data does not hold (attacks, rules, flavour) is invented filler; artwork is invented.
 */
public final class CardFace {

    public static final double WIDTH_MM = 63;
    public static final double HEIGHT_MM = 88;
    private static final double CORNER_MM = 3;

    private static final Color YELLOW_BORDER = new Color(0xF2CE3A);
    private static final Color SILVER_BORDER = new Color(0xB9BCC2);
    private static final Color INK = new Color(0x1E1E1E);
    private static final Color HP_RED = new Color(0xB8221C);
    /** Scarlet & Violet's first two sets print a code the data lacks. */
    private static final Map<String, String> CODES_MISSING_FROM_DATA = Map.of("sv1", "SVI", "sv2", "PAL");
    private static final Map<String, String> REGULATION_MARKS = Map.of("swsh7", "E", "swsh12pt5", "F");

    private final PrintedCard card;
    private final Finish finish;
    private final Era era;
    private final Palette type;
    private final Filler filler;
    private final Random random;
    private Canvas canvas;

    private CardFace(PrintedCard card, Finish finish, long seed) {
        this.card = card;
        this.finish = finish;
        this.era = card.era();
        this.type = Palette.of(card);
        this.random = new Random(seed * 31 + card.catalogId().hashCode());
        this.filler = new Filler(random);
    }

    /** The card's face at pxPerMm, with transparent rounded corners; the seed picks the filler and artwork. */
    public static BufferedImage draw(PrintedCard card, Finish finish, double pxPerMm, long seed) {
        return new CardFace(card, finish, seed).paint(pxPerMm);
    }

    /** The text printed as the collector number, e.g. "4/102", "004/203" or "G SVI EN 063/198". */
    public static String printedNumber(PrintedCard card) {
        String total = String.valueOf(card.set().printedTotal());
        boolean numeric = card.number().chars().allMatch(Character::isDigit);
        return switch (card.era()) {
            case SWSH -> numeric ? pad(card.number()) + "/" + pad(total) : card.number();
            case SV -> regulationMark(card) + " " + setCode(card) + " EN " + (numeric ? pad(card.number()) + "/" + pad(total) : card.number());
            default -> numeric || card.number().matches("\\d+[a-z]") ? card.number() + "/" + total : card.number();
        };
    }

    /** The set code as the card prints it, empty where the era prints only a symbol. */
    public static String setCode(PrintedCard card) {
        return card.set().ptcgoCode().isEmpty()
                ? CODES_MISSING_FROM_DATA.getOrDefault(card.set().id(), "")
                : card.set().ptcgoCode();
    }

    /** The regulation mark printed at the bottom left since Sword & Shield, empty before. */
    public static String regulationMark(PrintedCard card) {
        return switch (card.era()) {
            case SWSH -> REGULATION_MARKS.getOrDefault(card.set().id(), "E");
            case SV -> "G";
            default -> "";
        };
    }

    private static String pad(String digits) {
        return digits.length() >= 3 ? digits : "0".repeat(3 - digits.length()) + digits;
    }

    private BufferedImage paint(double pxPerMm) {
        BufferedImage image = new BufferedImage((int) Math.round(WIDTH_MM * pxPerMm),
                (int) Math.round(HEIGHT_MM * pxPerMm), BufferedImage.TYPE_INT_ARGB);
        canvas = new Canvas(image, pxPerMm);
        RoundRectangle2D outline = new RoundRectangle2D.Double(0, 0, WIDTH_MM, HEIGHT_MM, 2 * CORNER_MM, 2 * CORNER_MM);
        canvas.graphics().clip(outline);
        canvas.fill(outline, era == Era.SV ? SILVER_BORDER : YELLOW_BORDER);
        if (finish == Finish.FULL_ART) {
            fullArt();
        } else if (card.isPokemon()) {
            pokemon();
        } else if (card.isEnergy() && card.hasSubtype("Basic")) {
            basicEnergy();
        } else {
            trainerOrSpecialEnergy();
        }
        canvas.dispose();
        return image;
    }

    // ---- the frame every era shares: border, inner panel --------------------------------------

    private double border() {
        return switch (era) {
            case WOTC -> 3.3;
            case ECARD, EX -> 3.0;
            case SV -> 2.4;
            default -> 2.7;
        };
    }

    private double left() {
        return border() + 1.6;
    }

    private double right() {
        return WIDTH_MM - border() - 1.6;
    }

    private void panel(Color colour) {
        double b = border();
        canvas.roundRect(b, b, WIDTH_MM - 2 * b, HEIGHT_MM - 2 * b, 1.6, colour);
    }

    private Rectangle2D artBox() {
        double b = border();
        return switch (era) {
            case WOTC -> new Rectangle2D.Double(b + 3.2, 12.2, WIDTH_MM - 2 * b - 6.4, 32.5);
            case ECARD -> new Rectangle2D.Double(b + 2.2, 11.5, WIDTH_MM - 2 * b - 4.4, 30.5);
            case SV -> new Rectangle2D.Double(b + 1.6, 11.2, WIDTH_MM - 2 * b - 3.2, 36);
            default -> new Rectangle2D.Double(b + 2.4, 11.6, WIDTH_MM - 2 * b - 4.8, 32.5);
        };
    }

    private void art(Rectangle2D box) {
        Color rim = era == Era.WOTC || era == Era.EX ? new Color(0xD8B23A) : new Color(0xA7ADB3);
        canvas.rect(box.getX() - 0.7, box.getY() - 0.7, box.getWidth() + 1.4, box.getHeight() + 1.4, rim);
        Artwork.illustration(canvas, box, type, random);
        if (finish == Finish.HOLO) {
            Artwork.holofoil(canvas, box, random);
        }
    }

    // ---- Pokémon ---------------------------------------------------------------------------------

    private void pokemon() {
        panel(era == Era.SV ? blend(type.pale, Color.WHITE, 0.5) : type.pale);
        header(INK);
        Rectangle2D box = artBox();
        art(box);
        infoStrip(box);
        double y = box.getMaxY() + (era == Era.WOTC ? 7.5 : 6.5);
        y = attacks(y, INK);
        weaknessLine(INK);
        flavour(INK);
        footer(INK);
    }

    private String stage() {
        for (String stage : new String[] {"Stage 2", "Stage 1", "VMAX", "VSTAR", "BREAK", "Baby", "Restored"}) {
            if (card.hasSubtype(stage)) {
                return stage;
            }
        }
        return "Basic";
    }

    private String preEvolution() {
        String base = card.printedName().replaceAll(" (ex|EX|GX|V|VMAX|VSTAR|LV\\.X)$", "").replace("Dark ", "");
        String stage = stage();
        if (stage.equals("VMAX") || stage.equals("VSTAR")) {
            return base + " V";
        }
        return stage.startsWith("Stage") ? base.substring(0, Math.min(base.length(), 4)) + "lin" : "";
    }

    private void header(Color ink) {
        double b = border();
        String stage = stage();
        String hpValue = card.hp().isPresent() ? String.valueOf(card.hp().getAsInt()) : "";
        double nameY;
        switch (era) {
            case WOTC -> {
                if (!stage.equals("Basic")) {
                    canvas.text(stage.toUpperCase(), EraFonts.SANS_BOLD, 1.5, left(), b + 2.4, ink, Align.LEFT);
                    canvas.text("Evolves from " + preEvolution(), EraFonts.SERIF_ITALIC, 1.3, left() + 9, b + 2.4, ink, Align.LEFT);
                } else {
                    canvas.text("BASIC POKéMON", EraFonts.SANS_BOLD, 1.3, left(), b + 2.4, ink, Align.LEFT);
                }
                nameY = b + 7.2;
                canvas.text(card.printedName(), EraFonts.SANS_BOLD, 4.2, left(), nameY, ink, Align.LEFT, 34);
                double hpRight = right() - 4.4;
                double unit = canvas.text("HP", EraFonts.SANS_BOLD, 1.9, hpRight, nameY, HP_RED, Align.RIGHT);
                canvas.text(hpValue + " ", EraFonts.SANS_BOLD, 3.4, hpRight - unit, nameY, HP_RED, Align.RIGHT);
                Artwork.energy(canvas, right() - 1.8, nameY - 1.3, 1.8, type);
            }
            default -> {
                boolean stageLineAbove = era == Era.SV || era == Era.SWSH;
                if (stageLineAbove) {
                    String line = era == Era.SV ? stage : stage.toUpperCase();
                    canvas.text(line, EraFonts.HUMANIST_BOLD, 1.7, left(), b + 2.6, ink, Align.LEFT);
                    if (!preEvolution().isEmpty()) {
                        canvas.text("Evolves from " + preEvolution(), EraFonts.SANS, 1.2,
                                left() + canvas.width(line, EraFonts.HUMANIST_BOLD, 1.7) + 1.2, b + 2.6, ink, Align.LEFT);
                    }
                    nameY = b + 7.3;
                } else {
                    stageBox(stage, b);
                    nameY = b + 6.6;
                }
                EraFonts nameFace = era.ordinal() >= Era.SM.ordinal() ? EraFonts.HUMANIST_BOLD : EraFonts.SANS_BOLD;
                double nameX = stageLineAbove ? left() : left() + 9.5;
                String name = era == Era.DP_HGSS && card.set().id().startsWith("dp") ? card.printedName() + " LV." + filler.between(8, 60) : card.printedName();
                canvas.text(name, nameFace, era == Era.SV ? 4.5 : 4.0, nameX, nameY, ink, Align.LEFT, right() - 17 - nameX);
                double hpRight = right() - 4.4;
                EraFonts hpFace = era.ordinal() >= Era.SM.ordinal() ? EraFonts.HUMANIST_BOLD : EraFonts.SANS_BOLD;
                double value = canvas.text(hpValue, hpFace, 3.6, hpRight, nameY, era == Era.SV ? ink : HP_RED, Align.RIGHT);
                canvas.text("HP ", hpFace, 1.7, hpRight - value, nameY, era == Era.SV ? ink : HP_RED, Align.RIGHT);
                Artwork.energy(canvas, right() - 1.8, nameY - 1.2, 1.8, type);
            }
        }
    }

    private void stageBox(String stage, double b) {
        canvas.roundRect(left() - 0.6, b + 1.3, 9, 3.2, 0.6, new Color(0xDADADA));
        canvas.text(stage.toUpperCase(), EraFonts.SANS_BOLD, 1.5, left() + 3.9, b + 3.4, INK, Align.CENTER, 8);
        if (!preEvolution().isEmpty()) {
            canvas.text("Evolves from " + preEvolution(), EraFonts.SANS, 1.1, left() + 9.5, b + 2.0, INK, Align.LEFT);
        }
    }

    private void infoStrip(Rectangle2D box) {
        double y = box.getMaxY() + 2.6;
        String info = switch (era) {
            case WOTC -> filler.kind() + ". Length: " + filler.between(1, 6) + "' " + filler.between(0, 11) + "\", Weight: " + filler.between(2, 400) + " lbs.";
            default -> "NO. " + String.format("%03d", filler.between(1, 1010)) + "  " + filler.kind() + "  HT: " + filler.between(1, 6) + "'" + String.format("%02d", filler.between(0, 11)) + "\"  WT: " + filler.between(2, 400) + ".0 lbs.";
        };
        canvas.roundRect(box.getX() + 2, y - 1.6, box.getWidth() - 4, 2.2, 1, blend(YELLOW_BORDER, Color.WHITE, 0.4));
        canvas.text(info, EraFonts.SERIF_ITALIC, 1.25, box.getCenterX(), y, INK, Align.CENTER, box.getWidth() - 6);
        if (era == Era.WOTC) {
            canvas.text("Illus. " + card.artist(), EraFonts.SERIF_ITALIC, 1.3, box.getX(), box.getMaxY() + 4.9, INK, Align.LEFT);
            if (!card.set().id().equals("base1")) {
                Artwork.setSymbol(canvas, box.getMaxX() - 1.6, box.getMaxY() + 4.3, 2.6, card.set().id());
            }
        }
    }

    private double attacks(double top, Color ink) {
        double y = top;
        int hp = card.hp().orElse(60);
        boolean ability = filler.chance(0.3);
        int count = ability ? 1 : filler.between(1, 2);
        if (ability) {
            String label = era == Era.WOTC ? "Pokémon Power: " : "Ability ";
            double w = canvas.text(label, EraFonts.SANS_BOLD, 2.2, left() + 1, y, era == Era.WOTC ? ink : HP_RED, Align.LEFT);
            canvas.text(filler.abilityName(), EraFonts.SANS_BOLD, 2.6, left() + 1 + w, y, ink, Align.LEFT);
            y = canvas.paragraph(filler.attackText(), EraFonts.SANS, 1.55, left() + 1, y + 2.4, right() - left() - 2, ink) + 1.2;
        }
        for (int i = 0; i < count; i++) {
            int cost = filler.between(1, 3);
            for (int c = 0; c < cost; c++) {
                Artwork.energy(canvas, left() + 1.2 + c * 2.7, y - 1, 1.2, c == 0 ? type : Palette.COLORLESS);
            }
            canvas.text(filler.attackName(), EraFonts.SANS_BOLD, 2.7, left() + 10, y, ink, Align.LEFT, 30);
            canvas.text(String.valueOf(filler.damage(hp)), EraFonts.SANS_BOLD, 3.0, right() - 0.5, y, ink, Align.RIGHT);
            if (filler.chance(0.7)) {
                y = canvas.paragraph(filler.attackText(), EraFonts.SANS, 1.55, left() + 1, y + 2.4, right() - left() - 2, ink);
            } else {
                y += 2;
            }
            y += 1.4;
        }
        return y;
    }

    private double weaknessY() {
        return switch (era) {
            case WOTC -> 75.5;
            case ECARD -> 71.5;
            default -> 77.2;
        };
    }

    private void weaknessLine(Color ink) {
        double y = weaknessY();
        canvas.rect(left() - 0.8, y - 2.4, right() - left() + 1.6, 0.15, ink);
        String[] labels = era == Era.WOTC
                ? new String[] {"weakness", "resistance", "retreat cost"}
                : new String[] {"weakness", "resistance", "retreat"};
        double[] xs = {left() + 0.5, left() + 19, left() + 37};
        for (int i = 0; i < 3; i++) {
            canvas.text(labels[i], EraFonts.SANS, 1.2, xs[i], y, ink, Align.LEFT);
            if (i != 1 || filler.chance(0.4)) {
                double after = xs[i] + canvas.width(labels[i], EraFonts.SANS, 1.2) + 1.6;
                Artwork.energy(canvas, after, y - 0.45, 0.9, i == 2 ? Palette.COLORLESS : Palette.values()[filler.between(0, 7)]);
                if (i == 0 && era.ordinal() >= Era.DP_HGSS.ordinal()) {
                    canvas.text("×2", EraFonts.SANS_BOLD, 1.3, after + 1.3, y, ink, Align.LEFT);
                }
            }
        }
    }

    private void flavour(Color ink) {
        double b = border();
        switch (era) {
            case WOTC -> {
                Rectangle2D box = new Rectangle2D.Double(left(), 77.2, right() - left(), 5.6);
                canvas.fill(box, blend(YELLOW_BORDER, Color.WHITE, 0.55));
                canvas.text("LV. " + filler.between(8, 60) + "  #" + filler.between(1, 251), EraFonts.SANS_BOLD, 1.2,
                        box.getX() + 0.8, box.getY() + 1.6, ink, Align.LEFT);
                canvas.paragraph(filler.flavour(), EraFonts.SERIF_ITALIC, 1.25, box.getX() + 0.8, box.getY() + 3.1,
                        box.getWidth() - 1.6, ink);
            }
            case ECARD -> ereaderStrip(b);
            default -> {
                String rule = mechanicRule();
                if (rule == null) {
                    canvas.paragraph(filler.flavour(), EraFonts.SERIF_ITALIC, 1.15, WIDTH_MM / 2 + 2, 80.2,
                            right() - WIDTH_MM / 2 - 2.5, ink);
                } else {
                    canvas.paragraph(rule, EraFonts.SANS, 1.2, left() + 1, 80.2, right() - left() - 2, ink);
                }
            }
        }
    }

    /**
     * The rule a card printed for a mechanic carries where others print flavour text, worded as that
     * series words it (the cards' own text); null for a card of no such mechanic.
     */
    private String mechanicRule() {
        if (card.hasSubtype("VMAX")) {
            return "VMAX rule: When your Pokémon VMAX is Knocked Out, your opponent takes 3 Prize cards.";
        }
        if (card.hasSubtype("VSTAR")) {
            return "VSTAR rule: When your Pokémon VSTAR is Knocked Out, your opponent takes 2 Prize cards.";
        }
        if (card.hasSubtype("V")) {
            return "V rule: When your Pokémon V is Knocked Out, your opponent takes 2 Prize cards.";
        }
        if (card.hasSubtype("GX")) {
            return "Pokémon-GX rule: When your Pokémon-GX is Knocked Out, your opponent takes 2 Prize cards.";
        }
        if (!card.hasSubtype("EX") && !card.hasSubtype("ex")) {
            return null;
        }
        // the data marks the EX series' small "ex" cards "EX" too: the series, not the mark, sets the wording
        if (era == Era.EX) {
            return "When Pokémon-ex has been Knocked Out, your opponent takes 2 Prize cards.";
        }
        return card.hasSubtype("EX")
                ? "Pokémon-EX rule: When a Pokémon-EX has been Knocked Out, your opponent takes 2 Prize cards."
                : "Pokémon ex rule: When your Pokémon ex is Knocked Out, your opponent takes 2 Prize cards.";
    }

    /** Expedition's dot code: a strip of black dots the e-Reader scanned, along the bottom. */
    private void ereaderStrip(double b) {
        double top = 74.2;
        canvas.rect(b + 0.8, top, WIDTH_MM - 2 * b - 1.6, 6.2, Color.WHITE);
        for (double x = b + 2; x < WIDTH_MM - b - 2; x += 0.32) {
            for (double y = top + 0.6; y < top + 5.6; y += 0.32) {
                if (random.nextBoolean()) {
                    canvas.rect(x, y, 0.22, 0.22, INK);
                }
            }
        }
    }

    // ---- the bottom line: number, set symbol, rarity, illustrator, regulation mark -----------------

    private void footer(Color ink) {
        String number = printedNumber(card);
        double b = border();
        double base = HEIGHT_MM - b - 0.9;
        String copyright = "©" + card.set().releaseYear() + " Pokémon / Nintendo / Creatures / GAME FREAK";
        switch (era) {
            case WOTC, ECARD, EX, DP_HGSS -> {
                double raritySize = 1.6;
                double rarityX = right() - raritySize;
                Artwork.rarity(canvas, rarityX, base - 0.6, raritySize, card.rarity(), ink);
                double numberWidth = canvas.text(number, EraFonts.SANS_BOLD, 1.8, rarityX - 0.8, base, ink, Align.RIGHT);
                if (era != Era.WOTC) {
                    Artwork.setSymbol(canvas, rarityX - numberWidth - 3, base - 0.6, 2.2, card.set().id());
                    canvas.text("Illus. " + card.artist(), EraFonts.SERIF_ITALIC, 1.25, left(), base - 2.3, ink, Align.LEFT);
                }
                canvas.text(copyright, EraFonts.SANS, 0.95, left(), base, ink, Align.LEFT, 30);
            }
            default -> {
                canvas.text("Illus. " + card.artist(), EraFonts.SERIF_ITALIC, 1.3, left(), base - 2.5, ink, Align.LEFT);
                double x = left();
                String mark = regulationMark(card);
                if (!mark.isEmpty()) {
                    canvas.roundRect(x - 0.2, base - 1.9, 2.3, 2.4, 0.3, Color.WHITE);
                    canvas.stroke(new Rectangle2D.Double(x - 0.2, base - 1.9, 2.3, 2.4), ink, 0.12);
                    canvas.text(mark, EraFonts.HUMANIST_BOLD, 2.0, x + 0.95, base, INK, Align.CENTER);
                    x += 3;
                }
                String printed = number;
                if (era == Era.SV) {
                    printed = number.substring(mark.length() + 1);
                } else {
                    Artwork.setSymbol(canvas, x + 1.1, base - 0.7, 2.2, card.set().id());
                    x += 2.9;
                }
                double w = canvas.text(printed, EraFonts.HUMANIST_BOLD, 1.75, x, base, ink, Align.LEFT);
                Artwork.rarity(canvas, x + w + 0.8, base - 0.6, 1.5, card.rarity(), ink);
                canvas.text(copyright, EraFonts.SANS, 0.85, right(), base, ink, Align.RIGHT, 24);
            }
        }
    }

    // ---- Trainer, Energy ---------------------------------------------------------------------------

    private void trainerOrSpecialEnergy() {
        boolean trainer = card.isTrainer();
        Color tint = trainer ? new Color(0xE6E8EC) : new Color(0xF0EBDD);
        panel(tint);
        double b = border();
        double nameY;
        if (era == Era.WOTC) {
            canvas.rect(b, b, WIDTH_MM - 2 * b, 7.5, trainer ? new Color(0xC8CDD3) : new Color(0xE2D6B5));
            canvas.text(trainer ? "TRAINER" : "ENERGY", EraFonts.SANS_BOLD, 4.6, WIDTH_MM / 2, b + 6, HP_RED, Align.CENTER);
            nameY = b + 11.6;
            canvas.text(card.printedName(), EraFonts.SANS_BOLD, 3.6, WIDTH_MM / 2, nameY, INK, Align.CENTER, right() - left());
        } else {
            String kind = trainer ? (card.subtypes().isEmpty() ? "Item" : card.subtypes().get(0)) : "Special Energy";
            Color bar = switch (kind) {
                case "Supporter" -> new Color(0xE08A3A);
                case "Stadium" -> new Color(0x3F9A5B);
                case "Pokémon Tool" -> new Color(0x7B5BB0);
                default -> new Color(0x3D78C2);
            };
            canvas.rect(b, b + 0.5, WIDTH_MM - 2 * b, 4.2, bar);
            EraFonts face = era.ordinal() >= Era.SM.ordinal() ? EraFonts.HUMANIST_BOLD : EraFonts.SANS_BOLD;
            canvas.text(era == Era.SV ? (trainer ? "Trainer" : "Energy") : (trainer ? "TRAINER" : "ENERGY"),
                    face, 2.6, left(), b + 3.7, Color.WHITE, Align.LEFT);
            canvas.text(era == Era.SV ? kind : kind.toUpperCase(), face, 2.2, right(), b + 3.6, Color.WHITE, Align.RIGHT);
            nameY = b + 9.6;
            canvas.text(card.printedName(), face, 3.8, left(), nameY, INK, Align.LEFT, right() - left());
        }
        Rectangle2D box = new Rectangle2D.Double(artBox().getX(), nameY + 2.4, artBox().getWidth(), 28);
        art(box);
        double y = box.getMaxY() + 4.5;
        y = canvas.paragraph(trainer ? filler.rule() : "This card provides 2 Colorless Energy. " + filler.attackText(),
                EraFonts.SANS, 1.8, left() + 1, y, right() - left() - 2, INK);
        if (card.hasSubtype("Supporter") || card.hasSubtype("Stadium") || card.hasSubtype("Item")) {
            double ruleY = HEIGHT_MM - b - 9;
            canvas.rect(left(), ruleY - 2, right() - left(), 3.4, new Color(255, 255, 255, 160));
            String rule = card.hasSubtype("Supporter")
                    ? "You may play only 1 Supporter card during your turn."
                    : card.hasSubtype("Stadium") ? "This card stays in play when you play it. Discard this card if another Stadium card comes into play."
                    : "You may play any number of Item cards during your turn.";
            canvas.text(rule, EraFonts.SANS, 1.25, WIDTH_MM / 2, ruleY, INK, Align.CENTER, right() - left() - 1);
        }
        footer(INK);
    }

    private void basicEnergy() {
        panel(blend(type.pale, Color.WHITE, 0.3));
        double b = border();
        EraFonts face = era.ordinal() >= Era.SM.ordinal() ? EraFonts.HUMANIST_BOLD : EraFonts.SANS_BOLD;
        if (era == Era.WOTC) {
            canvas.text(card.printedName(), face, 4.2, WIDTH_MM / 2, b + 7, INK, Align.CENTER, right() - left());
        } else {
            canvas.text(era == Era.SV ? "Basic Energy" : "BASIC ENERGY", face, 2.0, left(), b + 3.5, INK, Align.LEFT);
            canvas.text(card.printedName(), face, 4.0, left(), b + 8, INK, Align.LEFT, right() - left());
        }
        Area glow = new Area(new Rectangle2D.Double(b, 14, WIDTH_MM - 2 * b, 56));
        canvas.fill(glow, blend(type.strong, Color.WHITE, 0.6));
        Artwork.energy(canvas, WIDTH_MM / 2, 42, 17, type);
        footer(INK);
    }

    // ---- full art: the artwork under everything, text outlined over it -----------------------------

    private void fullArt() {
        double b = era == Era.SV ? 1.2 : border() * 0.6;
        Rectangle2D whole = new Rectangle2D.Double(b, b, WIDTH_MM - 2 * b, HEIGHT_MM - 2 * b);
        Artwork.illustration(canvas, whole, type, random);
        if (card.rarity().contains("Rainbow") || card.rarity().contains("Hyper") || card.rarity().contains("Secret")) {
            Artwork.holofoil(canvas, whole, random);
        }
        Color fill = Color.WHITE;
        Color outline = new Color(20, 20, 20);
        double nameY = b + 7.5;
        if (card.isPokemon()) {
            String stage = stage();
            canvas.outlinedText(era == Era.SV ? stage : stage.toUpperCase(), EraFonts.HUMANIST_BOLD, 1.8, left(), b + 3,
                    fill, outline, Align.LEFT, 0);
            canvas.outlinedText(card.printedName(), EraFonts.HUMANIST_BOLD, 4.6, left(), nameY, fill, outline, Align.LEFT, 36);
            if (card.hp().isPresent()) {
                double hpRight = right() - 4.4;
                String value = String.valueOf(card.hp().getAsInt());
                double width = canvas.width(value, EraFonts.HUMANIST_BOLD, 3.8);
                canvas.outlinedText(value, EraFonts.HUMANIST_BOLD, 3.8, hpRight, nameY, fill, outline, Align.RIGHT, 0);
                canvas.outlinedText("HP ", EraFonts.HUMANIST_BOLD, 1.8, hpRight - width, nameY, fill, outline, Align.RIGHT, 0);
                Artwork.energy(canvas, right() - 1.8, nameY - 1.2, 1.8, type);
            }
        } else {
            canvas.outlinedText(card.isTrainer() ? "TRAINER" : "ENERGY", EraFonts.HUMANIST_BOLD, 2.4, left(), b + 3.4,
                    fill, outline, Align.LEFT, 0);
            canvas.outlinedText(card.printedName(), EraFonts.HUMANIST_BOLD, 4.2, left(), nameY + 1, fill, outline, Align.LEFT, right() - left());
        }
        canvas.rect(b, 56, WIDTH_MM - 2 * b, 26, new Color(0, 0, 0, 60));
        double y = 60;
        for (int i = 0; i < filler.between(1, 2); i++) {
            canvas.outlinedText(filler.attackName(), EraFonts.HUMANIST_BOLD, 2.7, left() + 8, y, fill, outline, Align.LEFT, 30);
            canvas.outlinedText(String.valueOf(filler.damage(card.hp().orElse(100))), EraFonts.HUMANIST_BOLD, 3.0,
                    right(), y, fill, outline, Align.RIGHT, 0);
            y = canvas.paragraph(filler.attackText(), EraFonts.SANS, 1.55, left() + 1, y + 2.4, right() - left() - 2, Color.WHITE) + 1.5;
        }
        String rule = card.isPokemon() ? mechanicRule() : null;
        if (rule != null) {
            canvas.paragraph(rule, EraFonts.SANS, 1.2, left() + 1, Math.max(y + 0.5, 78.5), right() - left() - 2, Color.WHITE);
        }
        footer(Color.WHITE);
    }

    private static Color blend(Color a, Color b, double share) {
        return new Color((int) (a.getRed() * (1 - share) + b.getRed() * share),
                (int) (a.getGreen() * (1 - share) + b.getGreen() * share),
                (int) (a.getBlue() * (1 - share) + b.getBlue() * share));
    }
}

package com.collectiq.identification;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What OCR engines get wrong about printed card text, in one place: letters read where digits are
 * printed (and back), accents, stray punctuation.
 */
public final class OcrText {

    private OcrText() {
    }

    /** Reads a token that must be digits: O→0, l/I/|→1, S→5, B→8, Z→2, G→6, g→9 — the confusions seen on card fonts. */
    public static String asDigits(String token) {
        StringBuilder digits = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            digits.append(switch (c) {
                case 'O', 'o', 'Q', 'D' -> '0';
                case 'l', 'I', 'i', '|', '!', 'L', ']', '[' -> '1';
                case 'S', 's', '$' -> '5';
                case 'B' -> '8';
                case 'Z', 'z' -> '2';
                case 'G', 'b' -> '6';
                case 'g', 'q' -> '9';
                case 'T' -> '7';
                default -> c;
            });
        }
        return digits.toString();
    }

    /** Reads a token that must be capital letters (a number's prefix such as TG, SWSH): 0→O, 1→I, 5→S, 8→B. */
    public static String asLetters(String token) {
        StringBuilder letters = new StringBuilder(token.length());
        for (char c : token.toUpperCase(Locale.ROOT).toCharArray()) {
            letters.append(switch (c) {
                case '0' -> 'O';
                case '1', '|', 'L' -> 'I';
                case '5' -> 'S';
                case '8' -> 'B';
                case '6' -> 'G';
                default -> c;
            });
        }
        return letters.toString();
    }

    /**
     * The comparable form of a name: lower case, accents dropped (Pokémon → pokemon), punctuation
     * other than apostrophes and gender signs gone, spaces collapsed.
     */
    static String fold(String text) {
        // a name's parenthesised part, e.g. "Boss's Orders (Ghetsis)", tells printings apart and is not printed
        String unprinted = text.replaceAll("\\s*\\([^)]*\\)", "");
        String decomposed = Normalizer.normalize(unprinted, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}'♀♂ ]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }
}

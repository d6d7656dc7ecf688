package com.collectiq.testsupport.eras;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typefaces committed under {@code src/test/resources/fonts/} (SIL OFL, from Debian's
 * fonts-liberation2 and fonts-crosextra-carlito), loaded from those files so that a drawing is the
 * same on every machine whatever fonts it has installed.
 */
public enum EraFonts {
    /** Card names and HP of the older eras, attack names. */
    SANS_BOLD("LiberationSans-Bold.ttf"),
    /** Attack and rule text, small print. */
    SANS("LiberationSans-Regular.ttf"),
    /** Flavour text and the illustrator's line. */
    SERIF_ITALIC("LiberationSerif-Italic.ttf"),
    /** The humanist bold of the modern eras' names, HP and collector numbers. */
    HUMANIST_BOLD("Carlito-Bold.ttf");

    private static final Map<EraFonts, Font> LOADED = new LinkedHashMap<>();

    private final String file;

    EraFonts(String file) {
        this.file = file;
    }

    /** The classpath resource the font is read from. */
    public String resource() {
        return "/fonts/" + file;
    }

    /** The font at one point; derive sizes from it. */
    public Font font() {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(this, EraFonts::load);
        }
    }

    public Font font(float size) {
        return font().deriveFont(size);
    }

    private static Font load(EraFonts face) {
        try (InputStream in = EraFonts.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException(face.resource() + " is not on the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(face.resource() + " is not a TrueType font", e);
        }
    }
}

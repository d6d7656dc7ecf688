package com.collectiq.identification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Pokémon's name without the mechanic its card is printed for ({@code Rotom V}, {@code Tauros-GX},
 * {@code Skeledirge ex}): the suffix is a logo, not type, on the card, and OCR reads it as anything or
 * nothing, so a name read without it still names the Pokémon; the number tells the printings apart.
 */
final class RuleBoxName {

    private static final Pattern SUFFIX = Pattern.compile("(?:[ -](?:V|VMAX|VSTAR|V-UNION|ex|EX|GX|BREAK|LV\\.X))$");
    /** An owner (Koga's, Team Rocket's) or a form (Dark, Alolan) printed before the Pokémon's name. */
    private static final Pattern FORM = Pattern.compile(
            "^(?:(?:Team )?\\p{Lu}[\\p{L}.]*'s|Dark|Light|Alolan|Galarian|Hisuian|Paldean|Shining|Radiant) (?=\\p{Lu})");

    private RuleBoxName() {
    }

    /** The names and, after them, the Pokémon of those printed for a mechanic, each once. */
    static List<String> withBases(List<String> names) {
        Set<String> all = new LinkedHashSet<>(names);
        names.forEach(name -> all.add(base(name)));
        return List.copyOf(all);
    }

    /** The name without its mechanic; the name itself when it has none. */
    static String base(String name) {
        return SUFFIX.matcher(name).replaceFirst("");
    }

    /**
     * The Pokémon alone, without its mechanic and without its owner or form: {@code Arbok} of
     * {@code Koga's Arbok}, {@code Meowth} of {@code Alolan Meowth}. A name read without its owner
     * or form still names the Pokémon (the owner's name is printed smaller on some cards); the
     * number tells the printings apart. A trainer's possessive is cut the same way ({@code Orders} of
     * {@code Boss's Orders}): what is left still names only that card.
     */
    static String species(String name) {
        return FORM.matcher(base(name)).replaceFirst("");
    }
}

package com.collectiq.testsupport.eras;

import java.util.List;
import java.util.OptionalInt;

/** The facts of one card the renderer prints: what the bundled data knows, no card text. */
public record PrintedCard(String catalogId, PrintedSet set, String number, String name, String supertype,
                          List<String> subtypes, OptionalInt hp, String rarity, String artist) {

    public PrintedCard {
        subtypes = List.copyOf(subtypes);
    }

    /** The name as the card prints it: the data's bracketed disambiguation ("Boss's Orders (Ghetsis)") is not on it. */
    public String printedName() {
        return name.replaceAll("\\s*\\([^)]*\\)", "");
    }

    public Era era() {
        return set.era();
    }

    public boolean isPokemon() {
        return supertype.startsWith("Pok");
    }

    public boolean isTrainer() {
        return "Trainer".equals(supertype);
    }

    public boolean isEnergy() {
        return "Energy".equals(supertype);
    }

    public boolean hasSubtype(String subtype) {
        return subtypes.contains(subtype);
    }
}

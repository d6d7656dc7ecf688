package com.collectiq.testsupport.eras;

import java.util.Set;

/** How the card's face is printed: plain, with a holofoil art box, or full art (text over the artwork). */
public enum Finish {
    NORMAL, HOLO, FULL_ART;

    private static final Set<String> FULL_ART_RARITIES = Set.of("Rare Ultra", "Rare Rainbow", "Rare Secret",
            "Ultra Rare", "Illustration Rare", "Special Illustration Rare", "Hyper Rare", "Shiny Ultra Rare");

    /** The finish a card of this rarity is printed with in its era. */
    public static Finish of(PrintedCard card) {
        if (card.era().printsFullArt() && FULL_ART_RARITIES.contains(card.rarity())) {
            return FULL_ART;
        }
        String rarity = card.rarity();
        return rarity.contains("Holo") || rarity.contains("Shining") || rarity.contains("Radiant")
                || rarity.equals("Double Rare") || rarity.equals("Shiny Rare") || rarity.equals("LEGEND")
                ? HOLO : NORMAL;
    }
}

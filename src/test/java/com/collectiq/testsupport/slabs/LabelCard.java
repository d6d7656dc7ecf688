package com.collectiq.testsupport.slabs;

import java.util.Locale;

/**
 * The card as a slab's label describes it.
 *
 * @param year the set's release year
 * @param set the set's name as the data holds it ("Base", "Scarlet & Violet")
 * @param name the card's printed name
 * @param number the collector number as the data holds it; labels print it as "#4"
 * @param variant "HOLO", "FULL ART" or empty for a plain card
 */
public record LabelCard(int year, String set, String name, String number, String variant) {

    /** "Holo", "Full Art": the variant as the graders that print in mixed case write it. */
    public String variantInTitleCase() {
        StringBuilder titled = new StringBuilder();
        for (String word : variant.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                titled.append(titled.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return titled.toString();
    }
}

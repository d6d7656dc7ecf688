package com.collectiq.identification;

import java.util.List;
import java.util.Set;

/**
 * What the resolver matches catalog cards against: the reading with the owner's hints applied.
 *
 * @param printedName the name as printed where no catalog name says it, or null (always null when the owner named the card)
 * @param printedNameConfidence how sure the line the printed name was read from was; 0 when there is none
 * @param numberConfidence how sure the number (and its printed total) was read or hinted; 0 when there is none
 * @param setIds sets the owner named or the card's printed code names; empty when neither did
 * @param holoEstimate the vision stage's estimate that the card is foil, or null
 * @param regulationMark the regulation mark read at the card's foot ({@code D} to {@code I}: Sword &amp; Shield on), or null
 * @param levelBesideName whether a level was read after the name: a card of the Diamond &amp; Pearl or Platinum series
 * @param silverBorder whether the border is silver (Scarlet &amp; Violet onwards), or null when unknown
 */
record Clues(List<NameMatch> names, String printedName, double printedNameConfidence, CardNumber number, double numberConfidence, Set<String> setIds, Integer hp, String stage,
        String supertype, String illustrator, Integer copyrightYear, String regulationMark, boolean levelBesideName, Double holoEstimate,
        Boolean silverBorder) {

    Clues {
        names = List.copyOf(names);
        setIds = Set.copyOf(setIds);
    }
}

package com.collectiq.testsupport.spreads;

import java.util.List;

import com.collectiq.testsupport.eras.Scene;

/**
 * A rendered photo of several cards and the truth about it.
 *
 * @param jpeg  the file's bytes, as a phone writes them (EXIF Orientation tag included when the scene asks)
 * @param scene the photographing conditions: light, noise, JPEG quality, EXIF orientation, surface
 * @param cards every card drawn, distractors included, in the order they were drawn
 */
public record SpreadPhoto(byte[] jpeg, SpreadKind kind, Scene scene, List<PlacedCard> cards) {

    public SpreadPhoto {
        cards = List.copyOf(cards);
    }

    /** The cards a finder must find: wholly in frame and uncovered. */
    public List<PlacedCard> counted() {
        return cards.stream().filter(PlacedCard::counts).toList();
    }
}

package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * A photo that passed the checks, what its pixels show, the card flattened upright to 63 × 88 mm
 * at 6 px/mm (empty when no card outline was found), which text extraction reads, what may be
 * a graded card's slab (empty when nothing like one was seen; see {@link Slab}), and the cards of a
 * photo that shows several, in reading order, each to be cut out with {@link PhotoAnalyzer#cropCard}
 * (empty for a photo of one card or none, which is valued whole; a card cut by the photo's edge or
 * partly covered is not among them: it cannot be valued whole).
 */
public record PhotoAnalysis(PhotoCheck check, VisualFeatures features, Optional<BufferedImage> normalisedCard,
        Optional<Slab> slab, List<FoundCard> cards) {

    public PhotoAnalysis {
        cards = List.copyOf(cards);
    }

    /** The same analysis without the flattened card's pixels, for whoever keeps it after the features are taken. */
    public PhotoAnalysis withoutNormalisedCard() {
        return new PhotoAnalysis(check, features, Optional.empty(), slab, cards);
    }
}

package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A photo that passed the checks, what its pixels show, the card flattened upright to 63 × 88 mm
 * at 6 px/mm (empty when no card outline was found), which text extraction reads, and what may be
 * a graded card's slab (empty when nothing like one was seen; see {@link Slab}).
 */
public record PhotoAnalysis(PhotoCheck check, VisualFeatures features, Optional<BufferedImage> normalisedCard,
        Optional<Slab> slab) {
}

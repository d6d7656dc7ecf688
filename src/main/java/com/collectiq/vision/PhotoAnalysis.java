package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A photo that passed the checks, what its pixels show, and the card flattened upright to 63 × 88 mm
 * at 6 px/mm (empty when no card outline was found), which text extraction reads.
 */
public record PhotoAnalysis(PhotoCheck check, VisualFeatures features, Optional<BufferedImage> normalisedCard) {
}

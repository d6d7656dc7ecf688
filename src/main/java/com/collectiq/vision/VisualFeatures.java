package com.collectiq.vision;

import java.util.List;
import java.util.Optional;

/**
 * Everything the image itself says about the card. Units, ranges and meanings are in docs/vision.md.
 *
 * @param outline       where the card is in the photo; empty when no card was found
 * @param borders       border widths and centering; empty when the border could not be measured
 * @param borderColour  the printed border's colour name; empty without a card outline
 * @param borderRgb     the border's measured colour as {@code #rrggbb}; empty without a card outline
 * @param whitenedShare share of the outermost border pixels showing paper, 0..1 (0 on white/silver borders)
 * @param quality       sharpness, glare and exposure of the card (of the whole photo without an outline)
 * @param foil          the holo/foil estimate of the artwork window
 * @param hashes        perceptual and difference hashes of the normalised card
 * @param condition     the condition estimate, with its confidence
 * @param notes         why something is missing or uncertain, in words
 */
public record VisualFeatures(
        Optional<CardOutline> outline,
        Optional<BorderMeasurement> borders,
        Optional<BorderColour> borderColour,
        Optional<String> borderRgb,
        double whitenedShare,
        PhotoQuality quality,
        FoilEstimate foil,
        CardHashes hashes,
        ConditionEstimate condition,
        List<String> notes) {

    public VisualFeatures {
        notes = List.copyOf(notes);
    }
}

package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Computes {@link VisualFeatures} from decoded pixels: finds the card, flattens it to the canonical
 * 63 × 88 mm card, then measures it. Without an outline the whole photo stands in for the card, so
 * every feature still has a value, and the notes and the condition confidence say why to doubt it.
 */
final class VisualFeatureExtractor {

    /** The long side of the outline search's copy when the usual one found nothing: twice as fine. */
    private static final int CLOSER_LONG_SIDE = 2 * CardOutlineDetector.DETECTION_LONG_SIDE;

    private final CardOutlineDetector outlineDetector = new CardOutlineDetector();
    private final SlabDetector slabDetector = new SlabDetector();
    private final BorderAnalyser borderAnalyser = new BorderAnalyser();
    private final ConditionEstimator conditionEstimator = new ConditionEstimator();

    /**
     * The features, the card flattened to 63 × 88 mm without its margin (empty without an outline),
     * and what could be a graded card's slab, in full-size pixels (confirmed only by reading its label).
     */
    record Extracted(VisualFeatures features, Optional<BufferedImage> card, Optional<Slab> slab) {
    }

    /**
     * @param photo        the upright, subsampled photo
     * @param subsampling  stored pixels per analysed pixel, to report the outline in full-size pixels
     */
    Extracted extract(RgbImage photo, int subsampling) {
        // a card or a slab a fifth of the frame tall: some 100 px long in the usual search's small copy,
        // where a sleeve's edge or a slab's rim lies within 3 px of the card's. Looked at closer
        Optional<CardOutline> found = outlineDetector.detect(photo)
                .or(() -> outlineDetector.detect(photo, CLOSER_LONG_SIDE));
        Optional<Slab> slab = found.flatMap(outline -> slabDetector.detect(photo, outline));
        if (found.isEmpty()) {
            // a slab on wood grain or a patterned mat, whose lines outvoted the case's sides: looked for
            // among them, and taken only as a slab, so a raw card's photo without an outline stays as it was
            Optional<CardOutline> amongTexture = outlineDetector.detectAmongTexture(photo, CLOSER_LONG_SIDE);
            Optional<Slab> slabAmongTexture = amongTexture.flatMap(outline -> slabDetector.detect(photo, outline));
            if (slabAmongTexture.isPresent()) {
                found = amongTexture;
                slab = slabAmongTexture;
            }
        }
        return measure(photo, subsampling, found, slab.map(candidate -> candidate.scaled(subsampling)));
    }

    /** The features of the card inside a slab, whose case the outline detector found instead of it. */
    Extracted extractSlabbed(RgbImage photo, int subsampling, Slab slab) {
        return measure(photo, subsampling, Optional.of(slab.card().scaled(1.0 / subsampling)), Optional.of(slab));
    }

    private Extracted measure(RgbImage photo, int subsampling, Optional<CardOutline> outline, Optional<Slab> slab) {
        List<String> notes = new ArrayList<>();
        if (outline.isEmpty()) {
            notes.add("no card outline found: features describe the whole photo, centering is not measured");
            return new Extracted(wholePhoto(photo, notes), Optional.empty(), Optional.empty());
        }
        if (outline.get().fullFrame()) {
            notes.add("no card outline found, but the photo has a card's proportions: taken as a tight crop of the card");
        }
        NormalisedCard card = NormalisedCard.warp(photo, outline.get());
        BorderAnalyser.Result border = borderAnalyser.analyse(card);
        if (border.measurement().isEmpty()) {
            notes.add("the border's inner edge was not found on every side (borderless or full-art card?): centering is not measured");
        }
        int[] box = border.cardBox(card.image);
        PhotoQuality quality = PhotoQuality.measure(card.image, box);
        double whitened = border.whitenedShare();
        VisualFeatures features = new VisualFeatures(
                Optional.of(outline.get().scaled(subsampling)),
                border.measurement(),
                Optional.of(BorderColour.of(border.borderRgb())),
                Optional.of(String.format(Locale.ROOT, "#%06x", border.borderRgb())),
                whitened,
                quality,
                FoilEstimate.measure(card.image, box),
                CardHashes.of(card.image, box),
                conditionEstimator.estimate(outline, border.measurement(), whitened, quality),
                notes);
        BufferedImage flat = card.image.toBufferedImage().getSubimage(NormalisedCard.MARGIN, NormalisedCard.MARGIN,
                NormalisedCard.WIDTH, NormalisedCard.HEIGHT);
        return new Extracted(features, Optional.of(flat), slab);
    }

    private VisualFeatures wholePhoto(RgbImage photo, List<String> notes) {
        int[] box = {0, 0, photo.width - 1, photo.height - 1};
        PhotoQuality quality = PhotoQuality.measure(photo, box);
        return new VisualFeatures(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0,
                quality, FoilEstimate.measure(photo, box), CardHashes.of(photo, box),
                conditionEstimator.estimate(Optional.empty(), Optional.empty(), 0, quality), notes);
    }
}

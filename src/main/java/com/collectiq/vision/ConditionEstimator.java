package com.collectiq.vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.collectiq.vision.ConditionEstimate.ConditionBand;

/**
 * Turns the visible signs (centering, whitening at the edges) into a condition estimate, and the
 * photo's quality (outline found, sharpness, glare) into how much that estimate can be trusted.
 */
final class ConditionEstimator {

    static final double MAX_CONFIDENCE = 0.8;
    /** Below this Laplacian variance the card's edges are too soft to judge wear. */
    static final double BLURRY = 40;
    static final double SOFT = 120;

    ConditionEstimate estimate(Optional<CardOutline> outline, Optional<BorderMeasurement> borders,
            double whitenedShare, PhotoQuality quality) {
        List<String> factors = new ArrayList<>();
        double score = 1;
        double confidence = MAX_CONFIDENCE;
        if (outline.isEmpty() || outline.get().fullFrame()) {
            confidence *= 0.5;
            factors.add(outline.isEmpty() ? "no card outline found" : "card assumed to fill the photo");
        }
        if (borders.isPresent()) {
            Centering centering = borders.get().centering();
            double worst = centering.worstShare();
            // the usual centering limits: 55/45 for the top grade, then 60/40, 65/35, 70/30
            score = worst <= 55 ? 1 : worst <= 60 ? 0.88 : worst <= 65 ? 0.75 : worst <= 70 ? 0.62 : 0.45;
            factors.add("centering " + centering.leftRight() + " left/right, " + centering.topBottom() + " top/bottom");
        } else {
            confidence *= 0.6;
            factors.add("border not measurable: centering unknown");
        }
        if (whitenedShare > 0.01) {
            score -= Math.min(0.4, whitenedShare * 4);
            factors.add(String.format(Locale.ROOT, "whitening on %.0f%% of the edge", 100 * whitenedShare));
        }
        if (quality.sharpness() < BLURRY) {
            confidence *= 0.5;
            factors.add("photo is blurry");
        } else if (quality.sharpness() < SOFT) {
            confidence *= 0.8;
            factors.add("photo is slightly soft");
        }
        if (quality.glareShare() > 0.05) {
            confidence *= 0.6;
            factors.add("glare hides part of the card");
        } else if (quality.glareShare() > 0.01) {
            confidence *= 0.85;
            factors.add("some glare");
        }
        score = Math.max(0, score);
        ConditionBand band = score >= 0.95 ? ConditionBand.NEAR_MINT_OR_BETTER
                : score >= 0.8 ? ConditionBand.EXCELLENT
                : score >= 0.6 ? ConditionBand.VERY_GOOD : ConditionBand.PLAYED;
        return new ConditionEstimate(band, score, confidence, factors);
    }
}

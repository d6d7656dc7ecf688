package com.collectiq.vision;

import java.util.List;

/**
 * What the photo suggests about the card's condition. An estimate from one photo of one side, never a
 * grade: surface scratches, dents and the back are not seen, so the confidence stays modest even for a
 * perfect photo.
 *
 * @param band       the estimated condition band
 * @param score      0 (heavily played) .. 1 (looks mint), before the band is chosen
 * @param confidence how far the estimate can be trusted, 0..{@value ConditionEstimator#MAX_CONFIDENCE}
 * @param factors    the observations behind it, in words
 */
public record ConditionEstimate(ConditionBand band, double score, double confidence, List<String> factors) {

    public ConditionEstimate {
        factors = List.copyOf(factors);
    }

    /** Condition bands in collectors' words; an estimate's band, not a grading company's grade. */
    public enum ConditionBand { NEAR_MINT_OR_BETTER, EXCELLENT, VERY_GOOD, PLAYED }
}

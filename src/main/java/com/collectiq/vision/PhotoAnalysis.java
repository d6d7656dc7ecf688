package com.collectiq.vision;

/** A photo that passed the checks, and what its pixels show. */
public record PhotoAnalysis(PhotoCheck check, VisualFeatures features) {
}

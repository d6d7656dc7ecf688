package com.collectiq.pricing;

/** A price with the source that offered it. */
public record Quote(String source, boolean sample, PricePoint point) {
}

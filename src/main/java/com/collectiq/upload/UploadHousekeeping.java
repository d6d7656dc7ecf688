package com.collectiq.upload;

import java.time.Instant;
import java.util.List;

/**
 * The photo store's side of reconciling client uploads with cards. Only {@code local} mode
 * implements it: in {@code aws} mode S3's event reaches intake durably for every upload, and the
 * bucket's lifecycle rule removes leftovers.
 */
public interface UploadHousekeeping {

    /** The keys of the fronts (under {@code uploads/}) last written before {@code cutoff}. */
    List<String> frontsWrittenBefore(Instant cutoff);

    /** Deletes the leftovers of uploads interrupted before {@code cutoff}; returns how many went. */
    int deleteInterruptedOlderThan(Instant cutoff);
}

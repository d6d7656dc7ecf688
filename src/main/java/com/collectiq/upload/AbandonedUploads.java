package com.collectiq.upload;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Clean-up of client uploads no card refers to. Only {@code local} mode implements it: in
 * {@code aws} mode the bucket's lifecycle rule does the same job.
 */
public interface AbandonedUploads {

    /**
     * Deletes fronts and backs last written before {@code cutoff} for which {@code isReferenced}
     * answers false, and the leftovers of interrupted uploads; returns how many photos went.
     */
    int deleteUnreferencedOlderThan(Instant cutoff, Predicate<String> isReferenced);
}

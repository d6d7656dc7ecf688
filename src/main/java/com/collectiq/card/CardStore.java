package com.collectiq.card;

/**
 * The card store port: the source of truth for cards, their valuation runs and price history.
 * {@code local} mode keeps it in an embedded database on disk, {@code aws} mode in DynamoDB.
 */
public interface CardStore {

    /** Throws when the store cannot be reached; readiness and {@code /healthz} follow it. */
    void checkReachable();
}

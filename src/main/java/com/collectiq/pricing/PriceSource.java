package com.collectiq.pricing;

/**
 * A place prices come from. A source answers rather than throws: a failure is an answer with
 * outcome {@code failed}, so one bad source degrades a valuation and never fails it.
 */
public interface PriceSource {

    /** The name valuations list it under, e.g. {@code pokemontcg}. */
    String name();

    /** True when it calls out over the network: such sources are skipped when offline. */
    boolean online();

    /** True for the bundled sample prices, consulted only when no other source priced the card. */
    default boolean fallback() {
        return false;
    }

    SourceAnswer lookup(PriceQuery query);
}

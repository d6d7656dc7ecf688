package com.collectiq.identification.catalog;

import java.time.LocalDate;

/**
 * One English set. {@code printedTotal} is the number after the slash on its cards (null when the
 * source lacks it); {@code total} counts its secret rares too. {@code ptcgoCode} may be null.
 */
public record CatalogSet(String id, String name, String series, Integer printedTotal, int total,
        String ptcgoCode, LocalDate releaseDate) {

    /** The printed total as the card shows it, or null when unknown. */
    public String printedTotalText() {
        return printedTotal == null ? null : printedTotal.toString();
    }
}

package com.collectiq.testsupport.eras;

/**
 * A set as the bundled data describes it.
 *
 * @param printedTotal the total printed after the slash ("4/102"), not the count with secret rares
 * @param ptcgoCode the set code, empty when the data lacks it
 */
public record PrintedSet(String id, String name, String series, int printedTotal, String ptcgoCode,
                         int releaseYear) {

    public Era era() {
        return Era.ofSeries(series);
    }
}

package com.collectiq.testsupport.eras;

/**
 * A set as the bundled data describes it.
 *
 * @param printedTotal the total printed after the slash ("4/102"), not the count with secret rares
 * @param total the count of cards with the secret rares
 * @param ptcgoCode the set code, empty when the data lacks it
 * @param releaseDate as the data writes it, "1999/01/09"
 */
public record PrintedSet(String id, String name, String series, int printedTotal, int total, String ptcgoCode,
                         String releaseDate) {

    public Era era() {
        return Era.ofSeries(series);
    }

    public int releaseYear() {
        return releaseDate.isEmpty() ? 0 : Integer.parseInt(releaseDate.substring(0, 4));
    }
}

package com.collectiq.authenticity;

import java.time.LocalDate;

/**
 * What the catalog knows of the identified card, passed in by the pipeline so this package needs
 * no catalog of its own. Any field may be null when the catalog lacks it.
 *
 * @param hp          the HP printed on a genuine copy
 * @param artist      the illustrator credited on a genuine copy
 * @param releaseDate the set's release date: the copyright line and the border follow the era
 * @param listed      true when the catalog lists this exact number in the set, so a number beyond
 *                    the printed total is a known secret rare rather than an invention
 */
public record CatalogFacts(Integer hp, String artist, LocalDate releaseDate, boolean listed) {
}

package com.collectiq.identification;

/**
 * A catalog name some printed text may be: {@code score} in [0, 1] weighs how closely the text
 * matched it, how much of its line it explains and how sure the engine was of the line.
 */
record NameMatch(String name, double score, String read) {
}

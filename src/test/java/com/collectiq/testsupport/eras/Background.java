package com.collectiq.testsupport.eras;

/** What the card lies on. */
public enum Background {
    /** A dark, nearly plain table top. */
    DARK_TABLE,
    /** Wood grain with plank seams. */
    WOOD,
    /** A printed playmat: big shapes and large lettering, the busiest case. */
    PLAYMAT,
    /** A light woven cloth: little contrast with a yellow or silver border. */
    LIGHT_CLOTH
}

package com.collectiq.testsupport.spreads;

/** What a photo of several cards shows. */
public enum SpreadKind {
    /** A binder page of 2 × 2 pockets. */
    BINDER_2X2,
    /** A binder page of 3 × 3 pockets. */
    BINDER_3X3,
    /** Loose cards on a table, in rows or scattered. */
    TABLE
}

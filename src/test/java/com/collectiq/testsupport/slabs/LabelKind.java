package com.collectiq.testsupport.slabs;

/** What a slab's label certifies. */
public enum LabelKind {
    /** A numeric grade, with its grade words. */
    GRADED,
    /** The card is genuine; no grade is given. */
    AUTHENTIC,
    /** The card is genuine but was altered (trimmed, recoloured); no grade is given. */
    ALTERED
}

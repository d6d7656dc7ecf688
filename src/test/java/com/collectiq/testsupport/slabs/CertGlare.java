package com.collectiq.testsupport.slabs;

/** How much of the label's certificate number a blown-out reflection hides. */
public enum CertGlare {
    /** No blown-out glare on the number (a faint sheen may lie over it). */
    NONE,
    /** Blown-out glare over part of the number: some digits are lost. */
    PARTLY,
    /** Blown-out glare over the whole number. */
    HIDDEN
}

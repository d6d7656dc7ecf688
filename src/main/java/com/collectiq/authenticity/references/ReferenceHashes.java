package com.collectiq.authenticity.references;

import java.util.List;

/**
 * The reference hashes port: the perceptual hashes of every reference image, by catalog id. Kept
 * in the card store's database ({@code local}) or single table ({@code aws}).
 */
public interface ReferenceHashes {

    /** Records a reference's hashes; adding the same photo key again replaces its hashes. */
    void add(ReferenceHash reference);

    /** Every reference of a catalog id, oldest first; empty when there is none. */
    List<ReferenceHash> of(String catalogId);
}

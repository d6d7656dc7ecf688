package com.collectiq.testsupport.slabs;

/** A rendered photo of a slab, as a phone writes it, and the truth about it. */
public record SlabPhoto(byte[] jpeg, SlabTruth truth) {
}

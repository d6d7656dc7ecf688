package com.collectiq.testsupport.eras;

/** A rendered photo and the truth about it. */
public record CardPhoto(byte[] jpeg, GroundTruth truth) {
}

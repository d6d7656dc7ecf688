package com.collectiq.vision;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A smaller copy of a whole photo, upright, as a JPEG: for a service that looks at the photo at about
 * this size and takes images within a byte budget (a vision model scales what it gets down to its own
 * size anyway). Made from the image the analysis decoded when that keeps enough of the size asked for,
 * so the photo is not decoded again for it; from the photo's bytes otherwise.
 *
 * @param longSide the long side wanted, in pixels: the copy is never larger
 * @param maxBytes the JPEG's byte budget
 */
public record UprightCopy(int longSide, long maxBytes) {

    /**
     * The analysis' image serves when its long side is at least this share of {@link #longSide}: a
     * 12 MP photo's (1 334 px of 4 000) does for a model's 1 568. A photo just over the analysis' size
     * is analysed at about half of it (a 1 920 px photo at 960), too little to show print quality: that
     * one is decoded for the copy.
     */
    static final double ANALYSIS_SHARE_ENOUGH = 0.75;

    public UprightCopy {
        if (longSide < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("an upright copy needs a long side and a byte budget");
        }
    }

    /**
     * The copy decoded from the photo's stored bytes, subsampled and shrunk to {@link #longSide}.
     *
     * @throws IllegalArgumentException when no decoder reads the bytes
     * @throws IllegalStateException when not even a low JPEG quality fits {@link #maxBytes}
     */
    public byte[] of(byte[] photo, ExifOrientation orientation) {
        return UprightJpeg.encode(UprightJpeg.decodeSmall(photo, orientation, longSide), maxBytes);
    }

    /**
     * The copy made from the analysis' image (upright, every n-th pixel of the photo), shrunk if it is
     * larger than {@link #longSide}; empty when it keeps less than {@link #ANALYSIS_SHARE_ENOUGH} of it.
     * Called once the analysis is done with {@code analysed}: its pixels are encoded where they are.
     */
    Optional<byte[]> fromAnalysis(RgbImage analysed) {
        if (Math.max(analysed.width, analysed.height) < ANALYSIS_SHARE_ENOUGH * longSide) {
            return Optional.empty();
        }
        try {
            return Optional.of(UprightJpeg.encode(UprightJpeg.fitted(analysed.handedOver(), longSide), maxBytes));
        } catch (IllegalStateException tooLarge) {
            return Optional.empty(); // the analysis stands; whoever wanted the copy finds it missing and says so
        }
    }
}

package com.collectiq.authenticity.model;

import com.collectiq.vision.ExifOrientation;
import com.collectiq.vision.UprightJpeg;

/**
 * The photo as a model should see it: upright, its long side at most {@link #LONG_SIDE} pixels (more
 * detail than that is resized away by the models anyway) and a JPEG within Bedrock's image limit.
 */
final class ModelImage {

    /** Bedrock's Converse API takes images up to 3.75 MB. */
    static final int MAX_BYTES = 3_750_000;
    static final int LONG_SIDE = 1568;

    private ModelImage() {
    }

    static byte[] jpeg(byte[] photo, ExifOrientation orientation) {
        return UprightJpeg.encode(UprightJpeg.decodeSmall(photo, orientation, LONG_SIDE), MAX_BYTES);
    }
}

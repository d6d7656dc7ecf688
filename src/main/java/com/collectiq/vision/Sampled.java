package com.collectiq.vision;

/** Pixels read at sub-pixel positions: bilinearly interpolated (8-bit fixed point), clamped at the borders. */
interface Sampled {

    /** The packed 0xRRGGBB colour at (x, y). */
    int sample(double x, double y);
}

package com.collectiq.vision;

/** A position in a photo, in pixels of the upright full-size image (sub-pixel precise). */
public record ImagePoint(double x, double y) {

    ImagePoint scaled(double factor) {
        return new ImagePoint(x * factor, y * factor);
    }

    double distanceTo(ImagePoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}

package com.collectiq.authenticity;

/**
 * What one signal concluded: a value in [0, 1] (1 = looks genuine) or null when it could not look,
 * and a one-line reason either way.
 */
public record SignalReading(Double value, String reason) {

    public SignalReading {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a signal's value is in [0, 1], not " + value);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a signal always says why");
        }
    }

    public static SignalReading of(double value, String reason) {
        return new SignalReading(Math.max(0, Math.min(1, value)), reason);
    }

    public static SignalReading unavailable(String reason) {
        return new SignalReading(null, reason);
    }

    public boolean available() {
        return value != null;
    }
}

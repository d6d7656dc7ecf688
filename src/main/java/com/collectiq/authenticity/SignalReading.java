package com.collectiq.authenticity;

/**
 * What one signal concluded: a value in [0, 1] (1 = looks genuine) or null when it could not look,
 * and a one-line reason either way. A signal that does not apply to this card at all (the slab's
 * label on a raw card) neither counts nor lowers the coverage: {@code applies} is false.
 */
public record SignalReading(Double value, String reason, boolean applies) {

    public SignalReading(Double value, String reason) {
        this(value, reason, true);
    }

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

    /** The signal has nothing to judge on this kind of card; its weight leaves the total. */
    public static SignalReading notApplicable(String reason) {
        return new SignalReading(null, reason, false);
    }

    public boolean available() {
        return value != null;
    }
}

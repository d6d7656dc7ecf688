package com.collectiq.authenticity;

/**
 * One way of telling a genuine card from a fake. A signal never throws for a card it cannot judge
 * (no reference, no back, no text): it answers {@link SignalReading#unavailable}, and the agent
 * spreads its weight over the signals that could look.
 */
public interface AuthenticitySignal {

    /** The signal's name, one of {@link SignalNames}. */
    String name();

    SignalReading read(AuthenticityRequest request);
}

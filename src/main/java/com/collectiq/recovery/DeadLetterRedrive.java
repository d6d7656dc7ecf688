package com.collectiq.recovery;

/**
 * Re-drives the dead letters of one stage its own way: a webhook delivery goes back to its receiver,
 * not through the valuation pipeline. Letters of other stages are re-driven by {@link DeadLetterApi}.
 */
public interface DeadLetterRedrive {

    /** The {@link DeadLetter#stage()} this re-drives. */
    String stage();

    void redrive(DeadLetter letter);
}

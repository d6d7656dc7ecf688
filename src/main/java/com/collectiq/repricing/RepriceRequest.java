package com.collectiq.repricing;

import java.time.Instant;

/**
 * One card's reprice, as it travels on the work queue: the card, the reprice's run id and the end of
 * the claim the pass wrote. A worker reprices only while the card still carries this very claim, so
 * a second delivery of the message, or a message overtaken by a later claim, does nothing.
 */
public record RepriceRequest(String owner, String cardId, String runId, Instant claimedUntil) {
}

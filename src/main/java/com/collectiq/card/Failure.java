package com.collectiq.card;

import java.time.Instant;

/** Why a card is FAILED: a human-readable reason, the stage that failed, and when. */
public record Failure(String reason, String stage, Instant at) {
}

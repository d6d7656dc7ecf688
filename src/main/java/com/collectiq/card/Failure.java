package com.collectiq.card;

import java.time.Instant;

/**
 * Why a card is FAILED: a stable code, a reason a person can read that says what to do next, the
 * stage that failed, and when. Cards failed before codes existed have none.
 */
public record Failure(FailureCode code, String reason, String stage, Instant at) {
}

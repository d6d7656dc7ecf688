package com.collectiq.recovery;

import java.time.Clock;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.CardStore;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.valuation.ValuationFailures;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The end of the dead-letter channel ({@code routes/dead-letters.yaml}): turns an exchange that failed
 * for good into a {@link DeadLetter} with the original message and the cause. A run's letter is keyed
 * by its run id, so a redelivered failure is kept once.
 */
@Component("deadLetterChannel")
public class DeadLetterChannel {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterChannel.class);
    private static final int MAX_CAUSE = 1000;

    private final DeadLetters letters;
    private final CardStore cards;
    private final ApiJson json;
    private final Clock clock;
    private final MeterRegistry meters;

    public DeadLetterChannel(DeadLetters letters, CardStore cards, ApiJson json, Clock clock, MeterRegistry meters) {
        this.letters = letters;
        this.cards = cards;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    public void record(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ValuationRequest request = exchange.getProperty(ValuationFailures.REQUEST, ValuationRequest.class);
        ValuationFailures.Described failure = ValuationFailures.describe(cause);
        if (request == null) {
            keep(new DeadLetter(UUID.randomUUID().toString(), null, null, null, failure.stage(), failure.reason(),
                    causeOf(cause), exchange.getMessage().getBody(String.class), null, clock.instant(), null));
        } else {
            keepRun(request, failure.stage(), failure.reason(), causeOf(cause));
        }
    }

    /**
     * Keeps the letter of a run that failed for good, before its card is marked FAILED (by the route,
     * or by the recovery sweep for a run whose attempts ran out): an operator's handle on every
     * FAILED card. Keyed by the run id, so a retry keeps one. A run whose card is gone (deleted while
     * it ran, often the very reason its photo could not be read) has nothing to re-drive or mark: it
     * ends without a letter, which would otherwise keep a deleted collector's data.
     */
    void keepRun(ValuationRequest request, String stage, String reason, String cause) {
        if (cards.get(request.owner(), request.cardId()).isEmpty()) {
            log.info("run {} failed at stage {} after its card {} was deleted: it ends without a dead letter",
                    request.runId(), stage, request.cardId());
            return;
        }
        keep(new DeadLetter("run-" + request.runId(), request.cardId(), request.owner(), request.runId(), stage, reason,
                cause, json.write(request), null, clock.instant(), null));
    }

    private void keep(DeadLetter letter) {
        letters.add(letter);
        meters.counter("collectiq.dead.letters", "stage", letter.stage()).increment();
        log.warn("dead letter {}: stage {}, card {}: {}", letter.id(), letter.stage(), letter.cardId(), letter.reason());
    }

    /** The failure's message chain, without class names or stack traces: operators read it, clients never do. */
    private static String causeOf(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null && text.length() < MAX_CAUSE; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                text.append(text.isEmpty() ? "" : " <- ").append(t.getMessage());
            }
        }
        return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), MAX_CAUSE));
    }
}

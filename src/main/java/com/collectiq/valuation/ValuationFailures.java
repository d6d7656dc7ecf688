package com.collectiq.valuation;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.vision.PhotoRejectedException;

/**
 * Turns what stopped a run into a FAILED card with a reason a person can read, for the error
 * handling declared in {@code routes/valuation-errors.yaml}. Bad input fails at once; anything else
 * only after its retries ran out.
 */
@Component("valuationFailures")
public class ValuationFailures {

    /** The exchange property under which the route keeps the run's request. */
    public static final String REQUEST = "collectiqValuationRequest";

    private static final Logger log = LoggerFactory.getLogger(ValuationFailures.class);

    private final ValuationCompletion completion;

    public ValuationFailures(ValuationCompletion completion) {
        this.completion = completion;
    }

    public void fail(Exchange exchange) {
        ValuationRequest request = exchange.getProperty(REQUEST, ValuationRequest.class);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (request == null) {
            log.error("a valuation failed before its request was known", cause);
            return;
        }
        String stage;
        String reason;
        if (cause instanceof PhotoRejectedException rejected) {
            stage = "photo-check";
            reason = rejected.getMessage();
        } else if (cause instanceof ExtractionFailedException extraction) {
            stage = "extraction";
            reason = "The text of the photo could not be read: " + extraction.getMessage();
        } else {
            stage = "pipeline";
            reason = "The valuation failed after retries; operators can re-drive it.";
            log.error("run {} of card {} failed after retries", request.runId(), request.cardId(), cause);
        }
        completion.fail(request, reason, stage);
    }
}

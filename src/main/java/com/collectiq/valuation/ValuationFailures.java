package com.collectiq.valuation;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.intake.UnreadableMessageException;
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

    private static final String PIPELINE = "pipeline";
    private static final Logger log = LoggerFactory.getLogger(ValuationFailures.class);

    private final ValuationCompletion completion;

    public ValuationFailures(ValuationCompletion completion) {
        this.completion = completion;
    }

    public void fail(Exchange exchange) {
        ValuationRequest request = exchange.getProperty(REQUEST, ValuationRequest.class);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (request == null) {
            return;
        }
        Described failure = describe(cause);
        if (failure.stage().equals(PIPELINE)) {
            log.error("run {} of card {} failed after retries", request.runId(), request.cardId(), cause);
        }
        completion.fail(request, failure.reason(), failure.stage());
    }

    /** The stage that failed and a reason a person can read, for the card and its dead letter. */
    public static Described describe(Throwable cause) {
        if (cause instanceof PhotoRejectedException rejected) {
            return new Described("photo-check", rejected.getMessage());
        }
        if (cause instanceof ExtractionFailedException extraction) {
            return new Described("extraction", "The text of the photo could not be read: " + extraction.getMessage());
        }
        if (cause instanceof UnreadableMessageException unreadable) {
            return new Described("intake", "The queue message could not be read: " + unreadable.getMessage());
        }
        return new Described(PIPELINE, "The valuation failed after retries; operators can re-drive it.");
    }

    /** What {@link #describe} tells. */
    public record Described(String stage, String reason) {
    }
}

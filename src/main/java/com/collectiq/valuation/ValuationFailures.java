package com.collectiq.valuation;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.FailureCode;
import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.extraction.ExtractionFailedException;
import com.collectiq.intake.UnreadableMessageException;
import com.collectiq.vision.PhotoRejectedException;
import com.collectiq.vision.RejectionReason;

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
        completion.fail(request, failure.code(), failure.reason(), failure.stage());
    }

    /** The code, the stage that failed and a reason a person can act on, for the card and its dead letter. */
    public static Described describe(Throwable cause) {
        if (cause instanceof PhotoRejectedException rejected) {
            return new Described(codeOf(rejected.reason()), "photo-check", rejected.getMessage());
        }
        if (cause instanceof ExtractionFailedException extraction) {
            return new Described(FailureCode.TEXT_UNREADABLE, "extraction", "The text of the photo could not be read: "
                    + extraction.getMessage() + ". Photograph the card again, flat and in focus, and upload that photo.");
        }
        if (cause instanceof UnreadableMessageException unreadable) {
            return new Described(FailureCode.MESSAGE_UNREADABLE, "intake", "The queue message could not be read: "
                    + unreadable.getMessage() + ". Operators can re-drive it; or revalue the card.");
        }
        return new Described(FailureCode.VALUATION_FAILED, PIPELINE,
                "The valuation failed after retries: revalue the card later (POST /cards/{id}/revalue);"
                        + " operators can also re-drive it.");
    }

    private static FailureCode codeOf(RejectionReason reason) {
        return switch (reason) {
            case EMPTY -> FailureCode.PHOTO_EMPTY;
            case MISSING -> FailureCode.PHOTO_MISSING;
            case TOO_MANY_BYTES -> FailureCode.PHOTO_TOO_LARGE;
            case UNSUPPORTED_FORMAT -> FailureCode.PHOTO_FORMAT_UNSUPPORTED;
            case CORRUPT -> FailureCode.PHOTO_DAMAGED;
            case TOO_MANY_PIXELS -> FailureCode.PHOTO_TOO_MANY_PIXELS;
            case TOO_SMALL -> FailureCode.PHOTO_TOO_SMALL;
        };
    }

    /** What {@link #describe} tells. */
    public record Described(FailureCode code, String stage, String reason) {
    }
}

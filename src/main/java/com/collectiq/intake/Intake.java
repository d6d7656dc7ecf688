package com.collectiq.intake;

import com.collectiq.card.ValuationRequests.ValuationRequest;
import com.collectiq.repricing.RepriceRequest;

/** What one item of a work-queue message asks for. */
public sealed interface Intake {

    /** A photo landed in the object store (from S3 through EventBridge or a notification, or a local upload). */
    record ObjectCreated(String key, String etag) implements Intake {
    }

    /** The service's own request to value a card (create, revalue, re-drive, recovery). */
    record Work(ValuationRequest request) implements Intake {
    }

    /** A repricing pass is due (EventBridge Scheduler's message in aws). */
    record RepriceDue() implements Intake {
    }

    /** One claimed card to reprice. */
    record Reprice(RepriceRequest request) implements Intake {
    }

    /** Something to acknowledge and drop, with why (S3's test event, a key outside uploads/). */
    record Ignored(String why) implements Intake {
    }
}

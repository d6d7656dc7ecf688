package com.collectiq.card;

/**
 * The port through which accepted work reaches the valuation pipeline: SQS in {@code aws}, an
 * in-process queue in {@code local}. A request may be delivered more than once; the pipeline's
 * claim on the card's run makes that harmless.
 */
public interface ValuationRequests {

    /** Why a run was asked for. */
    enum Reason {
        CREATE, REVALUE, REDRIVE, RECOVER
    }

    /** One valuation run to do for a card. */
    record ValuationRequest(String cardId, String owner, String key, String runId, Reason reason) {
    }

    void submit(ValuationRequest request);
}

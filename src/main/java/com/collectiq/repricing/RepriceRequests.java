package com.collectiq.repricing;

/**
 * The port through which a pass hands each claimed card to whichever worker is free: the work queue
 * (SQS in {@code aws}, so every task shares the work; an in-process queue in {@code local}).
 */
public interface RepriceRequests {

    void submit(RepriceRequest request);
}

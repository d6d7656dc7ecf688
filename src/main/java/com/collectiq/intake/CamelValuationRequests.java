package com.collectiq.intake;

import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.collectiq.card.ValuationRequests;
import com.collectiq.platform.web.ApiJson;

/**
 * Sends valuation requests as JSON work messages to {@code collectiq.intake.work-uri}: an
 * in-process SEDA queue in {@code local}, the SQS work queue in {@code aws}. The mode is only the
 * endpoint URI; the intake route consumes the same URI.
 */
@Component
class CamelValuationRequests implements ValuationRequests {

    /** Tells the service's own work messages apart from S3 and EventBridge events on the same queue. */
    static final String MESSAGE_TYPE = "collectiq.valuation-request";

    /** The work message on the queue. */
    record WorkMessage(String type, ValuationRequest request) {
    }

    private final ProducerTemplate producer;
    private final ApiJson json;
    private final String workUri;

    CamelValuationRequests(ProducerTemplate producer, ApiJson json, @Value("${collectiq.intake.work-uri}") String workUri) {
        this.producer = producer;
        this.json = json;
        this.workUri = workUri;
    }

    @Override
    public void submit(ValuationRequest request) {
        producer.sendBody(workUri, json.write(new WorkMessage(MESSAGE_TYPE, request)));
    }
}

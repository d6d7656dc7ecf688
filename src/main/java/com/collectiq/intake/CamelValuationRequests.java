package com.collectiq.intake;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.collectiq.card.ValuationRequests;
import com.collectiq.platform.web.ApiJson;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;

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
    private final ContextPropagators propagators;

    CamelValuationRequests(ProducerTemplate producer, ApiJson json, @Value("${collectiq.intake.work-uri}") String workUri,
            ContextPropagators propagators) {
        this.producer = producer;
        this.json = json;
        this.workUri = workUri;
        this.propagators = propagators;
    }

    /**
     * Sends the message with the caller's trace context ({@code traceparent}) as headers, which the
     * SQS endpoint sends as message attributes: the run that takes it from the queue continues the
     * trace of the request or event that asked for it.
     */
    @Override
    public void submit(ValuationRequest request) {
        Map<String, Object> headers = new HashMap<>();
        propagators.getTextMapPropagator().inject(Context.current(), headers, Map::put);
        producer.sendBodyAndHeaders(workUri, json.write(new WorkMessage(MESSAGE_TYPE, request)), headers);
    }
}

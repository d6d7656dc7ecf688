package com.collectiq.intake;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.collectiq.card.ValuationRequests;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.repricing.RepriceRequest;
import com.collectiq.repricing.RepriceRequests;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;

/**
 * Sends the service's own work as JSON messages to {@code collectiq.intake.work-uri}: an in-process
 * SEDA queue in {@code local}, the SQS work queue in {@code aws}. The mode is only the endpoint URI;
 * the intake route consumes the same URI. A message is {@code {"type": …, "request": {…}}}.
 */
@Component
class CamelWorkRequests implements ValuationRequests, RepriceRequests {

    /** Tells the service's own work messages apart from S3 and EventBridge events on the same queue. */
    static final String VALUATION_TYPE = "collectiq.valuation-request";
    /** One claimed card to reprice. */
    static final String REPRICE_TYPE = "collectiq.reprice";
    /** A repricing pass is due; what EventBridge Scheduler sends in {@code aws} (infra/terraform). */
    static final String REPRICE_DUE_TYPE = "collectiq.reprice-due";

    /** The work message on the queue. */
    record WorkMessage(String type, Object request) {
    }

    private final ProducerTemplate producer;
    private final ApiJson json;
    private final String workUri;
    private final ContextPropagators propagators;

    CamelWorkRequests(ProducerTemplate producer, ApiJson json, @Value("${collectiq.intake.work-uri}") String workUri,
            ContextPropagators propagators) {
        this.producer = producer;
        this.json = json;
        this.workUri = workUri;
        this.propagators = propagators;
    }

    @Override
    public void submit(ValuationRequest request) {
        send(new WorkMessage(VALUATION_TYPE, request));
    }

    @Override
    public void submit(RepriceRequest request) {
        send(new WorkMessage(REPRICE_TYPE, request));
    }

    /**
     * Sends the message with the caller's trace context ({@code traceparent}) as headers, which the
     * SQS endpoint sends as message attributes: the run that takes it from the queue continues the
     * trace of the request or event that asked for it.
     */
    private void send(WorkMessage message) {
        Map<String, Object> headers = new HashMap<>();
        propagators.getTextMapPropagator().inject(Context.current(), headers, Map::put);
        producer.sendBodyAndHeaders(workUri, json.write(message), headers);
    }
}

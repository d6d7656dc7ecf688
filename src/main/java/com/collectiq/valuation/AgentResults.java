package com.collectiq.valuation;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.Authenticity;
import com.collectiq.card.Valuation;

/**
 * Joins what the parallel agents answered back into the run. An agent that failed or did not answer
 * in time leaves its part empty: {@link ValuationCompletion} records why, and the card is still
 * valued with what the other agent found (one slow or failing agent degrades, never fails, a card).
 */
@Component("agentResults")
public class AgentResults implements AggregationStrategy {

    private static final Logger log = LoggerFactory.getLogger(AgentResults.class);

    @Override
    public Exchange aggregate(Exchange joined, Exchange answer, Exchange input) {
        Exchange result = joined != null ? joined : input.copy();
        PipelineRun run = result.getIn().getBody(PipelineRun.class);
        if (answer.getException() != null) {
            log.warn("an agent failed for card {}: {}", run.card().id(), answer.getException().toString());
            answer.setException(null);
        } else if (answer.getIn().getBody() instanceof Valuation valuation) {
            run = run.withValuation(valuation);
        } else if (answer.getIn().getBody() instanceof Authenticity authenticity) {
            run = run.withAuthenticity(authenticity);
        }
        result.getIn().setBody(run);
        return result;
    }

    /** Camel calls the three-argument form; the run to join into exists only on the input exchange. */
    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        throw new UnsupportedOperationException("the multicast calls aggregate(old, new, input)");
    }
}

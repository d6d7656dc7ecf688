package com.collectiq.platform.web;

import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns whatever a REST route threw into an RFC 9457 problem response. Called by the error handling
 * declared in {@code routes/api-errors.yaml}. Refusals keep their status and detail; anything
 * unexpected is a 500 whose body says nothing about the inside (the log has the cause).
 */
@Component("problems")
public class ProblemResponder {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponder.class);

    private final ObjectMapper json;
    private final List<ProblemMapper> mappers;

    public ProblemResponder(ObjectMapper json, List<ProblemMapper> mappers) {
        this.json = json;
        this.mappers = List.copyOf(mappers);
    }

    public void respond(Exchange exchange) throws JsonProcessingException {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ApiProblem problem = toProblem(cause, exchange);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        problem.headers().forEach(message::setHeader);
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        message.setHeader(Exchange.CONTENT_TYPE, Problem.MEDIA_TYPE);
        message.setBody(json.writeValueAsString(Problem.of(problem, exchange.getIn().getHeader(Exchange.HTTP_URI,
                String.class))));
    }

    private ApiProblem toProblem(Throwable cause, Exchange exchange) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return problem;
            }
            for (ProblemMapper mapper : mappers) {
                Optional<ApiProblem> mapped = mapper.map(t);
                if (mapped.isPresent()) {
                    return mapped.get();
                }
            }
        }
        log.error("unexpected failure in route {}", exchange.getFromRouteId(), cause);
        return new ApiProblem(500, "internal", "Internal error",
                "The request could not be completed; it has been logged.");
    }
}

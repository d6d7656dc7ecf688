package com.collectiq.platform.web;

import java.util.Optional;

import org.apache.camel.StreamCacheException;
import org.springframework.stereotype.Component;

/**
 * A request body Camel cannot read when the route starts (a form content type the container has
 * already consumed as parameters, bytes that are not text in the declared charset) is the client's
 * error, not the service's.
 */
@Component
class BodyProblems implements ProblemMapper {

    @Override
    public Optional<ApiProblem> map(Throwable failure) {
        if (failure instanceof StreamCacheException) {
            return Optional.of(ApiProblem.badRequest("The request body could not be read; send it as UTF-8 JSON."));
        }
        return Optional.empty();
    }
}

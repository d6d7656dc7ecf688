package com.collectiq.pricing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/** The circuit breaker of one outside source, shaped by {@code collectiq.pricing.circuit-breaker.*}. */
public final class SourceCircuitBreakers {

    private SourceCircuitBreakers() {
    }

    private static final Logger log = LoggerFactory.getLogger(SourceCircuitBreakers.class);

    public static CircuitBreaker forSource(String source, PricingProperties.CircuitBreakerSettings settings) {
        CircuitBreaker breaker = CircuitBreaker.of(source, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRatePercent())
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.openFor())
                // after openFor, as many trial calls as it takes to judge a closed circuit decide if it closes
                .permittedNumberOfCallsInHalfOpenState(settings.minimumCalls())
                .build());
        // operators see a source go dark and come back without reading every valuation
        breaker.getEventPublisher().onStateTransition(event -> log.warn("price source {} circuit: {}", source,
                event.getStateTransition()));
        return breaker;
    }
}

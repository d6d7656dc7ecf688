package com.collectiq.pricing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/** The circuit breaker of one outside source, shaped by {@code collectiq.pricing.circuit-breaker.*}. */
public final class SourceCircuitBreakers {

    private SourceCircuitBreakers() {
    }

    public static CircuitBreaker forSource(String source, PricingProperties.CircuitBreakerSettings settings) {
        return CircuitBreaker.of(source, CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRatePercent())
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.openFor())
                .build());
    }
}

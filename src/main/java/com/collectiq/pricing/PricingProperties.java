package com.collectiq.pricing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.pricing.*}: the valuation currency, the conversion rates and their date, how fast
 * old prices lose weight and confidence, how long source answers are cached, and the circuit
 * breaker every outside source gets. The rates' defaults live in {@code application.yaml}, so
 * setting one currency's rate keeps the others.
 */
@ConfigurationProperties("collectiq.pricing")
public record PricingProperties(
        @DefaultValue("USD") String currency,
        Map<String, BigDecimal> rates,
        @DefaultValue("2026-11-01") LocalDate ratesAsOf,
        @DefaultValue("30d") Duration recencyHalfLife,
        @DefaultValue("90d") Duration staleHalfLife,
        @DefaultValue("6h") Duration cacheTtl,
        @DefaultValue CircuitBreakerSettings circuitBreaker) {

    public PricingProperties {
        rates = rates == null ? Map.of() : Map.copyOf(rates);
    }

    public CurrencyRates currencyRates() {
        return new CurrencyRates(currency, rates, ratesAsOf);
    }

    /**
     * Per source: opens when {@code failureRatePercent} of the last {@code window} calls failed
     * (once {@code minimumCalls} were made) and stays open for {@code openFor}, during which the
     * source is not called and answers {@code failed}.
     */
    public record CircuitBreakerSettings(
            @DefaultValue("50") float failureRatePercent,
            @DefaultValue("10") int window,
            @DefaultValue("4") int minimumCalls,
            @DefaultValue("60s") Duration openFor) {
    }
}

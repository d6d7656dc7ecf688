package com.collectiq.pricing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.pricing.*}: the valuation currency, the conversion rates and their date, how fast
 * old prices lose weight and confidence, how long source answers are cached, and how outside
 * sources are called: all at once on {@code parallelism} threads, each given {@code sourceTimeout}
 * in all (retries and waits included), with retries, a rate limit and a circuit breaker per source.
 * The rates' defaults live in {@code application.yaml}, so setting one currency's rate keeps the others.
 */
@ConfigurationProperties("collectiq.pricing")
public record PricingProperties(
        @DefaultValue("USD") String currency,
        Map<String, BigDecimal> rates,
        @DefaultValue("2026-11-01") LocalDate ratesAsOf,
        @DefaultValue("30d") Duration recencyHalfLife,
        @DefaultValue("90d") Duration staleHalfLife,
        @DefaultValue("6h") Duration cacheTtl,
        @DefaultValue CircuitBreakerSettings circuitBreaker,
        @DefaultValue("10s") Duration sourceTimeout,
        @DefaultValue("8") int parallelism,
        @DefaultValue RetrySettings retry,
        @DefaultValue RateLimitSettings rateLimit) {

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

    /**
     * Per call of a source: up to {@code maxAttempts} attempts when the source answers 429 or 5xx or
     * does not answer in time; before attempt {@code n + 1} a wait drawn between half and all of
     * {@code initialBackoff * 2^(n-1)} (capped at {@code maxBackoff}), or the source's
     * {@code Retry-After} when it names one.
     */
    public record RetrySettings(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("2s") Duration maxBackoff) {
    }

    /** Per source: {@code burst} calls at once, refilled at {@code perMinute}; a call waits for a slot. */
    public record RateLimitSettings(
            @DefaultValue("60") int perMinute,
            @DefaultValue("10") int burst) {
    }
}

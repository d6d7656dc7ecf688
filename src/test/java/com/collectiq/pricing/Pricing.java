package com.collectiq.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.collectiq.card.Identity;
import com.collectiq.narrative.LocalExplainer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Shared test fixtures: the date tests price on, default properties, identities and agents. */
public final class Pricing {

    public static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Pricing() {
    }

    /**
     * The shipped defaults ({@code application.yaml} and the record's), with a breaker tests can trip,
     * short retry backoffs and a rate limit no test reaches unless it means to.
     */
    public static PricingProperties properties() {
        return properties(breaker(Duration.ofMinutes(1)), new PricingProperties.RateLimitSettings(6000, 100));
    }

    public static PricingProperties properties(PricingProperties.CircuitBreakerSettings breaker,
            PricingProperties.RateLimitSettings rateLimit) {
        return properties(breaker, rateLimit, Duration.ofSeconds(10));
    }

    public static PricingProperties properties(PricingProperties.CircuitBreakerSettings breaker,
            PricingProperties.RateLimitSettings rateLimit, Duration sourceTimeout) {
        return new PricingProperties("USD", Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27")),
                LocalDate.parse("2026-11-01"), Duration.ofDays(30), Duration.ofDays(90),
                Duration.ofHours(6), breaker, sourceTimeout, 8,
                new PricingProperties.RetrySettings(3, Duration.ofMillis(20), Duration.ofMillis(100)), rateLimit);
    }

    public static Identity identity(String catalogId, String variant, double confidence) {
        return new Identity("Charizard", "Base", "4", "102", catalogId, "Rare Holo", variant, confidence, Map.of(),
                List.of());
    }

    public static PricingAgent agent(boolean offline, PriceSource... sources) {
        return new PricingAgent(List.of(sources), properties(), CLOCK, offline, new LocalExplainer(), new SimpleMeterRegistry());
    }

    /** An online agent with these properties. */
    public static PricingAgent agent(PricingProperties properties, PriceSource... sources) {
        return new PricingAgent(List.of(sources), properties, CLOCK, false, new LocalExplainer(), new SimpleMeterRegistry());
    }

    /** The breaker tests use: opens when half of the last 4 calls failed, after 4 calls, for {@code openFor}. */
    public static PricingProperties.CircuitBreakerSettings breaker(Duration openFor) {
        return new PricingProperties.CircuitBreakerSettings(50, 4, 4, openFor);
    }

    public static PricePoint usd(String description, String amount, int daysOld, double reliability) {
        return PricePoint.raw("test", description, new BigDecimal(amount), "USD", TODAY.minusDays(daysOld),
                reliability);
    }

    public static SourceAnswer ok(PricePoint... prices) {
        return new SourceAnswer(SourceAnswer.Outcome.OK, "test prices", List.of(prices), List.of(), false, false);
    }
}

package com.collectiq.repricing;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.repricing.*}: how often a valued card is priced again ({@code every}), how long a
 * claimed reprice may take before another pass takes it over ({@code claim}), how many due cards one
 * pass reads per page and queues at most ({@code page}, {@code max-per-pass}), and how far the fair
 * value must move for a reprice to count as a change ({@code min-change}, a share: 0.01 is 1 %).
 * Where the passes come from is the mode's: a timer in {@code local} (routes/repricing.yaml), an
 * EventBridge Scheduler schedule in {@code aws} (infra/terraform). {@code local} mode's in-process
 * work queue holds 10 000 messages, so its passes queue 1 000 at most; {@code aws} mode's 10 000.
 */
@ConfigurationProperties("collectiq.repricing")
public record RepricingProperties(
        @DefaultValue("1d") Duration every,
        @DefaultValue("15m") Duration claim,
        @DefaultValue("100") int page,
        @DefaultValue("1000") int maxPerPass,
        @DefaultValue("0.01") BigDecimal minChange) {

    public RepricingProperties {
        if (every.isNegative() || every.isZero() || claim.isNegative() || claim.isZero()) {
            throw new IllegalArgumentException("collectiq.repricing.every and .claim must be positive");
        }
        if (page < 1 || page > 1000 || maxPerPass < 1) {
            throw new IllegalArgumentException("collectiq.repricing.page is 1 to 1000 and max-per-pass at least 1");
        }
        if (minChange.signum() < 0) {
            throw new IllegalArgumentException("collectiq.repricing.min-change must not be negative");
        }
    }
}

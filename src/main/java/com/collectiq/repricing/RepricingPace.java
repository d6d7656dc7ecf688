package com.collectiq.repricing;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.collectiq.card.Repricing;
import com.collectiq.settings.Settings;

/**
 * How often one owner's cards are repriced: the service's {@code collectiq.repricing.every}, or the
 * owner's slower pace ({@code repricing} in {@code /me/settings}); an owner can slow it, never speed it up.
 */
@Component
public class RepricingPace {

    private final Settings settings;
    private final RepricingProperties properties;

    public RepricingPace(Settings settings, RepricingProperties properties) {
        this.settings = settings;
        this.properties = properties;
    }

    public Duration every(String owner) {
        Duration chosen = settings.of(owner).repricingPeriod();
        return chosen.compareTo(properties.every()) > 0 ? chosen : properties.every();
    }

    /** The owner's card's schedule after a valuation at {@code at}. */
    public Repricing after(String owner, Instant at, String conditionEstimate) {
        return Repricing.after(at, every(owner), conditionEstimate);
    }
}

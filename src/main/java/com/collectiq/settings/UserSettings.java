package com.collectiq.settings;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A user's settings ({@code GET}/{@code PUT /me/settings}): {@code currency}, the ISO 4217 code card
 * and portfolio values are shown in beside their own ({@code valuation.display}), and {@code
 * repricing}, how often their valued cards are priced again: {@code daily} (the default), {@code
 * weekly} or {@code monthly}. Only a currency the reference rates cover is accepted; a pace can only
 * slow the service's own ({@code collectiq.repricing.every}).
 */
public record UserSettings(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code in capitals, e.g. EUR") String currency,
        @Pattern(regexp = "daily|weekly|monthly", message = "must be daily, weekly or monthly") String repricing) {

    public static final String DAILY = "daily";

    public UserSettings {
        repricing = repricing == null ? DAILY : repricing;
    }

    /** Settings with the default repricing pace. */
    public UserSettings(String currency) {
        this(currency, DAILY);
    }

    /** The repricing pace as a period: a day, a week, or 30 days. */
    public Duration repricingPeriod() {
        return switch (repricing) {
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            default -> Duration.ofDays(1);
        };
    }
}

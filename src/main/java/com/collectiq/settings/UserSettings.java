package com.collectiq.settings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A user's settings ({@code GET}/{@code PUT /me/settings}): {@code currency}, the ISO 4217 code card
 * and portfolio values are shown in beside their own ({@code valuation.display}). Only a currency the
 * reference rates cover is accepted.
 */
public record UserSettings(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code in capitals, e.g. EUR") String currency) {
}

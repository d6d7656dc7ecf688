package com.collectiq.alerts;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /alerts}: the card and exactly one of {@code above}, {@code below} (amounts in the
 * owner's currency) or {@code changePercent} (from the card's fair value now).
 */
public record NewAlert(
        @NotBlank @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") String cardId,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") BigDecimal above,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") BigDecimal below,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") BigDecimal changePercent) {
}

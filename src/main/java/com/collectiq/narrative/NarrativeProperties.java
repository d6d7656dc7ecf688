package com.collectiq.narrative;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.narrative.*}: how the Bedrock model ({@code collectiq.bedrock.model-id}) is asked
 * for a valuation's summary: at most {@code maxTokens} in its answer, at {@code temperature}, and
 * within {@code timeout} (the SDK's own retries included) before the local explainer writes it.
 */
@ConfigurationProperties("collectiq.narrative")
public record NarrativeProperties(
        @DefaultValue("400") int maxTokens,
        @DefaultValue("0.2") float temperature,
        @DefaultValue("10s") Duration timeout) {
}

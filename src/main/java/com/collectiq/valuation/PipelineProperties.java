package com.collectiq.valuation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.pipeline.*}: how long a worker holds a card it values (the lease; another worker
 * may take over after it). How long the parallel agents may take is {@code
 * collectiq.pipeline.agents-timeout-ms}, read by the multicast in {@code routes/valuation.yaml}.
 */
@ConfigurationProperties("collectiq.pipeline")
public record PipelineProperties(
        @DefaultValue("3m") Duration lease) {
}

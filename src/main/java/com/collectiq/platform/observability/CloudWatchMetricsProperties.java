package com.collectiq.platform.observability;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.metrics.cloudwatch.*}: whether {@code aws} mode publishes its metrics to CloudWatch
 * (PutMetricData, in batches), every {@code step}, under {@code namespace}.
 */
@ConfigurationProperties("collectiq.metrics.cloudwatch")
public record CloudWatchMetricsProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("CollectIQ") String namespace, @DefaultValue("1m") Duration step) {
}

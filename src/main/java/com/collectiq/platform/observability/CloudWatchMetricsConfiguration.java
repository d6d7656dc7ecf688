package com.collectiq.platform.observability;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

/**
 * In {@code aws} mode, every metric also goes to CloudWatch through Micrometer's CloudWatch
 * registry (PutMetricData). Chosen over EMF log lines because it is Micrometer's own, batches
 * values per step whatever the log volume, and keeps the log for people; the cost is one
 * {@code cloudwatch:PutMetricData} permission (the task role's, limited to the namespace) and a
 * few calls per step. Spring Boot adds the registry beside the Prometheus one.
 */
@Configuration(proxyBeanMethods = false)
@Profile("aws")
@ConditionalOnProperty(name = "collectiq.metrics.cloudwatch.enabled", havingValue = "true")
class CloudWatchMetricsConfiguration {

    @Bean(destroyMethod = "close")
    CloudWatchAsyncClient cloudWatchAsyncClient() {
        return CloudWatchAsyncClient.create();
    }

    /** Closing it publishes what the last step gathered. */
    @Bean(destroyMethod = "close")
    CloudWatchMeterRegistry cloudWatchMeterRegistry(CloudWatchMetricsProperties properties,
            CloudWatchAsyncClient cloudWatch) {
        CloudWatchConfig config = new CloudWatchConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String namespace() {
                return properties.namespace();
            }

            @Override
            public Duration step() {
                return properties.step();
            }
        };
        return new CloudWatchMeterRegistry(config, Clock.SYSTEM, cloudWatch);
    }
}

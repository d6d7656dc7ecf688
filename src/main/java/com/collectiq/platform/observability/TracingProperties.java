package com.collectiq.platform.observability;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.tracing.*}: where spans go. With no OTLP endpoint spans are still made, so that
 * log lines carry trace ids and trace context still travels through the queue, but none leave the
 * process. On Fargate the ADOT collector beside the service listens on
 * {@code http://localhost:4318} and forwards to X-Ray.
 *
 * @param otlpEndpoint the collector's OTLP/HTTP address, as {@code OTEL_EXPORTER_OTLP_ENDPOINT} takes it
 *     ({@code /v1/traces} is added unless the URL ends with it), or empty for no export
 * @param sampleRatio the share of new traces kept (a trace started elsewhere keeps its caller's choice)
 * @param exportTimeout how long one export may take before it is dropped
 */
@ConfigurationProperties("collectiq.tracing")
public record TracingProperties(@DefaultValue("") String otlpEndpoint, @DefaultValue("1.0") double sampleRatio,
        @DefaultValue("10s") Duration exportTimeout) {

    private static final String TRACES_PATH = "/v1/traces";

    /** Where spans are posted. */
    public String tracesUrl() {
        String base = otlpEndpoint.strip();
        if (base.endsWith(TRACES_PATH)) {
            return base;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + TRACES_PATH;
    }
}

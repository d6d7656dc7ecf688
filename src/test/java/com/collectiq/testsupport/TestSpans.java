package com.collectiq.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

/**
 * Keeps every span the service exports in memory, beside the OTLP exporter a deployment would
 * have: tests read them with {@link InMemorySpanExporter#getFinishedSpanItems()} after flushing the
 * tracer provider.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSpans {

    @Bean
    InMemorySpanExporter inMemorySpanExporter() {
        return InMemorySpanExporter.create();
    }
}

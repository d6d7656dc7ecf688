package com.collectiq.platform.observability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * The OpenTelemetry SDK that Camel's tracer (camel-opentelemetry2) finds by type: its
 * {@link Tracer} and {@link ContextPropagators}. Spans are exported in batches to every
 * {@link SpanExporter} bean: the OTLP one when {@code collectiq.tracing.otlp-endpoint} is set (a
 * test adds an in-memory one). W3C {@code traceparent} is the propagation format, over HTTP and in
 * the work queue's message attributes; the ADOT collector maps it to X-Ray's.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    @Bean(destroyMethod = "close") // flushes what is still batched
    SdkTracerProvider sdkTracerProvider(TracingProperties tracing, ObjectProvider<SpanExporter> exporters,
            @Value("${spring.application.name}") String serviceName) {
        var provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(SERVICE_NAME, serviceName))))
                .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(tracing.sampleRatio())));
        exporters.orderedStream().forEach(exporter -> provider.addSpanProcessor(BatchSpanProcessor.builder(exporter)
                .build()));
        return provider.build();
    }

    @Bean
    @ConditionalOnExpression("!'${collectiq.tracing.otlp-endpoint:}'.isBlank()")
    SpanExporter otlpSpanExporter(TracingProperties tracing) {
        return OtlpHttpSpanExporter.builder().setEndpoint(tracing.tracesUrl()).setTimeout(tracing.exportTimeout())
                .build();
    }

    @Bean(destroyMethod = "") // the tracer provider bean closes what it holds
    OpenTelemetrySdk openTelemetry(SdkTracerProvider tracerProvider) {
        return OpenTelemetrySdk.builder().setTracerProvider(tracerProvider)
                .setPropagators(ContextPropagators.create(TextMapPropagator.composite(
                        W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance())))
                .build();
    }

    @Bean
    Tracer tracer(OpenTelemetry openTelemetry) {
        return openTelemetry.getTracer("collectiq");
    }

    @Bean
    ContextPropagators contextPropagators(OpenTelemetry openTelemetry) {
        return openTelemetry.getPropagators();
    }
}

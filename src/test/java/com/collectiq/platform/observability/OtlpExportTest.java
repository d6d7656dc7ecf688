package com.collectiq.platform.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.collectiq.testsupport.WireMockStandIn;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** Spans leave over OTLP/HTTP (protobuf) to {@code collectiq.tracing.otlp-endpoint}, here WireMock as the collector. */
class OtlpExportTest {

    @EnableConfigurationProperties(TracingProperties.class)
    static class Tracing extends TracingConfiguration {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Tracing.class)
            .withPropertyValues("spring.application.name=collectiq-otlp-test");

    @Test
    void spansArePostedToTheCollectorsTracesPath() {
        var wireMock = WireMockStandIn.get().server();
        wireMock.stubFor(post(urlEqualTo("/v1/traces")).willReturn(aResponse().withStatus(200)));
        context.withPropertyValues("collectiq.tracing.otlp-endpoint=" + WireMockStandIn.get().baseUrl())
                .run(app -> {
                    app.getBean(Tracer.class).spanBuilder("otlp-export-check").startSpan().end();
                    app.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS);

                    List<LoggedRequest> posted = wireMock.findAll(postRequestedFor(urlEqualTo("/v1/traces")));
                    assertThat(posted).anyMatch(request -> request.getHeader("Content-Type").equals("application/x-protobuf")
                            && new String(request.getBody(), StandardCharsets.ISO_8859_1).contains("otlp-export-check")
                            && new String(request.getBody(), StandardCharsets.ISO_8859_1).contains("collectiq-otlp-test"));
                });
    }

    @Test
    void withNoEndpointNothingIsExportedButSpansStillHaveIds() {
        context.run(app -> {
            assertThat(app).doesNotHaveBean(SpanExporter.class);
            var span = app.getBean(Tracer.class).spanBuilder("local").startSpan();
            assertThat(span.getSpanContext().isValid()).isTrue();
            span.end();
        });
    }

    @Test
    void theTracesPathIsAddedToABaseAddressOnly() {
        assertThat(new TracingProperties("http://localhost:4318", 1, null).tracesUrl())
                .isEqualTo("http://localhost:4318/v1/traces");
        assertThat(new TracingProperties("http://collector:4318/", 1, null).tracesUrl())
                .isEqualTo("http://collector:4318/v1/traces");
        assertThat(new TracingProperties("http://collector:4318/v1/traces", 1, null).tracesUrl())
                .isEqualTo("http://collector:4318/v1/traces");
    }
}

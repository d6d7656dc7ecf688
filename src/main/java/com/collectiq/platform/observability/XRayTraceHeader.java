package com.collectiq.platform.observability;

import java.util.Optional;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The current span as AWS's trace header ({@code Root=1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx;Parent=…;Sampled=1}),
 * which EventBridge carries with an event to its targets, so that what a subscriber does joins the
 * trace that valued the card.
 */
public final class XRayTraceHeader {

    private XRayTraceHeader() {
    }

    public static Optional<String> current() {
        return of(Span.current().getSpanContext());
    }

    static Optional<String> of(SpanContext span) {
        if (!span.isValid()) {
            return Optional.empty();
        }
        String traceId = span.getTraceId();
        return Optional.of("Root=1-" + traceId.substring(0, 8) + "-" + traceId.substring(8) + ";Parent="
                + span.getSpanId() + ";Sampled=" + (span.isSampled() ? "1" : "0"));
    }
}

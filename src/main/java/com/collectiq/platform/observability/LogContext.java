package com.collectiq.platform.observability;

import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;

/**
 * Puts the card id, run id and trace id into the logging context (MDC) of every step of every
 * route, on whatever thread runs it: the parallel agents' threads too. Routes name the card and
 * run with the exchange properties {@value #CARD_ID} and {@value #RUN_ID}; the trace id is the
 * current span's. Structured logs (ECS, {@code aws} mode) carry them as {@code card.id},
 * {@code run.id} and {@code trace.id}; the plain local log shows them in brackets.
 */
@Component
public class LogContext implements InterceptStrategy {

    public static final String CARD_ID = "cardId";
    public static final String RUN_ID = "runId";

    static final String CARD_KEY = "card.id";
    static final String RUN_KEY = "run.id";
    static final String TRACE_KEY = "trace.id";

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
            Processor nextTarget) {
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                Map<String, String> outer = MDC.getCopyOfContextMap();
                put(CARD_KEY, exchange.getProperty(CARD_ID, String.class));
                put(RUN_KEY, exchange.getProperty(RUN_ID, String.class));
                put(TRACE_KEY, traceId());
                try {
                    return processor.process(exchange, callback);
                } finally {
                    restore(outer);
                }
            }
        };
    }

    /**
     * The task, run on another thread with this thread's logging context and trace context, so a
     * pool's lines still say which card and trace they belong to.
     */
    public static <T> Callable<T> carried(Callable<T> task) {
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        Callable<T> traced = Context.current().wrap(task);
        return () -> {
            Map<String, String> outer = MDC.getCopyOfContextMap();
            restore(mdc);
            try {
                return traced.call();
            } finally {
                restore(outer);
            }
        };
    }

    private static String traceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    private static void restore(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}

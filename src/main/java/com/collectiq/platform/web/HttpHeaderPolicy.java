package com.collectiq.platform.web;

import java.util.Locale;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpHeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * Which message headers cross the HTTP edge of the REST routes (platform-http's header filter).
 * Camel keeps one set of headers for a request and its response, and copies query parameters and
 * request headers into it: left alone, {@code GET /cards?Set-Cookie=x} would answer with a
 * {@code Set-Cookie} header. So a response carries only the headers the routes mean to set, and a
 * request can never pre-set one of those.
 */
@Component("httpHeaderPolicy")
public class HttpHeaderPolicy extends HttpHeaderFilterStrategy {

    private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "location", "etag", "retry-after",
            "cache-control", "www-authenticate", "allow", "last-modified");
    /** Content-Type also describes a request's body, so it may come in. */
    private static final String REQUEST_BODY_TYPE = "content-type";

    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        return !RESPONSE_HEADERS.contains(lower(name)) || super.applyFilterToCamelHeaders(name, value, exchange);
    }

    @Override
    public boolean applyFilterToExternalHeaders(String name, Object value, Exchange exchange) {
        String header = lower(name);
        return RESPONSE_HEADERS.contains(header) && !header.equals(REQUEST_BODY_TYPE)
                || super.applyFilterToExternalHeaders(name, value, exchange);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

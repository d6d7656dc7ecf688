package com.collectiq.platform.web;

import java.net.URI;

import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The origin (scheme, host, port and context path) the HTTP request an exchange came from was sent
 * to, as the servlet container sees it: forwarded headers count only as far as
 * {@code server.forward-headers-strategy} lets them. A URL the service serves itself and hands back
 * in an answer is built on it, so a page opened at {@code http://127.0.0.1:8080/} is sent to
 * 127.0.0.1, its own origin, and not to {@code localhost}, another origin to a browser.
 */
public final class RequestOrigins {

    private RequestOrigins() {
    }

    public static URI of(Exchange exchange) {
        if (exchange.getIn() instanceof PlatformHttpMessage http) {
            return ServletUriComponentsBuilder.fromContextPath(http.getRequest()).build().toUri();
        }
        throw new IllegalStateException("not an exchange of an HTTP request: no origin to sign URLs for");
    }
}

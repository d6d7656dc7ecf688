package com.collectiq.webhooks;

import java.net.InetAddress;
import java.net.URI;

/**
 * A webhook URL that passed the checks, with the one address it is to be sent to: the connection
 * goes there, while TLS (SNI, certificate) and the {@code Host} header still use the URL's name.
 */
public record WebhookTarget(URI url, InetAddress address, int port) {

    public boolean https() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    /** The request line's target: path and query as written, "/" for none. */
    public String requestTarget() {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /** The {@code Host} header: the name, with the port when it is not the scheme's own. */
    public String hostHeader() {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }
}

package com.collectiq.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Decides whether a webhook URL may be sent to, at registration and again before every delivery
 * (a name may resolve elsewhere by then): an absolute {@code https} URL without credentials whose
 * host resolves, through {@link HostResolver} and once, to public addresses only. Every address is
 * checked, not just the first: a name with one private address among public ones is refused.
 */
@Component
public class WebhookTargets {

    static final int MAX_URL_LENGTH = 2048;
    private static final String HTTPS_ONLY = "A webhook URL is https; 'http:' is not (deliveries carry your data and a signature).";

    private final HostResolver resolver;
    private final boolean allowLoopback;

    public WebhookTargets(HostResolver resolver, WebhookProperties properties) {
        this.resolver = resolver;
        this.allowLoopback = properties.allowLoopbackForTests();
    }

    /** The URL, if it is one this service will take; a {@link RefusedWebhookUrl} saying why otherwise. */
    public static URI parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_URL_LENGTH) {
            throw new RefusedWebhookUrl("A webhook URL is an absolute https URL of at most " + MAX_URL_LENGTH + " characters.");
        }
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new RefusedWebhookUrl("The webhook URL is not a URL: " + e.getReason() + ".");
        }
        if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null) {
            throw new RefusedWebhookUrl("A webhook URL is an absolute https URL with a host name, e.g. https://hooks.example.com/collectiq.");
        }
        if (url.getRawUserInfo() != null) {
            throw new RefusedWebhookUrl("A webhook URL carries no user name or password: the signature authenticates each delivery.");
        }
        if (url.getFragment() != null) {
            throw new RefusedWebhookUrl("A webhook URL has no fragment (#…): it is never sent.");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RefusedWebhookUrl("A webhook URL is https; '" + scheme + ":' is not.");
        }
        return url;
    }

    /** Resolves the URL's host once and checks every address; the target to connect to, or why not. */
    public WebhookTarget check(URI url) {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        if (!https && !allowLoopback) {
            throw new RefusedWebhookUrl(HTTPS_ONLY);
        }
        String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1) : url.getHost();
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException unknown) {
            throw new RefusedWebhookUrl("The webhook's host " + url.getHost() + " does not resolve.");
        }
        if (addresses.isEmpty()) {
            throw new RefusedWebhookUrl("The webhook's host " + url.getHost() + " does not resolve.");
        }
        boolean allLoopback = allowLoopback && addresses.stream().allMatch(PublicAddresses::isLoopback);
        if (!allLoopback) {
            for (InetAddress address : addresses) {
                PublicAddresses.refusal(address).ifPresent(range -> {
                    throw new RefusedWebhookUrl("The webhook's host " + url.getHost() + " resolves to " + address.getHostAddress()
                            + ", a " + range + " address: webhooks go to public addresses only.");
                });
            }
            if (!https) {
                throw new RefusedWebhookUrl(HTTPS_ONLY);
            }
        }
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        return new WebhookTarget(url, addresses.get(0), port);
    }
}

package com.collectiq.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.page.cognito.*}: the Cognito hosted UI the page signs people in with in
 * {@code aws} mode (authorization code with PKCE). {@code domain} is the hosted UI's base URL
 * ({@code https://<prefix>.auth.<region>.amazoncognito.com}, or a custom domain); without it the page
 * says sign-in is not configured. {@code clientId} defaults to the first of
 * {@code collectiq.auth.client-ids}: a public app client (no secret) whose callback and sign-out URLs
 * list the page's address.
 */
@ConfigurationProperties("collectiq.page.cognito")
public record CognitoSignInProperties(URI domain, String clientId, @DefaultValue("openid email") String scope) {

    public CognitoSignInProperties {
        if (domain != null && (!"https".equals(domain.getScheme()) && !"http".equals(domain.getScheme())
                || domain.getHost() == null || domain.getRawQuery() != null || domain.getRawFragment() != null)) {
            throw new IllegalArgumentException("collectiq.page.cognito.domain takes the hosted UI's base URL, not " + domain);
        }
    }
}

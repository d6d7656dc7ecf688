package com.collectiq.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.auth.*}: how {@code aws} mode verifies Cognito access tokens. {@code jwkSetUri}
 * defaults to the issuer's {@code /.well-known/jwks.json}, as Cognito publishes it.
 */
@ConfigurationProperties("collectiq.auth")
public record AuthProperties(
        URI issuerUri,
        URI jwkSetUri,
        @DefaultValue List<String> clientIds,
        @DefaultValue("60s") Duration clockSkew) {

    URI effectiveJwkSetUri() {
        if (jwkSetUri != null) {
            return jwkSetUri;
        }
        if (issuerUri == null) {
            throw new IllegalStateException("set collectiq.auth.issuer-uri (and collectiq.auth.client-ids) in aws mode");
        }
        String issuer = issuerUri.toString();
        return URI.create((issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/jwks.json");
    }
}

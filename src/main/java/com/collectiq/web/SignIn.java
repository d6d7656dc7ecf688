package com.collectiq.web;

import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the page signs people in, served at {@code /app/sign-in.json} so one page serves both modes:
 * {@code local} (a user name for {@code POST /local/token}), {@code cognito} (the hosted UI's
 * authorization-code flow with PKCE, from the page itself: a public client has no secret to keep), or
 * {@code none} ({@code aws} mode without a hosted UI configured).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignIn(String mode, String authorizeUrl, String tokenUrl, String logoutUrl, String clientId,
        String scope) {

    static final SignIn LOCAL = new SignIn("local", null, null, null, null, null);
    static final SignIn NONE = new SignIn("none", null, null, null, null, null);

    /** Cognito's OAuth 2.0 endpoints under its hosted UI domain. */
    static SignIn cognito(URI domain, String clientId, String scope) {
        String base = domain.toString().replaceAll("/+$", "");
        return new SignIn("cognito", base + "/oauth2/authorize", base + "/oauth2/token", base + "/logout", clientId, scope);
    }

    /** The origin the page's script calls (the token endpoint), for its Content-Security-Policy. */
    @JsonIgnore
    Optional<String> callsOrigin() {
        if (tokenUrl == null) {
            return Optional.empty();
        }
        URI token = URI.create(tokenUrl);
        return Optional.of(token.getScheme() + "://" + token.getRawAuthority());
    }
}

package com.collectiq.auth;

import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts only access tokens ({@code token_use=access}; Cognito's id tokens carry {@code id}) issued
 * to one of our app clients ({@code client_id}; id tokens carry {@code aud} instead).
 */
final class AccessTokenValidator implements OAuth2TokenValidator<Jwt> {

    private final Set<String> clientIds;

    AccessTokenValidator(Set<String> clientIds) {
        this.clientIds = Set.copyOf(clientIds);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (!"access".equals(jwt.getClaimAsString("token_use"))) {
            return failure("not an access token");
        }
        if (!clientIds.contains(jwt.getClaimAsString("client_id"))) {
            return failure("token issued to another client");
        }
        if (jwt.getExpiresAt() == null) {
            return failure("token never expires");
        }
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            return failure("token has no subject");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult failure(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", why, null));
    }
}

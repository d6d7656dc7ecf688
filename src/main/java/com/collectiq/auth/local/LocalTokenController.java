package com.collectiq.auth.local;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.collectiq.platform.web.ApiJson;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code POST /local/token}: development tokens in {@code local} mode only (the bean does not exist
 * in any other mode, so the path is a 404 there). Not a REST DSL route on purpose: it is a stand-in
 * for Cognito, not part of the flow integrators edit.
 */
@RestController
@Profile("local")
class LocalTokenController {

    /** Who the token is for; {@code admin} makes an operator. */
    record TokenRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,127}") String sub,
            Boolean admin) {
    }

    private final LocalTokenIssuer issuer;
    private final ApiJson json;

    LocalTokenController(LocalTokenIssuer issuer, ApiJson json) {
        this.issuer = issuer;
        this.json = json;
    }

    @PostMapping(path = "/local/token", produces = "application/json")
    Map<String, Object> token(@RequestHeader(name = "Content-Type", required = false) String contentType,
            @RequestBody(required = false) String body) {
        TokenRequest request = json.read(contentType, body, TokenRequest.class);
        LocalTokenIssuer.IssuedToken token = issuer.issue(request.sub(), Boolean.TRUE.equals(request.admin()));
        return Map.of("access_token", token.accessToken(), "token_type", "Bearer",
                "expires_in", token.expiresInSeconds());
    }
}

package com.collectiq.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.CognitoStandIn;
import com.collectiq.testsupport.ServiceTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.SignedJWT;

/**
 * Cognito access tokens verified in the service ({@code aws} mode, JWKS served by WireMock): only a
 * well-signed, current access token of our client from our issuer gets in; each way a token can be
 * wrong is a 401 problem, and operators' routes are 403 for everyone else.
 */
@AwsMode
class TokenVerificationTest extends ServiceTest {

    private static final String SUB = "4f1e6c1a-0000-4000-8000-000000000001";

    private final CognitoStandIn cognito = CognitoStandIn.get();

    private Response cardsWith(String token) {
        return new ApiClient(baseUrl(), token).get("/cards");
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aValidAccessTokenGetsIn() {
        assertThat(cardsWith(cognito.accessToken(SUB, false)).status()).isEqualTo(200);
    }

    @Test
    void everyKindOfBadTokenIsRefused() throws JOSEException {
        Instant now = Instant.now();
        assertUnauthorized(anonymous().get("/cards"));
        assertUnauthorized(cardsWith("garbage"));
        assertUnauthorized(cardsWith(cognito.tokenSignedByAnotherKey(SUB)));
        assertUnauthorized(cardsWith(unsigned(cognito.claims(SUB, false, c -> { }).build().toString())));
        assertUnauthorized(cardsWith(hs256WithThePublicKey()));
        assertUnauthorized(cardsWith(cognito.accessToken(SUB, c -> c
                .issueTime(Date.from(now.minusSeconds(7200))).expirationTime(Date.from(now.minusSeconds(600))))));
        assertUnauthorized(cardsWith(cognito.accessToken(SUB, c -> c.notBeforeTime(Date.from(now.plusSeconds(3600))))));
        assertUnauthorized(cardsWith(cognito.accessToken(SUB, c -> c.issuer("https://cognito-idp.example/other-pool"))));
        assertUnauthorized(cardsWith(cognito.accessToken(SUB, c -> c.claim("client_id", "someone-elses-app"))));
        assertUnauthorized(cardsWith(cognito.accessToken(SUB, c -> c.claim("token_use", "id")
                .claim("client_id", null).audience(CognitoStandIn.CLIENT_ID))));
        assertUnauthorized(cardsWith(cognito.accessToken(SUB, c -> c.expirationTime(null))));
    }

    @Test
    void operatorRoutesAreForbiddenToEveryoneElse() {
        Response user = new ApiClient(baseUrl(), cognito.accessToken(SUB, false)).get("/admin/dead-letters");
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.contentType()).startsWith("application/problem+json");
        Response operator = new ApiClient(baseUrl(), cognito.accessToken("operator-1", true)).get("/admin/dead-letters");
        assertThat(operator.status()).isNotIn(401, 403);
    }

    @Test
    void theLocalTokenIssuerDoesNotExistInAwsMode() {
        Response response = anonymous().post("/local/token", "{\"sub\":\"mallory\",\"admin\":true}");
        assertThat(response.status()).isEqualTo(404);
    }

    private static String unsigned(String claimsJson) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The classic key-confusion attack: HMAC "signed" with the RSA public key as the secret. */
    private String hs256WithThePublicKey() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), cognito.claims(SUB, false, c -> { }).build());
        byte[] secret = cognito.publicKey().getEncoded();
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}

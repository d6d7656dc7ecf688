package com.collectiq.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A Cognito user pool as the service sees it: a JWKS document served by WireMock under an issuer
 * path, and access tokens signed with the pool's key (or, for the refusal tests, with anything else).
 */
public final class CognitoStandIn {

    public static final String CLIENT_ID = "collectiq-test-client";
    private static final String POOL_PATH = "/cognito/us-east-1_TestPool";
    private static final String KEY_ID = "test-key-1";

    private static CognitoStandIn instance;

    private final KeyPair keys;
    private final String issuer;

    private CognitoStandIn() {
        keys = rsaKeyPair();
        WireMockStandIn wireMock = WireMockStandIn.get();
        issuer = wireMock.baseUrl() + POOL_PATH;
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(KEY_ID)
                .algorithm(JWSAlgorithm.RS256).build();
        wireMock.server().stubFor(WireMock.get(urlEqualTo(POOL_PATH + "/.well-known/jwks.json"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(new JWKSet(jwk).toString())));
    }

    public static synchronized CognitoStandIn get() {
        if (instance == null) {
            instance = new CognitoStandIn();
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    /** A valid access token for the user, an operator when {@code admin}. */
    public String accessToken(String sub, boolean admin) {
        return sign(claims(sub, admin, c -> { }).build(), (RSAPrivateKey) keys.getPrivate());
    }

    /** An access token whose claims the test changes, signed by the pool's key. */
    public String accessToken(String sub, Consumer<JWTClaimsSet.Builder> change) {
        return sign(claims(sub, false, change).build(), (RSAPrivateKey) keys.getPrivate());
    }

    /** A well-formed token signed by a key the pool never published. */
    public String tokenSignedByAnotherKey(String sub) {
        return sign(claims(sub, false, c -> { }).build(), (RSAPrivateKey) rsaKeyPair().getPrivate());
    }

    public JWTClaimsSet.Builder claims(String sub, boolean admin, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(sub)
                .claim("token_use", "access")
                .claim("client_id", CLIENT_ID)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        if (admin) {
            claims.claim("cognito:groups", List.of("admin"));
        }
        change.accept(claims);
        return claims;
    }

    private static String sign(JWTClaimsSet claims, RSAPrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.collectiq.auth.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.platform.keys.KeyFiles;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * {@code local} mode's stand-in for Cognito: signs access tokens with an RSA key generated on first
 * start and kept in the data dir. The tokens carry Cognito's claims ({@code sub}, {@code token_use},
 * {@code client_id}, {@code cognito:groups}), so the one verification path serves both modes.
 */
@Component
@Profile("!aws")
public class LocalTokenIssuer {

    public static final String ISSUER = "collectiq-local";
    public static final String CLIENT_ID = "collectiq-local";
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(LocalTokenIssuer.class);

    /** A signed access token and how long it lives. */
    public record IssuedToken(String accessToken, long expiresInSeconds) {
    }

    private final CompletableFuture<KeyPair> keys;
    private final Clock clock;

    LocalTokenIssuer(@Value("${collectiq.data-dir}") Path dataDir, Clock clock) {
        Path file = dataDir.resolve("keys").resolve("local-token-rsa.p8");
        // A kept key is read now, so a damaged file stops the start. A new one is generated beside
        // the rest of the start-up: RSA key generation takes a second or more in a JVM just started.
        this.keys = Files.exists(file)
                ? CompletableFuture.completedFuture(loadOrCreate(file))
                : CompletableFuture.supplyAsync(() -> loadOrCreate(file));
        this.clock = clock;
        log.warn("local mode: POST /local/token issues tokens to anyone who asks; never expose this mode");
    }

    /** Waits for the key if it is still being generated. */
    public PublicKey publicKey() {
        return keys.join().getPublic();
    }

    public IssuedToken issue(String sub, boolean admin) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(sub)
                .claim("token_use", "access")
                .claim("client_id", CLIENT_ID)
                .claim("username", sub)
                .claim("scope", "aws.cognito.signin.user.admin")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
        if (admin) {
            claims.claim("cognito:groups", List.of("admin"));
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(keys.join().getPrivate()));
            return new IssuedToken(jwt.serialize(), LIFETIME.toSeconds());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
    }

    private static KeyPair loadOrCreate(Path file) {
        byte[] pkcs8 = KeyFiles.readOrCreate(file, () -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair().getPrivate().getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot generate the local token key", e);
            }
        });
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            PublicKey publicKey = rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad local token key " + file, e);
        }
    }
}

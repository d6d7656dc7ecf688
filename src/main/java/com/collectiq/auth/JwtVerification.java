package com.collectiq.auth;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.function.SingletonSupplier;

import com.collectiq.auth.local.LocalTokenIssuer;

/**
 * One verification path for both modes: RS256 only (so {@code alg: none} and HS256 tricks fail),
 * issuer, expiry and not-before with a small skew, {@code token_use=access} and our client ids.
 * Only the key source differs: Cognito's JWKS in {@code aws}, the local issuer's key otherwise.
 */
@Configuration(proxyBeanMethods = false)
class JwtVerification {

    @Bean
    @Profile("aws")
    JwtDecoder cognitoJwtDecoder(AuthProperties auth) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(auth.effectiveJwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        return verifying(decoder, auth.issuerUri().toString(), Set.copyOf(auth.clientIds()), auth.clockSkew());
    }

    @Bean
    @Profile("!aws")
    JwtDecoder localJwtDecoder(LocalTokenIssuer issuer, AuthProperties auth) {
        // built on the first token: the issuer's key may still be being generated during start-up
        SingletonSupplier<JwtDecoder> decoder = SingletonSupplier.of(() -> verifying(
                NimbusJwtDecoder.withPublicKey((RSAPublicKey) issuer.publicKey())
                        .signatureAlgorithm(SignatureAlgorithm.RS256)
                        .build(),
                LocalTokenIssuer.ISSUER, Set.of(LocalTokenIssuer.CLIENT_ID), auth.clockSkew()));
        return token -> decoder.obtain().decode(token);
    }

    private static JwtDecoder verifying(NimbusJwtDecoder decoder, String issuer, Set<String> clientIds, Duration skew) {
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(skew),
                new JwtIssuerValidator(issuer),
                new AccessTokenValidator(clientIds)));
        return decoder;
    }
}

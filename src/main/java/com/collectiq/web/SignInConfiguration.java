package com.collectiq.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.collectiq.auth.AuthProperties;

/** Which {@link SignIn} the page gets: the mode decides, by profile, as it decides the token issuer. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    @Profile("!aws")
    SignIn localSignIn() {
        return SignIn.LOCAL;
    }

    @Bean
    @Profile("aws")
    SignIn cognitoSignIn(CognitoSignInProperties cognito, AuthProperties auth) {
        if (cognito.domain() == null) {
            return SignIn.NONE;
        }
        String clientId = cognito.clientId() != null ? cognito.clientId()
                : auth.clientIds().stream().findFirst().orElseThrow(() -> new IllegalStateException(
                        "collectiq.page.cognito.domain is set: set collectiq.page.cognito.client-id or collectiq.auth.client-ids"));
        return SignIn.cognito(cognito.domain(), clientId, cognito.scope());
    }

    /** Public, as the page is: it holds no secret (the client is a public one) and no one's data. */
    @RestController
    static class SignInController {

        private final SignIn signIn;

        SignInController(SignIn signIn) {
            this.signIn = signIn;
        }

        @GetMapping("/app/sign-in.json")
        ResponseEntity<SignIn> signIn() {
            return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
                    .body(signIn);
        }
    }
}

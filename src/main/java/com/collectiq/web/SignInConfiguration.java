package com.collectiq.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

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
}

package com.collectiq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.auth.AuthProperties;

/** What {@code aws} mode tells the page about signing in, from its configuration. */
class SignInConfigurationTest {

    private static final URI HOSTED_UI = URI.create("https://collectiq.auth.eu-west-1.amazoncognito.com");

    private final SignInConfiguration configuration = new SignInConfiguration();

    @Test
    void theHostedUisEndpointsAndTheFirstAcceptedClientByDefault() {
        SignIn signIn = configuration.cognitoSignIn(new CognitoSignInProperties(HOSTED_UI, null, "openid email"),
                auth(List.of("app-client", "smoke-test-client")));

        assertThat(signIn).isEqualTo(new SignIn("cognito", HOSTED_UI + "/oauth2/authorize", HOSTED_UI + "/oauth2/token",
                HOSTED_UI + "/logout", "app-client", "openid email"));
    }

    @Test
    void aConfiguredClientWins() {
        assertThat(configuration.cognitoSignIn(new CognitoSignInProperties(HOSTED_UI, "page-client", "openid"),
                auth(List.of("app-client"))).clientId()).isEqualTo("page-client");
    }

    @Test
    void withoutAHostedUiThereIsNoSignInAndWithoutAClientTheServiceDoesNotStart() {
        assertThat(configuration.cognitoSignIn(new CognitoSignInProperties(null, null, "openid"), auth(List.of())))
                .isEqualTo(SignIn.NONE);
        assertThatThrownBy(() -> configuration.cognitoSignIn(new CognitoSignInProperties(HOSTED_UI, null, "openid"),
                auth(List.of()))).hasMessageContaining("collectiq.page.cognito.client-id");
    }

    private static AuthProperties auth(List<String> clientIds) {
        return new AuthProperties(URI.create("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool"), null, clientIds,
                Duration.ofSeconds(60));
    }
}

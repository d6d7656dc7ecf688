package com.collectiq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PageSecurityConfigurationTest {

    @Test
    void photoOriginsMayBeReadAndWrittenAndNothingElseIsAdded() {
        String policy = PageSecurityConfiguration.contentSecurityPolicy(
                new PageProperties(List.of("https://photos.s3.eu-west-1.amazonaws.com")), SignIn.LOCAL);

        assertThat(policy).contains("img-src 'self' blob: https://photos.s3.eu-west-1.amazonaws.com;",
                "connect-src 'self' https://photos.s3.eu-west-1.amazonaws.com;", "script-src 'self';");
    }

    @Test
    void withoutPhotoOriginsThePageReachesOnlyItsOwnOrigin() {
        assertThat(PageSecurityConfiguration.contentSecurityPolicy(new PageProperties(List.of()), SignIn.LOCAL))
                .contains("img-src 'self' blob:;", "connect-src 'self';");
    }

    @Test
    void withoutConfiguredOriginsThePhotoStoresOwnIsLetIn() {
        PageProperties unset = new PageProperties(List.of());
        URI bucket = URI.create("https://collectiq-photos.s3.eu-west-1.amazonaws.com");

        assertThat(PageSecurityConfiguration.contentSecurityPolicy(unset.orPhotoStoreOrigin(Optional.of(bucket)), SignIn.LOCAL))
                .contains("img-src 'self' blob: https://collectiq-photos.s3.eu-west-1.amazonaws.com;",
                        "connect-src 'self' https://collectiq-photos.s3.eu-west-1.amazonaws.com;");
        assertThat(PageSecurityConfiguration.contentSecurityPolicy(unset.orPhotoStoreOrigin(Optional.empty()), SignIn.LOCAL))
                .as("local mode: the service is the photo store").contains("img-src 'self' blob:;", "connect-src 'self';");
    }

    @Test
    void configuredOriginsWinOverThePhotoStores() {
        PageProperties configured = new PageProperties(List.of("https://photos.example.org"));

        assertThat(PageSecurityConfiguration.contentSecurityPolicy(configured.orPhotoStoreOrigin(
                Optional.of(URI.create("https://collectiq-photos.s3.eu-west-1.amazonaws.com"))), SignIn.LOCAL))
                .contains("connect-src 'self' https://photos.example.org;").doesNotContain("amazonaws");
    }

    @Test
    void theHostedUisTokenEndpointMayBeCalledAndNothingMoreOfIt() {
        SignIn cognito = SignIn.cognito(URI.create("https://collectiq.auth.eu-west-1.amazoncognito.com/"), "app-client",
                "openid email");

        assertThat(cognito.tokenUrl()).isEqualTo("https://collectiq.auth.eu-west-1.amazoncognito.com/oauth2/token");
        assertThat(PageSecurityConfiguration.contentSecurityPolicy(new PageProperties(List.of()), cognito))
                .contains("connect-src 'self' https://collectiq.auth.eu-west-1.amazoncognito.com;", "script-src 'self';",
                        "img-src 'self' blob:;");
    }

    @Test
    void aHostedUiDomainIsABaseUrl() {
        assertThat(new CognitoSignInProperties(URI.create("https://collectiq.auth.eu-west-1.amazoncognito.com"), null,
                "openid email").domain().getHost()).isEqualTo("collectiq.auth.eu-west-1.amazoncognito.com");
        for (String notABase : List.of("collectiq.auth.eu-west-1.amazoncognito.com", "javascript:alert(1)",
                "https://collectiq.auth.eu-west-1.amazoncognito.com/?x=1", "https://collectiq.example#here")) {
            assertThatThrownBy(() -> new CognitoSignInProperties(URI.create(notABase), null, "openid"))
                    .as(notABase).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void somethingThatIsNotAnOriginCannotWidenThePolicy() {
        assertThatThrownBy(() -> new PageProperties(List.of("https://x.example; script-src *")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageProperties(List.of("https://x.example/path")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

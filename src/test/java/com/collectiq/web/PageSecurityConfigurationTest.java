package com.collectiq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageSecurityConfigurationTest {

    @Test
    void photoOriginsMayBeReadAndWrittenAndNothingElseIsAdded() {
        String policy = PageSecurityConfiguration.contentSecurityPolicy(
                new PageProperties(List.of("https://photos.s3.eu-west-1.amazonaws.com")));

        assertThat(policy).contains("img-src 'self' blob: https://photos.s3.eu-west-1.amazonaws.com;",
                "connect-src 'self' https://photos.s3.eu-west-1.amazonaws.com;", "script-src 'self';");
    }

    @Test
    void withoutPhotoOriginsThePageReachesOnlyItsOwnOrigin() {
        assertThat(PageSecurityConfiguration.contentSecurityPolicy(new PageProperties(List.of())))
                .contains("img-src 'self' blob:;", "connect-src 'self';");
    }

    @Test
    void somethingThatIsNotAnOriginCannotWidenThePolicy() {
        assertThatThrownBy(() -> new PageProperties(List.of("https://x.example; script-src *")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageProperties(List.of("https://x.example/path")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

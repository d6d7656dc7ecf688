package com.collectiq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;

@AwsMode
class AwsWebPageTest extends WebPageContract {

    /** No hosted UI is configured here: the page says so rather than offering a sign-in that cannot work. */
    @Test
    void withoutAHostedUiThePageHasNoSignInToOffer() {
        Response signIn = anonymous().get("/app/sign-in.json");

        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.raw().body()).isEqualTo("{\"mode\":\"none\"}");
        assertThat(signIn.header("Content-Security-Policy")).contains("script-src 'self'");
    }

    /** {@code collectiq.page.photo-origins} is not set here: the S3 store's own origin is let in. */
    @Test
    void thePolicyLetsThePageReachThePhotoStoreItsUploadsAreSentTo() {
        URI uploadUrl = Uploads.presign(api("csp-aws"), TestPhotos.png(3), "image/png").url();
        String photoStore = uploadUrl.getScheme() + "://" + uploadUrl.getRawAuthority();

        String policy = anonymous().get("/").header("Content-Security-Policy");

        assertThat(policy).contains("img-src 'self' blob: " + photoStore + ";", "connect-src 'self' " + photoStore + ";");
    }
}

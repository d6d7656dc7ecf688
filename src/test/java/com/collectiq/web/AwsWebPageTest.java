package com.collectiq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.AwsMode;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;

@AwsMode
class AwsWebPageTest extends WebPageContract {

    /** {@code collectiq.page.photo-origins} is not set here: the S3 store's own origin is let in. */
    @Test
    void thePolicyLetsThePageReachThePhotoStoreItsUploadsAreSentTo() {
        URI uploadUrl = Uploads.presign(api("csp-aws"), TestPhotos.png(3), "image/png").url();
        String photoStore = uploadUrl.getScheme() + "://" + uploadUrl.getRawAuthority();

        String policy = anonymous().get("/").header("Content-Security-Policy");

        assertThat(policy).contains("img-src 'self' blob: " + photoStore + ";", "connect-src 'self' " + photoStore + ";");
    }
}

package com.collectiq.upload.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.ApiClient.Response;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.testsupport.Uploads;
import com.collectiq.testsupport.Uploads.Presigned;

/**
 * {@code local} mode signs its photo URLs for the origin each request came to: a page opened at
 * {@code http://127.0.0.1:PORT/} uploads to and shows photos from 127.0.0.1 (its own origin, which a
 * browser lets it PUT to), one opened at {@code localhost} from localhost.
 */
@LocalMode
class SignedUrlOriginTest extends ServiceTest {

    @Test
    void aClientAt127001UploadsToAndSeesItsPhotoAt127001() {
        String origin = "http://127.0.0.1:" + port;
        ApiClient user = new ApiClient(origin, tokenFor("origin-numeric", false));
        byte[] photo = TestPhotos.png(27);

        Presigned presigned = Uploads.presign(user, photo, "image/png");
        assertThat(presigned.url().toString()).startsWith(origin + "/local/photos/uploads/origin-numeric/");
        presigned.put(photo);

        Response created = user.post("/cards", "{\"key\":\"" + presigned.key() + "\"}");
        assertThat(created.status()).as(created.raw().body()).isIn(200, 201);
        String id = created.json().get("id").asText();
        Response image = user.get("/cards/" + id + "/image", "Accept", "application/json");
        assertThat(image.status()).isEqualTo(200);
        URI imageUrl = URI.create(image.json().get("url").asText());
        assertThat(imageUrl.toString()).startsWith(origin + "/local/photos/");
        Response fetched = ApiClient.fetch(imageUrl);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.contentType()).isEqualTo("image/png");
        Response redirect = user.get("/cards/" + id + "/image");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).startsWith(origin + "/local/photos/");
    }

    @Test
    void aClientAtLocalhostGetsLocalhostUrls() {
        String origin = "http://localhost:" + port;
        ApiClient user = new ApiClient(origin, tokenFor("origin-named", false));
        byte[] photo = TestPhotos.png(28);

        Presigned presigned = Uploads.presign(user, photo, "image/png");

        assertThat(presigned.url().toString()).startsWith(origin + "/local/photos/uploads/origin-named/");
        presigned.put(photo);
    }
}

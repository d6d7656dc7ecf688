package com.collectiq.authenticity.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.ServiceTest;
import com.collectiq.upload.PhotoStore;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /admin/references} over HTTP in local mode: operators only, images only, stored with hashes. */
@LocalMode
class ReferenceApiTest extends ServiceTest {

    @Autowired
    PhotoStore photos;

    @Test
    void anOperatorAddsAReferenceAndItIsStoredWithItsHashes() throws IOException {
        byte[] image = cardPhoto();
        assertThat(image.length).as("larger than the JSON body cap").isGreaterThan(64 * 1024);

        ApiClient.Response added = admin("ops").post("/admin/references", body("refapi1-4", image));

        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        JsonNode body = added.json();
        String key = body.get("key").asText();
        assertThat(key).startsWith("references/refapi1-4/").endsWith(".png");
        assertThat(body.get("perceptualHash").asText()).matches("[0-9a-f]{16}");
        assertThat(photos.read(key, 20_000_000)).hasValue(image);
        ApiClient.Response listed = admin("ops").get("/admin/references/refapi1-4");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().at("/references/0/key").asText()).isEqualTo(key);
        assertThat(listed.json().at("/references/0/perceptualHash").asText()).isEqualTo(body.get("perceptualHash").asText());
    }

    @Test
    void onlyOperatorsMayAddReferences() throws IOException {
        ApiClient.Response refused = api("alice").post("/admin/references", body("refapi2-4", cardPhoto()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(admin("ops").get("/admin/references/refapi2-4").json().get("references")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAUsableReference() throws IOException {
        ApiClient operator = admin("ops");
        byte[] card = cardPhoto();

        assertThat(operator.post("/admin/references", body("../etc", card)).status()).isEqualTo(400);
        assertThat(operator.post("/admin/references", "{\"image\":\"" + base64(card) + "\"}").status()).isEqualTo(400);
        assertThat(operator.post("/admin/references", "{\"catalogId\":\"refapi3-4\",\"image\":\"%%%\"}").status())
                .isEqualTo(400);
        assertThat(operator.post("/admin/references", body("refapi3-4", card), "Content-Type", "text/plain").status())
                .isEqualTo(415);
        ApiClient.Response notAnImage = operator.post("/admin/references",
                body("refapi3-4", "not an image at all".getBytes(StandardCharsets.UTF_8)));
        assertThat(notAnImage.status()).isEqualTo(415);
        assertThat(notAnImage.contentType()).isEqualTo("application/problem+json");
        ApiClient.Response noCard = operator.post("/admin/references", body("refapi3-4", blank()));
        assertThat(noCard.status()).as(noCard.raw().body()).isEqualTo(422);
        assertThat(admin("ops").get("/admin/references/refapi3-4").json().get("references")).isEmpty();
    }

    private static String body(String catalogId, byte[] image) {
        return "{\"catalogId\":\"" + catalogId + "\",\"image\":\"" + base64(image) + "\"}";
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A yellow-bordered card with noisy artwork on a dark table. */
    private static byte[] cardPhoto() throws IOException {
        BufferedImage photo = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(0x3A2A1E));
        g.fillRect(0, 0, 900, 700);
        g.setColor(new Color(0xF2D13A));
        g.fillRect(270, 60, 360, 503);
        g.setColor(new Color(0xE9C7A0));
        g.fillRect(290, 80, 320, 463);
        g.dispose();
        Random random = new Random(3);
        for (int y = 100; y < 300; y++) {
            for (int x = 300; x < 590; x++) {
                photo.setRGB(x, y, random.nextInt(0xFFFFFF)); // noisy artwork: a body well past 64 KiB
            }
        }
        return png(photo);
    }

    private static byte[] blank() throws IOException {
        BufferedImage plain = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = plain.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 600, 600);
        g.dispose();
        return png(plain);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

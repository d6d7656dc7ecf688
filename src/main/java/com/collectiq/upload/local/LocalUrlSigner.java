package com.collectiq.upload.local;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.collectiq.platform.keys.ServiceSecrets;
import com.collectiq.upload.PhotoType;

/**
 * Signs and checks the URLs {@code local} mode hands out in place of S3's presigned ones: an
 * HMAC-SHA256, with the service's {@code photo-url} key, over the method, the key, the expiry and,
 * for uploads, the content type and exact length. The URL carries those terms in its query so the
 * endpoint can tell a wrong header (415, 400) from a forged URL (403).
 */
@Component
@Profile("!aws")
class LocalUrlSigner {

    static final String PATH = "/local/photos/";

    /** S3's own ceiling for presigned URLs; both stores keep to it. */
    private static final Duration MAX_VALIDITY = Duration.ofDays(7);

    private static final String EXPIRES = "expires";
    private static final String TYPE = "type";
    private static final String LENGTH = "length";
    private static final String SIGNATURE = "signature";

    /** The content type and exact length an upload URL was signed for. */
    record UploadTerms(PhotoType type, long length) {
    }

    private final SecretKeySpec key;
    private final Clock clock;
    private final Environment environment;

    LocalUrlSigner(ServiceSecrets secrets, Clock clock, Environment environment) {
        this.key = new SecretKeySpec(secrets.key("photo-url"), "HmacSHA256");
        this.clock = clock;
        this.environment = environment;
    }

    Instant expiryAfter(Duration validFor) {
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("a signed URL is valid for more than 0 s and at most 7 days");
        }
        return clock.instant().plus(validFor);
    }

    /** An upload URL on {@code origin}, the one the client reached us at (null: none known). */
    URI uploadUrl(URI origin, String photoKey, PhotoType type, long length, Instant expiresAt) {
        long expires = expiresAt.getEpochSecond();
        String signature = sign("PUT", photoKey, type.contentType(), Long.toString(length), expires);
        return URI.create(baseUrl(origin) + PATH + photoKey + "?" + EXPIRES + "=" + expires
                + "&" + TYPE + "=" + encode(type.contentType()) + "&" + LENGTH + "=" + length
                + "&" + SIGNATURE + "=" + signature);
    }

    /** A read URL on {@code origin}, the one the client reached us at (null: none known). */
    URI readUrl(URI origin, String photoKey, Instant expiresAt) {
        long expires = expiresAt.getEpochSecond();
        return URI.create(baseUrl(origin) + PATH + photoKey + "?" + EXPIRES + "=" + expires
                + "&" + SIGNATURE + "=" + sign("GET", photoKey, "", "", expires));
    }

    /** The terms of a PUT URL we signed for this key and that has not expired; refused otherwise. */
    UploadTerms verifyUpload(String photoKey, QueryParameters query) {
        PhotoType type = PhotoType.ofContentType(query.get(TYPE)).orElseThrow(this::malformed);
        long length = parse(query.get(LENGTH));
        verify("PUT", photoKey, type.contentType(), Long.toString(length), query);
        return new UploadTerms(type, length);
    }

    /** Returns when the GET URL was signed by us for this key and has not expired; refused otherwise. */
    void verifyRead(String photoKey, QueryParameters query) {
        verify("GET", photoKey, "", "", query);
    }

    /** The query of a request, one value per name. */
    @FunctionalInterface
    interface QueryParameters {
        String get(String name);
    }

    private void verify(String method, String photoKey, String type, String length, QueryParameters query) {
        long expires = parse(query.get(EXPIRES));
        byte[] expected = sign(method, photoKey, type, length, expires).getBytes(StandardCharsets.US_ASCII);
        byte[] given = Optional.ofNullable(query.get(SIGNATURE)).orElse("").getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new SignatureRefusedException("the URL's signature does not match what it is used for");
        }
        // only a genuine URL's expiry is worth reporting
        if (clock.instant().getEpochSecond() > expires) {
            throw new SignatureRefusedException("the URL expired at " + Instant.ofEpochSecond(expires));
        }
    }

    /**
     * Every field is parsed before it is signed and none can hold a line break, so the fields of one
     * signed text cannot be re-split into the fields of another.
     */
    private String sign(String method, String photoKey, String type, String length, long expires) {
        String text = String.join("\n", "v1", method, photoKey, type, length, Long.toString(expires));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JDK always has HmacSHA256", e);
        }
    }

    private long parse(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    private SignatureRefusedException malformed() {
        return new SignatureRefusedException("the URL's signed terms are missing or malformed");
    }

    /**
     * {@code collectiq.public-base-url} when set (a proxy or another host name in front), else the
     * origin the client reached us at (the URL's host is not signed: it only says where to go), else
     * this server on localhost; read per URL because with {@code server.port=0} the port is known
     * only once the server is listening.
     */
    private String baseUrl(URI origin) {
        String configured = environment.getProperty("collectiq.public-base-url");
        if (configured != null && !configured.isBlank()) {
            return withoutTrailingSlash(configured);
        }
        if (origin != null) {
            return withoutTrailingSlash(origin.toString());
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

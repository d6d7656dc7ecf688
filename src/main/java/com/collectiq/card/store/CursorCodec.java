package com.collectiq.card.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import com.collectiq.card.InvalidCursorException;
import com.collectiq.platform.keys.ServiceSecrets;

/**
 * Opaque, signed pagination cursors: {@code base64url(version | mac | position)}. The MAC
 * (HMAC-SHA256, truncated to 128 bits) covers the position and a scope the caller gives on both
 * sides (the owner and the filter), so the scope never travels in the cursor yet a cursor made for
 * one owner or filter is refused for another. Every instance sharing the {@code cursor} secret
 * accepts every other's cursors, also after a restart.
 */
@Component
public class CursorCodec {

    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 16;
    /** Longer than any cursor we issue; refusing early keeps junk from being decoded at all. */
    private static final int MAX_CURSOR_CHARS = 512;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CursorCodec(ServiceSecrets secrets) {
        this.key = new SecretKeySpec(secrets.key("cursor"), ALGORITHM);
    }

    public String encode(String position, String... scope) {
        byte[] positionBytes = position.getBytes(StandardCharsets.UTF_8);
        byte[] token = ByteBuffer.allocate(1 + MAC_BYTES + positionBytes.length)
                .put(VERSION)
                .put(mac(positionBytes, scope))
                .put(positionBytes)
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The position inside the cursor; {@link InvalidCursorException} unless we issued it for this scope. */
    public String decode(String cursor, String... scope) {
        if (cursor.length() > MAX_CURSOR_CHARS) {
            throw invalid();
        }
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (token.length <= 1 + MAC_BYTES || token[0] != VERSION) {
            throw invalid();
        }
        byte[] positionBytes = Arrays.copyOfRange(token, 1 + MAC_BYTES, token.length);
        byte[] presented = Arrays.copyOfRange(token, 1, 1 + MAC_BYTES);
        if (!MessageDigest.isEqual(presented, mac(positionBytes, scope))) {
            throw invalid();
        }
        return new String(positionBytes, StandardCharsets.UTF_8);
    }

    private byte[] mac(byte[] position, String... scope) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(VERSION);
            // length-prefixed, so ("ab", "c") and ("a", "bc") sign differently
            for (String part : scope) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                mac.update(bytes);
            }
            mac.update(position);
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static InvalidCursorException invalid() {
        // one message for every reason: telling them apart would help a forger
        return new InvalidCursorException("the cursor is not valid for this list");
    }
}

package com.collectiq.platform.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562): their text sorts by creation time, so
 * "newest first" and "oldest first" are plain key orders in every store, and keyset pagination
 * stays correct while items are added or removed between pages.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId(Clock clock) {
        long millis = clock.millis();
        long random = RANDOM.nextLong();
        long high = (millis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** True for the canonical lower-case text of a UUID; anything else is a malformed id. */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() == 36
                && id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}

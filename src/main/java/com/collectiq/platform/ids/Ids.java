package com.collectiq.platform.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562): their text sorts by creation time, so
 * "newest first" and "oldest first" are plain key orders in every store, and keyset pagination
 * stays correct while items are added or removed between pages. Within one millisecond a 12-bit
 * counter keeps the ids of this process in creation order (RFC 9562, method 1).
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_MAX = 0x0FFF;

    private static long lastMillis;
    private static int counter;

    private Ids() {
    }

    public static String newId(Clock clock) {
        long millis;
        int sequence;
        synchronized (Ids.class) {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                if (counter == COUNTER_MAX) {
                    millis++; // the counter ran out: borrow the next millisecond rather than repeat
                    counter = RANDOM.nextInt(COUNTER_MAX / 2);
                } else {
                    counter++;
                }
            } else {
                // a random start in the lower half leaves room to count up within the millisecond
                counter = RANDOM.nextInt(COUNTER_MAX / 2);
            }
            lastMillis = millis;
            sequence = counter;
        }
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** True for the canonical lower-case text of a UUID; anything else is a malformed id. */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() == 36
                && id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}

package com.collectiq.card.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text, so string order is time order in a DynamoDB sort key.
 * {@link Instant#toString()} is not: it drops zero fractions, and "…:00Z" sorts after "…:00.5Z".
 */
public final class SortableInstant {

    private static final DateTimeFormatter FIXED_WIDTH =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SortableInstant() {
    }

    public static String format(Instant instant) {
        return FIXED_WIDTH.format(instant);
    }
}

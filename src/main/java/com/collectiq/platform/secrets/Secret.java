package com.collectiq.platform.secrets;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A credential read when it is used, not at start. Missing or present, it says so in one log line
 * each time that changes (not on every call); its value is never logged.
 */
public abstract class Secret {

    private static final Logger log = LoggerFactory.getLogger(Secret.class);

    private final String description;
    private final AtomicReference<Boolean> wasPresent = new AtomicReference<>();

    protected Secret(String description) {
        this.description = description;
    }

    /** The current value; empty when it is not configured or cannot be read. */
    public final Optional<String> value() {
        Read read = read();
        boolean present = read.value().isPresent();
        Boolean before = wasPresent.getAndSet(present);
        if (before == null || before != present) {
            if (present) {
                if (before != null) {
                    log.info("{}: available again", description);
                }
            } else {
                log.warn("{}: {}", description, read.whyMissing());
            }
        }
        return read.value();
    }

    /** What a read found: the value, or why there is none (words safe to log). */
    protected record Read(Optional<String> value, String whyMissing) {

        static Read of(String value) {
            return value == null || value.isBlank() ? missing("empty") : new Read(Optional.of(value), null);
        }

        static Read missing(String why) {
            return new Read(Optional.empty(), why);
        }
    }

    protected abstract Read read();

    /** Never the value: secrets end up in logs through toString. */
    @Override
    public final String toString() {
        return "Secret[" + description + "]";
    }
}

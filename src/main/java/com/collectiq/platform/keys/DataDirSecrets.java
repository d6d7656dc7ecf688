package com.collectiq.platform.keys;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code local} mode's secrets: random keys generated on first use and kept under
 * {@code <data-dir>/keys/}, so cursors and signed URLs survive a restart.
 */
@Component
@Profile("!aws")
class DataDirSecrets implements ServiceSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path keysDir;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    DataDirSecrets(@Value("${collectiq.data-dir}") Path dataDir) {
        this.keysDir = dataDir.resolve("keys");
    }

    @Override
    public byte[] key(String purpose) {
        if (!purpose.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("bad key purpose: " + purpose);
        }
        return keys.computeIfAbsent(purpose, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String purpose) {
        return KeyFiles.readOrCreate(keysDir.resolve(purpose + ".key"), () -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            return fresh;
        });
    }
}

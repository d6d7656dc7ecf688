package com.collectiq.platform.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        Path file = keysDir.resolve(purpose + ".key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(keysDir);
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Path temp = Files.createTempFile(keysDir, purpose, ".tmp");
                Files.write(temp, fresh);
                try {
                    // first writer wins: a concurrent first start must not end with two keys
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException lost) {
                    Files.deleteIfExists(temp);
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the " + purpose + " key in " + keysDir, e);
        }
    }
}

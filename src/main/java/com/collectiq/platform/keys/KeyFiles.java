package com.collectiq.platform.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/** Key material kept in files of {@code local} mode's data dir, created once on first use. */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * The file's bytes, creating it from {@code generator} when absent. The first writer wins: two
     * instances starting at once on one data dir end up with the same key, never two.
     */
    public static byte[] readOrCreate(Path file, Supplier<byte[]> generator) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
                Files.write(temp, generator.get());
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException lost) {
                    Files.deleteIfExists(temp);
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }
}

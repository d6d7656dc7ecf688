package com.collectiq.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One local-mode data dir per test JVM, so local-mode test classes share one Spring context. */
public final class TestDataDir {

    private static Path dir;

    private TestDataDir() {
    }

    public static synchronized String path() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("collectiq-test-data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir.toString();
    }
}

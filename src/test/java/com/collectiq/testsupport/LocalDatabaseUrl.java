package com.collectiq.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The JDBC URL {@code local} mode uses, read from the service's own {@code application-local.yaml}
 * with {@code collectiq.data-dir} filled in: tests open the database with exactly the options the
 * service runs with (a durability option removed there fails the tests that depend on it).
 */
public final class LocalDatabaseUrl {

    private LocalDatabaseUrl() {
    }

    public static String forDataDir(Path dataDir) {
        return configured().replace("${collectiq.data-dir}", dataDir.toAbsolutePath().toString());
    }

    @SuppressWarnings("unchecked")
    private static String configured() {
        try (InputStream yaml = LocalDatabaseUrl.class.getResourceAsStream("/application-local.yaml")) {
            Map<String, Object> root = new Yaml().load(yaml);
            Map<String, Object> datasource = (Map<String, Object>) ((Map<String, Object>) root.get("spring"))
                    .get("datasource");
            return (String) datasource.get("url");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

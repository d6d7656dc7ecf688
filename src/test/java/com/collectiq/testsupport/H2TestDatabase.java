package com.collectiq.testsupport;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * {@code local} mode's database in a test directory: H2 on disk with the URL options of
 * application-local.yaml, migrated by Flyway from the service's own {@code db/migration}.
 * Closing it closes the database, so opening the same directory again is a restart.
 */
public final class H2TestDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;

    private H2TestDatabase(Path dir) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(LocalDatabaseUrl.forDataDir(dir));
        config.setUsername("collectiq");
        config.setPassword("");
        // the concurrency tests run 20 writers at once
        config.setMaximumPoolSize(24);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public static H2TestDatabase open(Path dir) {
        return new H2TestDatabase(dir);
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

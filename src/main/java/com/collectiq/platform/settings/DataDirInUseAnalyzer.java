package com.collectiq.platform.settings;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second `local`-mode process on the same data directory (a `mvn spring-boot:run` left running in
 * another terminal) fails on the embedded database's file lock: say that in one line, not as a
 * Flyway bean-creation stack trace. Registered in {@code META-INF/spring.factories}.
 */
class DataDirInUseAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's "Database may be already in use" (DATABASE_ALREADY_OPEN_1). */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != DATABASE_ALREADY_OPEN) {
            return null;
        }
        return new FailureAnalysis("Another process holds the local data directory's database open: "
                + cause.getMessage().lines().findFirst().orElse(""),
                "Stop the other CollectIQ process (a `mvn spring-boot:run` still running?), or give this one a"
                        + " directory of its own: COLLECTIQ_DATA_DIR=/some/dir or --collectiq.data-dir=/some/dir.",
                cause);
    }
}

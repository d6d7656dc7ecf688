package com.collectiq.recovery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.recovery.*}: how many times a run may be started before the sweep gives up on
 * it, and whether the first sweep after start resumes every unfinished run at once (right for
 * {@code local} mode, whose in-process queue died with the process; wrong for {@code aws}, where
 * other tasks may be running those runs). The sweep's period is
 * {@code collectiq.recovery.sweep-period-ms} in {@code routes/recovery.yaml}.
 */
@ConfigurationProperties("collectiq.recovery")
public record RecoveryProperties(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("true") boolean resumeOnStart,
        @DefaultValue("100") int batch,
        @DefaultValue("10m") Duration requeueGrace) {
}

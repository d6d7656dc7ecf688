package com.collectiq.platform.shutdown;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.shutdown.*}: how long in-flight valuations may take to finish after SIGTERM.
 * Keep it under the orchestrator's stop timeout (Fargate: 30 s, then SIGKILL).
 */
@ConfigurationProperties("collectiq.shutdown")
public record ShutdownProperties(@DefaultValue("20s") Duration drainTimeout) {
}

package com.collectiq.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code collectiq.alerts.*}: how many price alerts one user may keep. */
@ConfigurationProperties("collectiq.alerts")
public record AlertsProperties(@DefaultValue("100") int maxPerUser) {

    public AlertsProperties {
        if (maxPerUser < 1) {
            throw new IllegalArgumentException("collectiq.alerts.max-per-user must be at least 1");
        }
    }
}

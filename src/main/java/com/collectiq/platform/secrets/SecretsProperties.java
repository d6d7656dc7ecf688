package com.collectiq.platform.secrets;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.secrets.*}: how long a secret read from Secrets Manager is used before it is read
 * again, which is how long a rotated secret takes to reach every task at most.
 */
@ConfigurationProperties("collectiq.secrets")
public record SecretsProperties(@DefaultValue("5m") Duration refreshInterval) {
}

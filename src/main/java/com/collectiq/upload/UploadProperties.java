package com.collectiq.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.upload.*}.
 *
 * @param urlTtl how long a signed upload URL stays valid
 * @param abandonedAfter how old an upload no card refers to must be before it is removed
 */
@ConfigurationProperties("collectiq.upload")
public record UploadProperties(
        @DefaultValue("5m") Duration urlTtl,
        @DefaultValue("24h") Duration abandonedAfter) {
}

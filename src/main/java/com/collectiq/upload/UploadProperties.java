package com.collectiq.upload;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code collectiq.upload.*}.
 *
 * @param urlTtl how long a signed upload URL stays valid
 * @param abandonedAfter how old the leftovers of an interrupted upload must be before they are removed
 * @param maxBytes the largest photo a client may upload
 * @param allowedTypes the content types {@code POST /upload/presign} accepts
 */
@ConfigurationProperties("collectiq.upload")
public record UploadProperties(
        @DefaultValue("5m") Duration urlTtl,
        @DefaultValue("24h") Duration abandonedAfter,
        @DefaultValue("12MB") DataSize maxBytes,
        @DefaultValue({"image/jpeg", "image/png", "image/webp", "image/heic"}) List<String> allowedTypes) {
}

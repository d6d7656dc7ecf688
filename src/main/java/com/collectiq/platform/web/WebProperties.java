package com.collectiq.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code collectiq.web.*}: what the HTTP edge lets in. Web origins allowed by CORS, the largest
 * JSON body accepted, and the per-user budget of write requests (a token bucket: {@code burst}
 * at once, refilled at {@code writesPerMinute}).
 */
@ConfigurationProperties("collectiq.web")
public record WebProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("64KB") DataSize maxBodySize,
        @DefaultValue("120") int writesPerMinute,
        @DefaultValue("20") int writeBurst) {
}

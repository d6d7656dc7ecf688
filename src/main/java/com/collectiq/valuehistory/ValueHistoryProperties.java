package com.collectiq.valuehistory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.value-history.*}: how old an owner's snapshot of today may be before a new value
 * records it again ({@code refresh-after}: a burst of reprices sums the collection once, not once per
 * card), and the longest range one request may ask for ({@code max-days}).
 */
@ConfigurationProperties("collectiq.value-history")
public record ValueHistoryProperties(
        @DefaultValue("10m") Duration refreshAfter,
        @DefaultValue("1830") int maxDays) {
}

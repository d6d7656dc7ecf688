package com.collectiq.upload;

/**
 * The "object created" signal of {@code local} mode, published as a Spring application event when a
 * client's signed upload completes: the local counterpart of S3's object-created notification.
 */
public record PhotoUploaded(String key, long sizeBytes, String contentType, String etag) {
}

package com.collectiq.platform.keys;

/**
 * Secrets the service's instances share to sign what they hand out (pagination cursors, local
 * upload URLs, local tokens). Each purpose gets its own key, so one leaking signs nothing else.
 */
public interface ServiceSecrets {

    /** The key for one purpose, e.g. {@code "cursor"}; at least 32 bytes, stable across restarts. */
    byte[] key(String purpose);
}

package com.collectiq.platform.secrets;

/**
 * Where the service's outside credentials (price sources' API keys, eBay's client id and secret)
 * come from. {@code local}: plain properties. {@code aws}: AWS Secrets Manager, read at run time
 * with the task role and re-read every {@code collectiq.secrets.refresh-interval}, so a rotated
 * secret is picked up without a restart; a plain property is never used there.
 */
public interface Secrets {

    /**
     * One secret. {@code description} names it in the single log line written when it is missing
     * (never its value); {@code plainValue} is the {@code local} property's value; {@code secretId}
     * the Secrets Manager secret, {@code id} for a plain secret string or {@code id#field} for one
     * field of a JSON secret.
     */
    Secret secret(String description, String plainValue, String secretId);
}

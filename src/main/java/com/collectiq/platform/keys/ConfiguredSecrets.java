package com.collectiq.platform.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code aws} mode's secrets, derived from one master secret every task shares
 * ({@code collectiq.signing-secret}; the ECS task definition injects it from Secrets Manager), so a
 * cursor issued by one task is accepted by another and after a redeploy.
 */
@Component
@Profile("aws")
class ConfiguredSecrets implements ServiceSecrets {

    private final byte[] master;

    ConfiguredSecrets(@Value("${collectiq.signing-secret}") String master) {
        if (master.length() < 32) {
            throw new IllegalStateException("collectiq.signing-secret must be at least 32 characters");
        }
        this.master = master.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] key(String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(master);
            sha.update((byte) 0);
            return sha.digest(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

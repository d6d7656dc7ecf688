package com.collectiq.platform.secrets;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@code local} mode: a secret is the plain property's value; the secret id is ignored. */
@Component
@Profile("!aws")
public class PropertySecrets implements Secrets {

    @Override
    public Secret secret(String description, String plainValue, String secretId) {
        Secret.Read read = plainValue == null || plainValue.isBlank() ? Secret.Read.missing("not configured")
                : Secret.Read.of(plainValue);
        return new Secret(description) {
            @Override
            protected Read read() {
                return read;
            }
        };
    }
}

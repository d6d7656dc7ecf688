package com.collectiq.card;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Part of the readiness group: a service that cannot reach its store takes no traffic. */
@Component("cardStore")
class CardStoreHealthIndicator implements HealthIndicator {

    private final CardStore cardStore;

    CardStoreHealthIndicator(CardStore cardStore) {
        this.cardStore = cardStore;
    }

    @Override
    public Health health() {
        try {
            cardStore.checkReachable();
            return Health.up().build();
        } catch (RuntimeException unreachable) {
            // the reason only: no connection strings or credentials reach the health output
            return Health.down().withDetail("reason", unreachable.getClass().getSimpleName()).build();
        }
    }
}

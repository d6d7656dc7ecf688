package com.collectiq.card.store;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.collectiq.card.CardStore;

/** {@code local} mode's card store: H2 on disk under the data directory, schema by Flyway. */
@Repository
@Profile("!aws")
class JdbcCardStore implements CardStore {

    private final JdbcTemplate jdbc;

    JdbcCardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void checkReachable() {
        jdbc.queryForObject("SELECT 1", Integer.class);
    }
}

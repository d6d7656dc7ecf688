package com.collectiq.recovery.store;

import org.springframework.jdbc.core.JdbcTemplate;

import com.collectiq.recovery.DeadLetters;

/** {@code local} mode's dead-letter table, for tests of other features that keep dead letters. */
public final class DeadLetterTable {

    private DeadLetterTable() {
    }

    public static DeadLetters open(JdbcTemplate jdbc) {
        return new JdbcDeadLetters(jdbc);
    }
}

package com.collectiq.recovery.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import com.collectiq.recovery.DeadLetter;
import com.collectiq.recovery.DeadLetters;

/** {@code local} mode's dead letters: the {@code dead_letters} table of the H2 database. */
@Repository
@Profile("!aws")
class JdbcDeadLetters implements DeadLetters {

    private static final RowMapper<DeadLetter> LETTER = (row, n) -> new DeadLetter(row.getString("id"),
            row.getString("card_id"), row.getString("owner"), row.getString("run_id"), row.getString("stage"),
            row.getString("reason"), row.getString("cause"), row.getString("message"), null,
            row.getObject("failed_at", OffsetDateTime.class).toInstant(), row.getString("id"));

    private final JdbcTemplate jdbc;

    JdbcDeadLetters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(DeadLetter letter) {
        try {
            jdbc.update("INSERT INTO dead_letters (id, card_id, owner, run_id, stage, reason, cause, message, failed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", letter.id(), letter.cardId(), letter.owner(), letter.runId(),
                    letter.stage(), letter.reason(), letter.cause(), letter.message(),
                    letter.failedAt().atOffset(ZoneOffset.UTC));
        } catch (DuplicateKeyException alreadyKept) {
            // the same run dead-lettered twice (a redelivered message): one letter is enough
        }
    }

    @Override
    public List<DeadLetter> list(int limit) {
        return jdbc.query("SELECT * FROM dead_letters ORDER BY failed_at, id LIMIT ?", LETTER, limit);
    }

    @Override
    public Optional<DeadLetter> find(String id) {
        return jdbc.query("SELECT * FROM dead_letters WHERE id = ?", LETTER, id).stream().findFirst();
    }

    @Override
    public void remove(DeadLetter letter) {
        jdbc.update("DELETE FROM dead_letters WHERE id = ?", letter.handle());
    }
}

package com.collectiq.events.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.collectiq.events.EventOutbox;
import com.collectiq.events.PendingEvent;

/** {@code local} mode's outbox: the {@code event_outbox} table of the H2 database. */
@Repository
@Profile("!aws")
class JdbcEventOutbox implements EventOutbox {

    private final JdbcTemplate jdbc;

    JdbcEventOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(PendingEvent event) {
        try {
            jdbc.update("INSERT INTO event_outbox (event_id, event_type, payload, created_at, trace_header)"
                    + " VALUES (?, ?, ?, ?, ?)", event.eventId(), event.type(), event.payload(),
                    event.createdAt().atOffset(ZoneOffset.UTC), event.traceHeader());
        } catch (DuplicateKeyException alreadyAdded) {
            // a retried stage adds its event again: the first copy stands
        }
    }

    @Override
    public List<PendingEvent> pending(int limit) {
        return jdbc.query("SELECT * FROM event_outbox ORDER BY event_id LIMIT ?",
                (row, n) -> new PendingEvent(row.getString("event_id"), row.getString("event_type"),
                        row.getString("payload"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getString("trace_header")),
                limit);
    }

    @Override
    public void markPublished(String eventId) {
        jdbc.update("DELETE FROM event_outbox WHERE event_id = ?", eventId);
    }
}

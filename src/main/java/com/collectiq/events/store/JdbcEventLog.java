package com.collectiq.events.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.collectiq.events.EventPublisher;
import com.collectiq.events.PendingEvent;
import com.collectiq.events.RecentEvents;

/** {@code local} mode's "bus": published events land in a table operators can read. */
@Repository
@Profile("!aws")
class JdbcEventLog implements EventPublisher, RecentEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcEventLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void publish(List<PendingEvent> events) {
        Timestamp now = Timestamp.from(clock.instant());
        for (PendingEvent event : events) {
            jdbc.update("MERGE INTO event_log (event_id, event_type, payload, published_at) KEY (event_id) "
                    + "VALUES (?, ?, ?, ?)", event.eventId(), event.type(), event.payload(), now);
        }
    }

    @Override
    public List<PublishedEvent> recent(int limit) {
        return jdbc.query("SELECT event_id, event_type, payload, published_at FROM event_log "
                + "ORDER BY event_id DESC FETCH FIRST ? ROWS ONLY",
                (row, n) -> new PublishedEvent(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()),
                limit);
    }
}

package com.collectiq.valuehistory.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import com.collectiq.valuehistory.ValueSnapshot;
import com.collectiq.valuehistory.ValueSnapshotStore;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code local} mode's value history: the {@code value_snapshots} table of the H2 database. */
@Repository
@Profile("!aws")
class JdbcValueSnapshotStore implements ValueSnapshotStore {

    private final JdbcTemplate jdbc;
    private final SnapshotJson json;
    private final RowMapper<ValueSnapshot> rows;

    JdbcValueSnapshotStore(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.json = new SnapshotJson(mapper);
        this.rows = (row, n) -> json.read(row.getString("body"));
    }

    @Override
    public void put(ValueSnapshot snapshot) {
        jdbc.update("MERGE INTO value_snapshots (owner_id, snapshot_day, recorded_at, body) KEY (owner_id, snapshot_day) VALUES (?, ?, ?, ?)",
                snapshot.owner(), snapshot.day(), snapshot.recordedAt().atOffset(ZoneOffset.UTC), json.write(snapshot));
    }

    @Override
    public Optional<ValueSnapshot> get(String owner, LocalDate day) {
        return jdbc.query("SELECT body FROM value_snapshots WHERE owner_id = ? AND snapshot_day = ?", rows, owner, day).stream()
                .findFirst();
    }

    @Override
    public List<ValueSnapshot> between(String owner, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT body FROM value_snapshots WHERE owner_id = ? AND snapshot_day BETWEEN ? AND ? ORDER BY snapshot_day",
                rows, owner, from, to);
    }

    @Override
    public void deleteOwner(String owner) {
        jdbc.update("DELETE FROM value_snapshots WHERE owner_id = ?", owner);
    }
}

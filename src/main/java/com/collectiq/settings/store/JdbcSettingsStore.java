package com.collectiq.settings.store;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.collectiq.settings.SettingsStore;
import com.collectiq.settings.UserSettings;

/** {@code local} mode's settings: one row per user in {@code user_settings} (V6). */
@Repository
@Profile("!aws")
class JdbcSettingsStore implements SettingsStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcSettingsStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<UserSettings> get(String owner) {
        return jdbc.query("SELECT currency, repricing FROM user_settings WHERE owner_id = ?",
                (row, n) -> new UserSettings(row.getString("currency"), row.getString("repricing")), owner).stream()
                .findFirst();
    }

    @Override
    public void put(String owner, UserSettings settings) {
        jdbc.update("MERGE INTO user_settings (owner_id, currency, repricing, updated_at) KEY (owner_id)"
                + " VALUES (?, ?, ?, ?)", owner, settings.currency(), settings.repricing(),
                clock.instant().atOffset(ZoneOffset.UTC));
    }

    @Override
    public void delete(String owner) {
        jdbc.update("DELETE FROM user_settings WHERE owner_id = ?", owner);
    }
}

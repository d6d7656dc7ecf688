package com.collectiq.alerts.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.collectiq.alerts.PriceAlert;
import com.collectiq.alerts.PriceAlertStore;

/** {@code local} mode's price alerts: the {@code price_alerts} table of the H2 database. */
@Repository
@Profile("!aws")
class JdbcPriceAlertStore implements PriceAlertStore {

    private final JdbcTemplate jdbc;

    JdbcPriceAlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(PriceAlert alert, int max) {
        // one statement: the count and the insert see the same table
        return jdbc.update("INSERT INTO price_alerts (id, owner_id, card_id, kind, threshold, currency, base_fair, armed,"
                + " created_at, last_triggered_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES 0)"
                + " WHERE (SELECT COUNT(*) FROM price_alerts WHERE owner_id = ?) < ?",
                alert.id(), alert.owner(), alert.cardId(), alert.kind().name(), alert.threshold(), alert.currency(),
                alert.baseFair(), alert.armed(), utc(alert.createdAt()), utc(alert.lastTriggeredAt()), alert.owner(),
                max) == 1;
    }

    @Override
    public List<PriceAlert> list(String owner) {
        return jdbc.query("SELECT * FROM price_alerts WHERE owner_id = ? ORDER BY id", JdbcPriceAlertStore::alert, owner);
    }

    @Override
    public List<PriceAlert> ofCard(String owner, String cardId) {
        return jdbc.query("SELECT * FROM price_alerts WHERE owner_id = ? AND card_id = ? ORDER BY id",
                JdbcPriceAlertStore::alert, owner, cardId);
    }

    @Override
    public Optional<PriceAlert> get(String owner, String id) {
        return jdbc.query("SELECT * FROM price_alerts WHERE owner_id = ? AND id = ?", JdbcPriceAlertStore::alert,
                owner, id).stream().findFirst();
    }

    @Override
    public void update(PriceAlert alert) {
        jdbc.update("UPDATE price_alerts SET armed = ?, last_triggered_at = ? WHERE owner_id = ? AND id = ?",
                alert.armed(), utc(alert.lastTriggeredAt()), alert.owner(), alert.id());
    }

    @Override
    public boolean delete(String owner, String id) {
        return jdbc.update("DELETE FROM price_alerts WHERE owner_id = ? AND id = ?", owner, id) > 0;
    }

    @Override
    public void deleteCard(String owner, String cardId) {
        jdbc.update("DELETE FROM price_alerts WHERE owner_id = ? AND card_id = ?", owner, cardId);
    }

    @Override
    public void deleteOwner(String owner) {
        jdbc.update("DELETE FROM price_alerts WHERE owner_id = ?", owner);
    }

    private static PriceAlert alert(ResultSet row, int n) throws SQLException {
        return new PriceAlert(row.getString("id"), row.getString("owner_id"), row.getString("card_id"),
                PriceAlert.Kind.valueOf(row.getString("kind")), row.getBigDecimal("threshold"),
                row.getString("currency"), row.getBigDecimal("base_fair"),
                row.getBoolean("armed"), instant(row, "created_at"), instant(row, "last_triggered_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

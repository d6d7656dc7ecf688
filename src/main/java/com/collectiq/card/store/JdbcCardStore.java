package com.collectiq.card.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import com.collectiq.card.Card;
import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Hints;
import com.collectiq.card.PhotoSlot;
import com.collectiq.card.PriceHistoryEntry;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code local} mode's card store: H2 on disk under the data directory, schema by Flyway
 * ({@code db/migration}). Every write is one statement, so H2's transactional store keeps it whole
 * through a crash; races are settled by the database (a unique photo key and slot, {@code WHERE version = ?}).
 */
@Repository
@Profile("!aws")
class JdbcCardStore implements CardStore {

    private static final String CARD_COLUMNS = "id, owner_id, photo_key, slot, status, version, lease_until, reprice_due, body";

    private final JdbcTemplate jdbc;
    private final CardJson json;
    private final CardListing listing;
    private final Clock clock;
    private final RowMapper<Card> cardRows;

    JdbcCardStore(JdbcTemplate jdbc, ObjectMapper mapper, CursorCodec cursors, Clock clock) {
        this.jdbc = jdbc;
        this.json = new CardJson(mapper);
        this.listing = new CardListing(cursors);
        this.clock = clock;
        this.cardRows = (row, n) -> json.card(row.getString("body"));
    }

    @Override
    public Created create(String owner, String key, String backKey, Hints hints) {
        return insert(CardLifecycle.newCard(owner, key, backKey, hints, clock));
    }

    @Override
    public Created createInSlot(String owner, String key, PhotoSlot slot, String photoEtag) {
        return insert(CardLifecycle.newCardInSlot(owner, key, slot, photoEtag, clock));
    }

    private Created insert(Card fresh) {
        int slot = PhotoSlot.indexOf(fresh);
        try {
            jdbc.update("INSERT INTO cards (" + CARD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    fresh.id(), fresh.owner(), fresh.key(), slot, fresh.status().name(), fresh.version(),
                    leaseUntil(fresh), repriceDue(fresh), json.write(fresh));
            return new Created(fresh, true);
        } catch (DuplicateKeyException slotTaken) {
            Card existing = jdbc.query("SELECT body FROM cards WHERE photo_key = ? AND slot = ?", cardRows,
                    fresh.key(), slot).stream().findFirst().orElseThrow(() -> slotTaken);
            CardLifecycle.requireOwner(existing, fresh.owner());
            return new Created(existing, false);
        }
    }

    @Override
    public Optional<Card> get(String owner, String id) {
        return jdbc.query("SELECT body FROM cards WHERE id = ? AND owner_id = ?", cardRows, id, owner)
                .stream().findFirst();
    }

    @Override
    public Optional<Card> findByKey(String key) {
        return jdbc.query("SELECT body FROM cards WHERE photo_key = ? ORDER BY slot LIMIT 1", cardRows, key)
                .stream().findFirst();
    }

    @Override
    public CardPage listByPhoto(String owner, String key, int limit, String cursor) {
        int after = listing.startAfterSlot(owner, key, cursor);
        return listing.photoPage(owner, key, limit, jdbc.query("SELECT body FROM cards WHERE photo_key = ?"
                + " AND owner_id = ? AND slot > ? ORDER BY slot LIMIT ?", cardRows, key, owner, after,
                CardListing.fetchSize(limit)));
    }

    @Override
    public CardPage list(String owner, CardStatus status, int limit, String cursor) {
        int fetch = CardListing.fetchSize(limit);
        String below = listing.startBelow(owner, status, cursor);
        // the page's ids from the index first, then only their bodies: H2 sorts every row of the owner
        // for ORDER BY id DESC, and sorting ids instead of card bodies made a page about 4 times cheaper
        StringBuilder ids = new StringBuilder("SELECT id FROM cards WHERE owner_id = ?");
        List<Object> args = new ArrayList<>(List.of(owner));
        if (status != null) {
            ids.append(" AND status = ?");
            args.add(status.name());
        }
        if (below != null) {
            ids.append(" AND id < ?");
            args.add(below);
        }
        ids.append(" ORDER BY id DESC LIMIT ?");
        args.add(fetch);
        String sql = "SELECT body FROM cards WHERE id IN (" + ids + ") ORDER BY id DESC";
        return listing.page(owner, status, limit, jdbc.query(sql, cardRows, args.toArray()));
    }

    @Override
    public Card update(Card card) {
        return CardLifecycle.update(card, clock.instant(), this::replace, () -> get(card.owner(), card.id()));
    }

    @Override
    public Optional<Card> claim(String owner, String id, String runId, String worker, Instant now, Duration lease) {
        return CardLifecycle.claim(() -> get(owner, id), this::replace, runId, worker, now, lease);
    }

    @Override
    public List<Card> findExpiredRuns(Instant now, int limit) {
        return jdbc.query("SELECT body FROM cards WHERE lease_until < ? ORDER BY lease_until, id LIMIT ?",
                cardRows, utc(now), limit);
    }

    @Override
    public List<Card> findDueForRepricing(Instant now, int limit) {
        return jdbc.query("SELECT body FROM cards WHERE reprice_due <= ? ORDER BY reprice_due, id LIMIT ?",
                cardRows, utc(now), limit);
    }

    @Override
    public CardPage findUnscheduled(String cursor, int limit) {
        List<Card> page = jdbc.query("SELECT body FROM cards WHERE status = 'VALUED' AND reprice_due IS NULL"
                + " AND id > ? ORDER BY id LIMIT ?", cardRows, cursor == null ? "" : cursor, limit);
        return new CardPage(page, page.size() < limit ? null : page.get(page.size() - 1).id());
    }

    @Override
    public boolean appendHistory(String owner, String cardId, PriceHistoryEntry entry) {
        try {
            // the SELECT makes "the card is the owner's" and the insert one statement
            int added = jdbc.update("INSERT INTO card_history (card_id, run_id, recorded_at, body)"
                    + " SELECT id, ?, ?, ? FROM cards WHERE id = ? AND owner_id = ?",
                    entry.runId(), utc(entry.recordedAt()), json.write(entry), cardId, owner);
            if (added == 0) {
                throw new CardNotFoundException("no card " + cardId);
            }
            return true;
        } catch (DuplicateKeyException sameRun) {
            return false;
        }
    }

    @Override
    public List<PriceHistoryEntry> history(String owner, String cardId) {
        return jdbc.query("SELECT h.body FROM card_history h JOIN cards c ON c.id = h.card_id"
                + " WHERE c.id = ? AND c.owner_id = ? ORDER BY h.recorded_at, h.run_id",
                (row, n) -> json.historyEntry(row.getString("body")), cardId, owner);
    }

    @Override
    public boolean delete(String owner, String id) {
        // card_history goes with its card (ON DELETE CASCADE), in the same statement
        return jdbc.update("DELETE FROM cards WHERE id = ? AND owner_id = ?", id, owner) > 0;
    }

    @Override
    public int deleteOwner(String owner) {
        return jdbc.update("DELETE FROM cards WHERE owner_id = ?", owner);
    }

    @Override
    public void checkReachable() {
        jdbc.queryForObject("SELECT 1", Integer.class);
    }

    private boolean replace(Card next, long expectedVersion) {
        return jdbc.update("UPDATE cards SET status = ?, version = ?, lease_until = ?, reprice_due = ?, body = ?"
                + " WHERE id = ? AND owner_id = ? AND version = ?",
                next.status().name(), next.version(), leaseUntil(next), repriceDue(next), json.write(next),
                next.id(), next.owner(), expectedVersion) == 1;
    }

    private static OffsetDateTime leaseUntil(Card card) {
        return card.run() == null || card.run().leaseUntil() == null ? null : utc(card.run().leaseUntil());
    }

    /** Only valued cards are repriced; a card being valued again keeps its place until the run ends. */
    private static OffsetDateTime repriceDue(Card card) {
        return card.status() == CardStatus.VALUED && card.repricing() != null ? utc(card.repricing().due()) : null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

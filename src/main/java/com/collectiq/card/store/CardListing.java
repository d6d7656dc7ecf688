package com.collectiq.card.store;

import java.util.List;

import com.collectiq.card.Card;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore.CardPage;
import com.collectiq.card.InvalidCursorException;
import com.collectiq.card.PhotoSlot;
import com.collectiq.platform.ids.Ids;

/**
 * Keyset pagination over an owner's cards (and over the cards of one photo, by slot), shared by both stores: a page holds the cards whose id
 * is below the cursor's (ids are time-ordered, so that is "older than the last card shown"), which
 * stays correct while cards are added or deleted between pages. The cursor carries only that id,
 * signed together with the owner and the status filter.
 */
final class CardListing {

    static final int MAX_LIMIT = 1000;

    private final CursorCodec cursors;

    CardListing(CursorCodec cursors) {
        this.cursors = cursors;
    }

    /** How many cards a store should fetch for a page: one more than shown tells whether more follow. */
    static int fetchSize(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        return limit + 1;
    }

    /** The id the page starts below, or null for the first page. */
    String startBelow(String owner, CardStatus status, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String id = cursors.decode(cursor, scope(owner, status));
        if (!Ids.isWellFormed(id)) {
            // only reachable with our own key: a bug, but still not a position to query from
            throw new InvalidCursorException("the cursor is not valid for this list");
        }
        return id;
    }

    /** The page out of up to {@code fetchSize(limit)} cards fetched newest first. */
    CardPage page(String owner, CardStatus status, int limit, List<Card> fetched) {
        if (fetched.size() <= limit) {
            return new CardPage(List.copyOf(fetched), null);
        }
        List<Card> shown = List.copyOf(fetched.subList(0, limit));
        String last = shown.get(limit - 1).id();
        return new CardPage(shown, cursors.encode(last, scope(owner, status)));
    }

    /** The slot a page of one photo's cards starts after, or -1 for the first page. */
    int startAfterSlot(String owner, String photoKey, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return -1;
        }
        String slot = cursors.decode(cursor, photoScope(owner, photoKey));
        try {
            return Integer.parseInt(slot);
        } catch (NumberFormatException notOurs) {
            throw new InvalidCursorException("the cursor is not valid for this list");
        }
    }

    /** The page out of up to {@code fetchSize(limit)} cards of one photo, fetched in slot order. */
    CardPage photoPage(String owner, String photoKey, int limit, List<Card> fetched) {
        if (fetched.size() <= limit) {
            return new CardPage(List.copyOf(fetched), null);
        }
        List<Card> shown = List.copyOf(fetched.subList(0, limit));
        String last = Integer.toString(PhotoSlot.indexOf(shown.get(limit - 1)));
        return new CardPage(shown, cursors.encode(last, photoScope(owner, photoKey)));
    }

    private static String[] photoScope(String owner, String photoKey) {
        return new String[] {"photo", owner, photoKey};
    }

    private static String[] scope(String owner, CardStatus status) {
        return new String[] {"cards", owner, status == null ? "" : status.name()};
    }
}

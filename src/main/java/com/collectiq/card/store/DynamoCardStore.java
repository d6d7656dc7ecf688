package com.collectiq.card.store;

import static com.collectiq.platform.aws.SingleTable.LEASE_INDEX;
import static com.collectiq.platform.aws.SingleTable.LEASE_PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.LEASE_SORT_KEY;
import static com.collectiq.platform.aws.SingleTable.PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.REPRICE_INDEX;
import static com.collectiq.platform.aws.SingleTable.REPRICE_PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.REPRICE_SORT_KEY;
import static com.collectiq.platform.aws.SingleTable.SORT_KEY;
import static com.collectiq.platform.aws.SingleTable.STATUS_INDEX;
import static com.collectiq.platform.aws.SingleTable.STATUS_PARTITION_KEY;
import static com.collectiq.platform.aws.SingleTable.STATUS_SORT_KEY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Repository;

import com.collectiq.card.Card;
import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Hints;
import com.collectiq.card.PhotoSlot;
import com.collectiq.card.PriceHistoryEntry;
import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.platform.aws.BatchDeletes;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * {@code aws} mode's card store: items in the single table (see docs/data-model.md). Every write is
 * one conditional single-item write, never a transaction, so each step is safe to repeat and a crash
 * between steps leaves something the next call completes or ignores.
 */
@Repository
@Profile("aws")
class DynamoCardStore implements CardStore {

    /**
     * Unfinished runs and repricing dates are spread over this many partitions of their sparse
     * indexes, so a burst does not all land on one; a reader queries each (a handful of small queries).
     */
    static final int SHARDS = 4;
    /** Items a backfill scan reads per request. */
    private static final int SCAN_PAGE = 200;

    private static final String BODY = "body";
    private static final String VERSION = "version";
    private static final String KEY_CARD_ID = "cardId";
    private static final String KEY_OWNER = "owner";
    private static final String CARD_PREFIX = "CARD#";
    private static final String RUN_PREFIX = "RUN#";
    private static final String KEY_ITEM_SORT = "KEY";

    private final DynamoDbClient dynamo;
    private final String table;
    private final CardJson json;
    private final CardListing listing;
    private final Clock clock;

    DynamoCardStore(DynamoDbClient dynamo, AwsProperties aws, ObjectMapper mapper, CursorCodec cursors, Clock clock) {
        this.dynamo = dynamo;
        this.table = aws.tableName();
        this.json = new CardJson(mapper);
        this.listing = new CardListing(cursors);
        this.clock = clock;
    }

    @Override
    public Created create(String owner, String key, String backKey, Hints hints) {
        return create(CardLifecycle.newCard(owner, key, backKey, hints, clock));
    }

    @Override
    public Created createInSlot(String owner, String key, PhotoSlot slot, String photoEtag) {
        return create(CardLifecycle.newCardInSlot(owner, key, slot, photoEtag, clock));
    }

    private Created create(Card fresh) {
        String key = fresh.key();
        int slot = PhotoSlot.indexOf(fresh);
        // 1. the key item decides which id the key's (slot's) card has: the first put wins
        String cardId = putIfAbsent(keyItem(fresh)) ? fresh.id() : existingCardId(key, slot, fresh.owner());
        // 2. the card under that id. The winner of step 1 normally writes it; whoever finds it missing
        //    (the winner is slow, or crashed between the steps) writes it too, and the first put wins
        Card card = cardId.equals(fresh.id()) ? fresh : withId(fresh, cardId);
        if (putIfAbsent(cardItem(card))) {
            return new Created(card, true);
        }
        Card existing = get(fresh.owner(), cardId).orElseThrow(() -> new IllegalStateException(
                "the card for the key was deleted while it was being created; try again"));
        return new Created(existing, false);
    }

    @Override
    public Optional<Card> get(String owner, String id) {
        return read(cardKey(owner, id)).map(item -> json.card(item.get(BODY).s()));
    }

    @Override
    public Optional<Card> findByKey(String key) {
        // a key item whose card never got written (a crash in create) finds nothing, as it should
        return keyItems(key, -1).map(this::cardOf).flatMap(Optional::stream).findFirst();
    }

    @Override
    public CardPage listByPhoto(String owner, String key, int limit, String cursor) {
        int fetch = CardListing.fetchSize(limit);
        List<Card> cards = keyItems(key, listing.startAfterSlot(owner, key, cursor))
                .filter(item -> item.get(KEY_OWNER).s().equals(owner))
                .map(this::cardOf).flatMap(Optional::stream).limit(fetch).toList();
        return listing.photoPage(owner, key, limit, cards);
    }

    /** The key items of a photo in slot order ({@code KEY} sorts before {@code SLOT#…}), after a slot (-1: all). */
    private Stream<Map<String, AttributeValue>> keyItems(String key, int afterSlot) {
        return items(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression(PARTITION_KEY + " = :key AND " + SORT_KEY + " > :after")
                .expressionAttributeValues(Map.of(":key", s(keyPartition(key)),
                        // a space sorts before every sort key ("KEY", "SLOT#…"), so -1 reads all of the photo's slots
                        ":after", s(afterSlot < 0 ? " " : keyItemSort(afterSlot))))
                .build());
    }

    private Optional<Card> cardOf(Map<String, AttributeValue> keyItem) {
        return get(keyItem.get(KEY_OWNER).s(), keyItem.get(KEY_CARD_ID).s());
    }

    @Override
    public CardPage list(String owner, CardStatus status, int limit, String cursor) {
        int fetch = CardListing.fetchSize(limit);
        String below = listing.startBelow(owner, status, cursor);
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).scanIndexForward(false).limit(fetch);
        String partition = status == null ? PARTITION_KEY : STATUS_PARTITION_KEY;
        String sort = status == null ? SORT_KEY : STATUS_SORT_KEY;
        if (status != null) {
            query.indexName(STATUS_INDEX);
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":partition", s(status == null ? ownerPartition(owner) : statusPartition(owner, status)));
        values.put(":cards", s(CARD_PREFIX));
        String lastShown = below == null ? null : CARD_PREFIX + below;
        if (lastShown == null) {
            query.keyConditionExpression(partition + " = :partition AND begins_with(" + sort + ", :cards)");
        } else {
            // keyset pagination inside the card keys: the owner's partition also holds other features'
            // items (ALERT#… sorts below CARD#, SETTINGS above), so "below the last id" alone would
            // reach them. BETWEEN is inclusive: the last card shown comes first and is skipped.
            query.keyConditionExpression(partition + " = :partition AND " + sort + " BETWEEN :cards AND :below")
                    .limit(fetch + 1);
            values.put(":below", s(lastShown));
        }
        List<Card> cards = items(query.expressionAttributeValues(values).build())
                .filter(item -> !item.get(sort).s().equals(lastShown))
                .limit(fetch).map(item -> json.card(item.get(BODY).s())).toList();
        return listing.page(owner, status, limit, cards);
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
        return shardsBefore(LEASE_INDEX, LEASE_PARTITION_KEY, LEASE_SORT_KEY, DynamoCardStore::leasePartition, now, limit)
                // the index is eventually consistent: a run finished a moment ago may still be listed
                .filter(card -> CardLifecycle.isExpired(card.run(), now))
                .sorted(Comparator.comparing((Card card) -> card.run().leaseUntil()).thenComparing(Card::id))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Card> findDueForRepricing(Instant now, int limit) {
        return shardsBefore(REPRICE_INDEX, REPRICE_PARTITION_KEY, REPRICE_SORT_KEY, DynamoCardStore::repricePartition,
                now, limit)
                // eventually consistent too: a card repriced a moment ago may still be listed
                .filter(card -> card.repricing() != null && card.repricing().dueAt(now))
                .sorted(Comparator.comparing((Card card) -> card.repricing().due()).thenComparing(Card::id))
                .limit(limit)
                .toList();
    }

    /**
     * The cards of a sparse, sharded index whose sort key (a sortable instant, then the card id) is
     * before {@code now}: one query per shard, each stopping at {@code limit}.
     */
    private Stream<Card> shardsBefore(String index, String partitionKey, String sortKey, IntFunction<String> partition,
            Instant now, int limit) {
        // "<instant>#<id>" < "<instant>$" ('#' sorts before '$'): an instant equal to now is included
        String before = SortableInstant.format(now) + "$";
        return IntStream.range(0, SHARDS)
                .mapToObj(shard -> QueryRequest.builder().tableName(table).indexName(index)
                        .keyConditionExpression(partitionKey + " = :shard AND " + sortKey + " < :now")
                        .expressionAttributeValues(Map.of(":shard", s(partition.apply(shard)), ":now", s(before)))
                        .limit(limit)
                        .build())
                .flatMap(query -> items(query).limit(limit))
                .map(item -> json.card(item.get(BODY).s()));
    }

    @Override
    public CardPage findUnscheduled(String cursor, int limit) {
        ScanRequest.Builder scan = ScanRequest.builder().tableName(table).limit(SCAN_PAGE)
                // the status partition is OWNER#<owner>#STATUS#<status>; the status is checked again below
                .filterExpression("begins_with(" + SORT_KEY + ", :card) AND contains(" + STATUS_PARTITION_KEY
                        + ", :valued) AND attribute_not_exists(" + REPRICE_PARTITION_KEY + ")")
                .expressionAttributeValues(Map.of(":card", s(CARD_PREFIX), ":valued", s("#STATUS#" + CardStatus.VALUED)));
        List<Card> found = new ArrayList<>();
        Map<String, AttributeValue> start = ScanPosition.decode(cursor);
        do {
            ScanResponse page = dynamo.scan(scan.exclusiveStartKey(start).build());
            page.items().stream().map(item -> json.card(item.get(BODY).s()))
                    .filter(card -> card.status() == CardStatus.VALUED && card.repricing() == null).forEach(found::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && found.size() < limit);
        return new CardPage(found, ScanPosition.encode(start));
    }

    @Override
    public boolean appendHistory(String owner, String cardId, PriceHistoryEntry entry) {
        if (get(owner, cardId).isEmpty()) {
            throw new CardNotFoundException("no card " + cardId);
        }
        Map<String, AttributeValue> item = new HashMap<>(historyKey(cardId, entry.runId()));
        item.put(BODY, s(json.write(entry)));
        return putIfAbsent(item);
    }

    @Override
    public List<PriceHistoryEntry> history(String owner, String cardId) {
        if (get(owner, cardId).isEmpty()) {
            return List.of();
        }
        // run ids need not sort by time, so the (short) history is ordered here
        return historyItems(cardId).map(item -> json.historyEntry(item.get(BODY).s()))
                .sorted(CardLifecycle.OLDEST_FIRST).toList();
    }

    @Override
    public boolean delete(String owner, String id) {
        return get(owner, id).map(this::delete).orElse(false);
    }

    @Override
    public int deleteOwner(String owner) {
        QueryRequest cards = QueryRequest.builder().tableName(table)
                .keyConditionExpression(PARTITION_KEY + " = :owner AND begins_with(" + SORT_KEY + ", :cards)")
                .expressionAttributeValues(Map.of(":owner", s(ownerPartition(owner)), ":cards", s(CARD_PREFIX)))
                .build();
        List<Card> owned = items(cards).map(item -> json.card(item.get(BODY).s())).toList();
        return (int) owned.stream().filter(this::delete).count();
    }

    @Override
    public void checkReachable() {
        dynamo.describeTable(request -> request.tableName(table));
    }

    /**
     * History first, the card next, its key item last: a crash part-way leaves a card a repeated
     * delete finishes, or a key item without a card, which readers treat as no card.
     */
    private boolean delete(Card card) {
        BatchDeletes.deleteAll(dynamo, table, historyItems(card.id())
                .map(item -> Map.of(PARTITION_KEY, item.get(PARTITION_KEY), SORT_KEY, item.get(SORT_KEY))).toList());
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(cardKey(card.owner(), card.id()))
                    .conditionExpression("attribute_exists(" + PARTITION_KEY + ")"));
        } catch (ConditionalCheckFailedException alreadyGone) {
            return false;
        }
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(keyItemKey(card.key(), PhotoSlot.indexOf(card)))
                    .conditionExpression(KEY_CARD_ID + " = :id")
                    .expressionAttributeValues(Map.of(":id", s(card.id()))));
        } catch (ConditionalCheckFailedException notThisCardsKey) {
            // the key already points elsewhere or is gone: nothing of this card is left
        }
        return true;
    }

    /** Replaces the card item while its stored version is still {@code expectedVersion}. */
    private boolean replace(Card next, long expectedVersion) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(cardItem(next))
                    .conditionExpression("#version = :expected")
                    .expressionAttributeNames(Map.of("#version", VERSION))
                    .expressionAttributeValues(Map.of(":expected", n(expectedVersion))));
            return true;
        } catch (ConditionalCheckFailedException changedOrMissing) {
            return false;
        }
    }

    private boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(" + PARTITION_KEY + ")"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    private String existingCardId(String key, int slot, String owner) {
        Map<String, AttributeValue> item = read(keyItemKey(key, slot)).orElseThrow(() -> new IllegalStateException(
                "the card for the key was deleted while it was being created; try again"));
        if (!item.get(KEY_OWNER).s().equals(owner)) {
            throw new IllegalArgumentException("the photo key belongs to another owner");
        }
        return item.get(KEY_CARD_ID).s();
    }

    private Optional<Map<String, AttributeValue>> read(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Every item the query matches, fetching further pages only as the stream is consumed. */
    private Stream<Map<String, AttributeValue>> items(QueryRequest query) {
        return dynamo.queryPaginator(query).items().stream();
    }

    private Stream<Map<String, AttributeValue>> historyItems(String cardId) {
        return items(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression(PARTITION_KEY + " = :card AND begins_with(" + SORT_KEY + ", :runs)")
                .expressionAttributeValues(Map.of(":card", s(CARD_PREFIX + cardId), ":runs", s(RUN_PREFIX)))
                .build());
    }

    private Map<String, AttributeValue> cardItem(Card card) {
        Map<String, AttributeValue> item = new HashMap<>(cardKey(card.owner(), card.id()));
        item.put(STATUS_PARTITION_KEY, s(statusPartition(card.owner(), card.status())));
        item.put(STATUS_SORT_KEY, s(CARD_PREFIX + card.id()));
        if (card.run() != null && card.run().leaseUntil() != null) {
            // only cards with an unfinished run are in the (sparse) lease index
            item.put(LEASE_PARTITION_KEY, s(leasePartition(shard(card))));
            item.put(LEASE_SORT_KEY, s(SortableInstant.format(card.run().leaseUntil()) + "#" + card.id()));
        }
        if (card.status() == CardStatus.VALUED && card.repricing() != null) {
            // only valued cards are in the (sparse) repricing index
            item.put(REPRICE_PARTITION_KEY, s(repricePartition(shard(card))));
            item.put(REPRICE_SORT_KEY, s(SortableInstant.format(card.repricing().due()) + "#" + card.id()));
        }
        item.put(VERSION, n(card.version()));
        item.put(BODY, s(json.write(card)));
        return item;
    }

    private static Map<String, AttributeValue> keyItem(Card card) {
        Map<String, AttributeValue> item = new HashMap<>(keyItemKey(card.key(), PhotoSlot.indexOf(card)));
        item.put(KEY_CARD_ID, s(card.id()));
        item.put(KEY_OWNER, s(card.owner()));
        return item;
    }

    private static Card withId(Card card, String id) {
        return new Card(id, card.owner(), card.key(), card.backKey(), card.status(), card.hints(), card.identity(),
                card.valuation(), card.authenticity(), card.failure(), card.run(), card.photoEtag(), card.version(), card.createdAt(),
                card.updatedAt(), card.repricing(), card.slot());
    }

    private static Map<String, AttributeValue> cardKey(String owner, String id) {
        return Map.of(PARTITION_KEY, s(ownerPartition(owner)), SORT_KEY, s(CARD_PREFIX + id));
    }

    private static Map<String, AttributeValue> keyItemKey(String key, int slot) {
        return Map.of(PARTITION_KEY, s(keyPartition(key)), SORT_KEY, s(keyItemSort(slot)));
    }

    private static String keyPartition(String key) {
        return "KEY#" + key;
    }

    /** Slot 0 keeps the item every card had before photos of several; the others sort after it, in slot order. */
    private static String keyItemSort(int slot) {
        return slot == 0 ? KEY_ITEM_SORT : String.format(Locale.ROOT, "SLOT#%02d", slot);
    }

    private static Map<String, AttributeValue> historyKey(String cardId, String runId) {
        return Map.of(PARTITION_KEY, s(CARD_PREFIX + cardId), SORT_KEY, s(RUN_PREFIX + runId));
    }

    private static String ownerPartition(String owner) {
        return "OWNER#" + owner;
    }

    private static String statusPartition(String owner, CardStatus status) {
        return "OWNER#" + owner + "#STATUS#" + status.name();
    }

    private static int shard(Card card) {
        return Math.floorMod(card.id().hashCode(), SHARDS);
    }

    private static String leasePartition(int shard) {
        return "RUNS#" + shard;
    }

    private static String repricePartition(int shard) {
        return "REPRICE#" + shard;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}

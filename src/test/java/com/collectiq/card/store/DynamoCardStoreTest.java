package com.collectiq.card.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.CardStore.Created;
import com.collectiq.card.Hints;
import com.collectiq.platform.ids.Ids;
import com.collectiq.platform.keys.ServiceSecrets;
import com.collectiq.testsupport.DynamoTestTable;
import com.collectiq.testsupport.TestJson;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The card store contract against DynamoDB's wire protocol (dynalite), on a table made from table.json. */
class DynamoCardStoreTest extends CardStoreContract {

    DynamoTestTable table;

    @Override
    void openBackend() {
        table = DynamoTestTable.create();
    }

    @Override
    CardStore newStore(ServiceSecrets secrets) {
        return new DynamoCardStore(table.client(), table.properties(), TestJson.mapper(), new CursorCodec(secrets), clock);
    }

    @Override
    void closeBackend() {
        table.close();
    }

    @Test
    void theOwnersWebhookItemBesideTheCardsIsNeitherListedNorDeletedWithThem() {
        // a webhook registration lives in its owner's partition (webhooks/store/DynamoWebhookStore)
        table.client().putItem(b -> b.tableName(table.name()).item(Map.of(
                "PK", AttributeValue.fromS("OWNER#" + alice), "SK", AttributeValue.fromS("WEBHOOK"),
                "url", AttributeValue.fromS("https://hooks.example.com/collectiq"))));
        String id = store.create(alice, key(alice, "a"), null, Hints.NONE).card().id();

        assertThat(store.list(alice, null, 10, null).items()).extracting(card -> card.id()).containsExactly(id);
        assertThat(store.list(alice, CardStatus.PENDING, 10, null).items()).hasSize(1);
        assertThat(store.deleteOwner(alice)).isEqualTo(1);
        assertThat(table.client().getItem(b -> b.tableName(table.name()).key(Map.of(
                "PK", AttributeValue.fromS("OWNER#" + alice), "SK", AttributeValue.fromS("WEBHOOK")))).hasItem()).isTrue();
    }

    @Test
    void aKeyItemLeftWithoutItsCardIsCompletedByTheNextCreate() {
        // what a crash between create's two writes leaves behind (layout: docs/data-model.md)
        String key = key(alice, "half-made");
        String orphanId = Ids.newId(clock);
        table.client().putItem(b -> b.tableName(table.name()).item(Map.of(
                "PK", AttributeValue.fromS("KEY#" + key), "SK", AttributeValue.fromS("KEY"),
                "cardId", AttributeValue.fromS(orphanId), "owner", AttributeValue.fromS(alice))));

        assertThat(store.findByKey(key)).isEmpty();
        Created created = store.create(alice, key, null, Hints.NONE);

        assertThat(created.created()).isTrue();
        assertThat(created.card().id()).isEqualTo(orphanId);
        assertThat(store.findByKey(key)).contains(created.card());
        assertThat(store.list(alice, null, 10, null).items()).containsExactly(created.card());
    }

    @Test
    void otherItemsOfTheOwnersPartitionAreNeverListedNorDeletedWithTheCards() {
        // other features keep items in the owner's partition (docs/data-model.md): the settings
        // (SETTINGS, above every CARD# key) and any item whose sort key sorts below CARD# (an
        // ALERT#… item, say); neither may appear on any page of the newest-first listing
        List<Map<String, AttributeValue>> others = List.of(
                ownerItem(alice, "SETTINGS"), ownerItem(alice, "ALERT#0001"), ownerItem(alice, "BACKUP"));
        others.forEach(item -> table.client().putItem(b -> b.tableName(table.name()).item(item)));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(store.create(alice, key(alice, "s" + i), null, Hints.NONE).card().id());
        }

        List<String> listed = new ArrayList<>();
        String cursor = null;
        do {
            CardStore.CardPage page = store.list(alice, null, 2, cursor);
            page.items().forEach(card -> listed.add(card.id()));
            cursor = page.nextCursor();
        } while (cursor != null);

        Collections.reverse(made);
        assertThat(listed).containsExactlyElementsOf(made);
        assertThat(store.deleteOwner(alice)).isEqualTo(5);
        for (Map<String, AttributeValue> item : others) {
            assertThat(table.client().getItem(b -> b.tableName(table.name())
                    .key(Map.of("PK", item.get("PK"), "SK", item.get("SK")))).item()).isEqualTo(item);
        }
    }

    private static Map<String, AttributeValue> ownerItem(String owner, String sortKey) {
        return Map.of("PK", AttributeValue.fromS("OWNER#" + owner), "SK", AttributeValue.fromS(sortKey),
                "body", AttributeValue.fromS("{\"not\":\"a card\"}"));
    }
}

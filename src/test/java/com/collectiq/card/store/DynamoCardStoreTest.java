package com.collectiq.card.store;

import static org.assertj.core.api.Assertions.assertThat;

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
}

package com.collectiq.settings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.collectiq.settings.SettingsStore;
import com.collectiq.settings.UserSettings;
import com.collectiq.testsupport.DynamoTestTable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The settings contract against DynamoDB's wire protocol (dynalite), on a table made from table.json. */
class DynamoSettingsStoreTest extends SettingsStoreContract {

    DynamoTestTable table;

    @Override
    SettingsStore openStore() {
        table = DynamoTestTable.create();
        return new DynamoSettingsStore(table.client(), table.properties(), clock);
    }

    @Override
    void closeBackend() {
        table.close();
    }

    @Test
    void theItemIsTheOwnersSettingsKeyInTheDocumentedLayout() {
        store.put(alice, new UserSettings("EUR"));

        Map<String, AttributeValue> item = table.client().getItem(b -> b.tableName(table.name()).key(Map.of(
                "PK", AttributeValue.fromS("OWNER#" + alice), "SK", AttributeValue.fromS("SETTINGS")))).item();
        assertThat(item).containsEntry("currency", AttributeValue.fromS("EUR"))
                .containsKey("updatedAt")
                .doesNotContainKeys("StatusPK", "StatusSK", "LeasePK", "LeaseSK");
    }
}

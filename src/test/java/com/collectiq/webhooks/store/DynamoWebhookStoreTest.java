package com.collectiq.webhooks.store;

import com.collectiq.testsupport.DynamoTestTable;
import com.collectiq.webhooks.WebhookStore;

class DynamoWebhookStoreTest extends WebhookStoreContract {

    DynamoTestTable table;

    @Override
    WebhookStore openStore() {
        table = DynamoTestTable.create();
        return new DynamoWebhookStore(table.client(), table.properties());
    }

    @Override
    void closeBackend() {
        table.close();
    }
}

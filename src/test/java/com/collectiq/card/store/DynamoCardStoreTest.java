package com.collectiq.card.store;

import com.collectiq.card.CardStore;
import com.collectiq.platform.keys.ServiceSecrets;
import com.collectiq.testsupport.DynamoTestTable;
import com.collectiq.testsupport.TestJson;

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
}

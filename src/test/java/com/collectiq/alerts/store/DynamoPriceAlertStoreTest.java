package com.collectiq.alerts.store;

import com.collectiq.alerts.PriceAlertStore;
import com.collectiq.platform.ids.Ids;
import com.collectiq.testsupport.DynamoTestTable;
import com.collectiq.testsupport.TestJson;

/** The price alert store contract against DynamoDB's wire protocol (dynalite), on a table made from table.json. */
class DynamoPriceAlertStoreTest extends PriceAlertStoreContract {

    DynamoTestTable table;

    @Override
    void openBackend() {
        table = DynamoTestTable.create();
    }

    @Override
    PriceAlertStore newStore() {
        return new DynamoPriceAlertStore(table.client(), table.properties(), TestJson.mapper());
    }

    @Override
    String cardOf(String owner) {
        return Ids.newId(clock);
    }

    @Override
    void closeBackend() {
        table.close();
    }
}

package com.collectiq.valuehistory.store;

import com.collectiq.testsupport.DynamoTestTable;
import com.collectiq.testsupport.TestJson;
import com.collectiq.valuehistory.ValueSnapshotStore;

/** The value history store contract against DynamoDB's wire protocol (dynalite), on a table made from table.json. */
class DynamoValueSnapshotStoreTest extends ValueSnapshotStoreContract {

    DynamoTestTable table;

    @Override
    void openBackend() {
        table = DynamoTestTable.create();
    }

    @Override
    ValueSnapshotStore newStore() {
        return new DynamoValueSnapshotStore(table.client(), table.properties(), TestJson.mapper());
    }

    @Override
    void closeBackend() {
        table.close();
    }
}

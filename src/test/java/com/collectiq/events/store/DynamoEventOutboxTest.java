package com.collectiq.events.store;

import com.collectiq.events.EventOutbox;
import com.collectiq.testsupport.DynamoTestTable;

class DynamoEventOutboxTest extends EventOutboxContract {

    DynamoTestTable table;

    @Override
    EventOutbox openOutbox() {
        table = DynamoTestTable.create();
        return new DynamoEventOutbox(table.client(), table.properties());
    }

    @Override
    void closeBackend() {
        table.close();
    }
}

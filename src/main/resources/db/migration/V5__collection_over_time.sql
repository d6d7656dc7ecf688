-- The collection over time (issue 28): scheduled repricing, price alerts, the value history.

-- When each valued card is next repriced: a copy of the body's repricing.due, written by the same
-- statement as the body. A repricing pass reads due cards by this index.
ALTER TABLE cards ADD COLUMN reprice_due TIMESTAMP(9) WITH TIME ZONE;
CREATE INDEX cards_by_reprice_due ON cards (reprice_due, id);

-- A collector's price alerts; they go with their card (ON DELETE CASCADE) and with their owner.
CREATE TABLE price_alerts (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,  -- UUIDv7: text order is creation order
    owner_id          VARCHAR(255)  NOT NULL,
    card_id           VARCHAR(36)   NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    kind              VARCHAR(16)   NOT NULL,              -- ABOVE, BELOW, CHANGE_PERCENT
    threshold         DECIMAL(19, 4) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    base_fair         DECIMAL(19, 4),                      -- the fair value when the alert was set
    armed             BOOLEAN       NOT NULL,
    created_at        TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    last_triggered_at TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX price_alerts_by_owner_card ON price_alerts (owner_id, card_id, id);

-- One point per owner and day: the collection's totals (per currency) when last recorded that day.
CREATE TABLE value_snapshots (
    owner_id    VARCHAR(255) NOT NULL,
    snapshot_day DATE        NOT NULL,
    recorded_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    body        CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (owner_id, snapshot_day)
);

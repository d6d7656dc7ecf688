-- local mode's store (H2 on disk). A record's body is its JSON; the columns beside it are copies
-- of what the store searches by, written by the same statement so they never disagree.

CREATE TABLE cards (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,  -- UUIDv7: text order is creation order
    owner_id    VARCHAR(255)  NOT NULL,
    photo_key   VARCHAR(1024) NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    version     BIGINT        NOT NULL,              -- optimistic locking: UPDATE ... WHERE version = ?
    lease_until TIMESTAMP(9) WITH TIME ZONE,         -- set while a valuation run is unfinished
    body        CHARACTER LARGE OBJECT NOT NULL,
    -- one card per photo: concurrent creates for a key race on this, and the loser reads the winner
    CONSTRAINT cards_one_per_photo UNIQUE (photo_key)
);
CREATE INDEX cards_by_owner ON cards (owner_id, id);
CREATE INDEX cards_by_owner_status ON cards (owner_id, status, id);
-- the recovery sweep's "runs whose lease ended", without reading every card
CREATE INDEX cards_by_lease ON cards (lease_until);

CREATE TABLE card_history (
    card_id     VARCHAR(36)  NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    run_id      VARCHAR(64)  NOT NULL,
    recorded_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    body        CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (card_id, run_id)  -- one entry per run: a retried run appends nothing
);

CREATE TABLE price_cache (
    cache_key  VARCHAR(1024) NOT NULL PRIMARY KEY,
    answer     CHARACTER LARGE OBJECT NOT NULL,
    expires_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE INDEX price_cache_by_expiry ON price_cache (expires_at);

CREATE TABLE event_outbox (
    event_id   VARCHAR(36)  NOT NULL PRIMARY KEY,  -- UUIDv7: text order is the order events were raised
    event_type VARCHAR(255) NOT NULL,
    payload    CHARACTER LARGE OBJECT NOT NULL,
    created_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

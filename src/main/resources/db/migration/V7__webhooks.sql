-- Webhooks for integrators: one registration per user, and the deliveries in flight. A delivery is
-- written before its event leaves the outbox (at least once) and removed once the receiver took it
-- or it went to the dead letters; in aws mode both live in the single table (docs/data-model.md).
CREATE TABLE webhooks (
    owner       VARCHAR(255)  NOT NULL PRIMARY KEY,
    url         VARCHAR(2048) NOT NULL,
    secret      VARCHAR(256)  NOT NULL,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_deliveries (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner           VARCHAR(255) NOT NULL,
    event_type      VARCHAR(128) NOT NULL,
    payload         CHARACTER LARGE OBJECT NOT NULL,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at);
CREATE INDEX webhook_deliveries_by_owner ON webhook_deliveries (owner);

-- local mode's event log: what EventBridge would have received, for operators (GET /admin/events).
-- Keyed by event id, so publishing the same pending event twice records it once.
CREATE TABLE event_log (
    event_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    event_type   VARCHAR(255) NOT NULL,
    payload      CHARACTER LARGE OBJECT NOT NULL,
    published_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE INDEX event_log_by_time ON event_log (published_at);

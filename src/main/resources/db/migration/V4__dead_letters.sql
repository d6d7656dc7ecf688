-- local mode's dead letters: runs and messages that failed for good, kept for operators to read and
-- re-drive (GET /admin/dead-letters). In aws mode the SQS dead-letter queue holds them.
CREATE TABLE dead_letters (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    card_id     VARCHAR(64),
    owner       VARCHAR(255),
    run_id      VARCHAR(64),
    stage       VARCHAR(64)  NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    cause       VARCHAR(2000),
    message     CHARACTER LARGE OBJECT,
    failed_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE INDEX dead_letters_by_time ON dead_letters (failed_at);

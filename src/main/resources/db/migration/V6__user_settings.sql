-- Each user's settings (GET/PUT /me/settings): the currency their values are shown in and how often
-- their cards are repriced. No row: the defaults (collectiq.pricing.currency, daily). DELETE /me
-- deletes the row.
CREATE TABLE user_settings (
    owner_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    currency   CHAR(3)      NOT NULL,              -- ISO 4217, one the reference rates covered when chosen
    repricing  VARCHAR(16)  NOT NULL DEFAULT 'daily', -- daily, weekly or monthly: how often valued cards are repriced
    updated_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

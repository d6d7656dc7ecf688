-- Each user's settings (GET/PUT /me/settings): the currency their values are shown in. No row: the
-- defaults (collectiq.pricing.currency). DELETE /me deletes the row.
CREATE TABLE user_settings (
    owner_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    currency   CHAR(3)      NOT NULL,              -- ISO 4217, one the reference rates covered when chosen
    updated_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

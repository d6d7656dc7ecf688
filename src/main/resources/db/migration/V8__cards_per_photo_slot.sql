-- Many cards in one photo (issue 30): a binder page or a table spread makes one card per card found.
-- A card's idempotency key becomes (photo key, slot); every card made before is its photo's slot 0.
ALTER TABLE cards ADD COLUMN slot INT DEFAULT 0 NOT NULL;
ALTER TABLE cards DROP CONSTRAINT cards_one_per_photo;
-- concurrent creates for a photo's slot race on this, and the loser reads the winner; it is also
-- the index of "the cards of one photo, in slot order"
ALTER TABLE cards ADD CONSTRAINT cards_one_per_photo_slot UNIQUE (photo_key, slot);

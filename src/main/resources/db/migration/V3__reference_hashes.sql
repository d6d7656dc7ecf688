-- Perceptual hashes of reference images (the images themselves are in the photo store under
-- references/{catalog_id}/), so a card is matched against them without decoding any image.
CREATE TABLE reference_hashes (
    catalog_id VARCHAR(255)  NOT NULL,
    photo_key  VARCHAR(1024) NOT NULL,
    perceptual BIGINT        NOT NULL,  -- 64 bits as a signed long
    difference BIGINT        NOT NULL,
    added_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (catalog_id, photo_key)
);

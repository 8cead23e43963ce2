-- A claim sent without an idempotency key is remembered by its content (shop, category, fields, files)
-- for a short window, so that the same claim sent twice is answered with the first one (ADR 0151).
CREATE TABLE intake_fingerprint (
    fingerprint      CHAR(64)      NOT NULL,
    claim_reference  VARCHAR(20)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (fingerprint)
);

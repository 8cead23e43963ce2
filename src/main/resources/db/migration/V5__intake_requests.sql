-- Idempotency keys of claim submissions: a retried request returns the claim the first one created.
CREATE TABLE intake_request (
    channel          VARCHAR(100)  NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    claim_reference  VARCHAR(20)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (channel, idempotency_key)
);

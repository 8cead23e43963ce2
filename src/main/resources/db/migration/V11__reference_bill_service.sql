-- The bundled reference bill service (module referenceservices), reached only over its HTTP API.
-- Amounts: DECIMAL(14,2) in the shop's currency; transactions are signed (credit > 0, debit < 0).
CREATE TABLE ref_bill_posting (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key     VARCHAR(200)  NOT NULL,
    request_hash        VARCHAR(64)   NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    shop_code           VARCHAR(60)   NOT NULL,
    direction           VARCHAR(10)   NOT NULL,
    amount              DECIMAL(14,2) NOT NULL,
    currency            VARCHAR(3)    NOT NULL,
    trade_type          VARCHAR(40)   NOT NULL,
    reason              VARCHAR(1000) NULL,
    reference           VARCHAR(100)  NULL,
    order_number        VARCHAR(40)   NULL,
    reverses_posting_id BIGINT        NULL,
    posted_at           DATETIME(6)   NOT NULL,
    -- one posting per key, whatever the race: the second insert fails and the first posting is returned
    CONSTRAINT uk_ref_bill_posting_key UNIQUE (idempotency_key),
    -- a penalty is reversed at most once (NULLs do not collide)
    CONSTRAINT uk_ref_bill_posting_reverses UNIQUE (reverses_posting_id),
    CONSTRAINT fk_ref_bill_posting_shop FOREIGN KEY (shop_code) REFERENCES ref_shop (code)
);

CREATE TABLE ref_bill_transaction (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shop_code       VARCHAR(60)   NOT NULL,
    period          VARCHAR(7)    NOT NULL,
    booked_at       DATETIME(6)   NOT NULL,
    trade_type      VARCHAR(40)   NOT NULL,
    amount          DECIMAL(14,2) NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    order_number    VARCHAR(40)   NULL,
    description     VARCHAR(300)  NULL,
    posting_id      BIGINT        NULL,
    CONSTRAINT fk_ref_bill_tx_shop FOREIGN KEY (shop_code) REFERENCES ref_shop (code),
    CONSTRAINT fk_ref_bill_tx_posting FOREIGN KEY (posting_id) REFERENCES ref_bill_posting (id)
);
CREATE INDEX ix_ref_bill_tx_period ON ref_bill_transaction (shop_code, period, trade_type);

CREATE TABLE ref_bill_payout (
    id              VARCHAR(40)   NOT NULL PRIMARY KEY,
    shop_code       VARCHAR(60)   NOT NULL,
    period          VARCHAR(7)    NOT NULL,
    amount          DECIMAL(14,2) NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    scheduled_on    DATE          NOT NULL,
    paid_at         DATETIME(6)   NULL,
    note            VARCHAR(300)  NULL,
    CONSTRAINT uk_ref_bill_payout_period UNIQUE (shop_code, period),
    CONSTRAINT fk_ref_bill_payout_shop FOREIGN KEY (shop_code) REFERENCES ref_shop (code)
);

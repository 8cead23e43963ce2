-- Claims and their append-only audit trail.
CREATE TABLE claim (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(20)   NULL,
    category             VARCHAR(40)   NOT NULL,
    shop                 VARCHAR(100)  NOT NULL,
    shop_name            VARCHAR(200)  NULL,
    seller_email         VARCHAR(254)  NULL,
    country              VARCHAR(2)    NOT NULL,
    channel              VARCHAR(60)   NULL,
    order_number         VARCHAR(40)   NULL,
    statement_period     VARCHAR(7)    NULL,
    trade_type           VARCHAR(40)   NULL,
    status               VARCHAR(30)   NOT NULL,
    sla_breached         BOOLEAN       NOT NULL DEFAULT FALSE,
    process_instance_key BIGINT        NULL,
    submitted_at         DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_claim_reference UNIQUE (reference)
);
CREATE INDEX ix_claim_status ON claim (status, submitted_at);
CREATE INDEX ix_claim_unstarted ON claim (process_instance_key, submitted_at);
-- one open bill-breakdown claim per shop, statement period and trade type
CREATE INDEX ix_claim_bill_rule ON claim (shop, category, statement_period, trade_type, status);

CREATE TABLE claim_audit (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id    BIGINT        NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    event       VARCHAR(40)   NOT NULL,
    details     TEXT          NULL,
    -- the job that wrote it: a job delivered twice writes one entry
    job_key     BIGINT        NULL,
    CONSTRAINT uk_claim_audit_job UNIQUE (job_key, event),
    CONSTRAINT fk_claim_audit_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_audit_claim ON claim_audit (claim_id, id);

-- Counterfeit findings (one CounterfeitAppeal process each) and their audit trail. Portable SQL: MySQL 8.4 and
-- MariaDB 11.4. The reference CFN-YYYY-NNNNNN is made from the row id after the insert.
CREATE TABLE counterfeit_finding (
    id                     BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference              VARCHAR(20)    NULL,
    shop                   VARCHAR(60)    NOT NULL,
    shop_name              VARCHAR(200)   NULL,
    seller_email           VARCHAR(320)   NOT NULL,
    country                VARCHAR(2)     NOT NULL,
    order_number           VARCHAR(60)    NOT NULL,
    sku                    VARCHAR(60)    NOT NULL,
    penalty_amount         DECIMAL(14, 2) NOT NULL,
    currency               VARCHAR(3)     NOT NULL,
    reason                 TEXT           NOT NULL,
    evidence               TEXT           NOT NULL,
    status                 VARCHAR(30)    NOT NULL,
    recorded_by            VARCHAR(100)   NOT NULL,
    recorded_at            DATETIME(6)    NOT NULL,
    channel                VARCHAR(100)   NOT NULL,
    idempotency_key        VARCHAR(200)   NULL,
    request_hash           VARCHAR(64)    NULL,
    process_instance_key   BIGINT         NULL,
    notice_sent_at         DATETIME(6)    NULL,
    appeal_due_at          DATETIME(6)    NULL,
    appeal_channel         VARCHAR(10)    NULL,
    appeal_claim_reference VARCHAR(20)    NULL,
    appealed_at            DATETIME(6)    NULL,
    documents_due_at       DATETIME(6)    NULL,
    decision               VARCHAR(20)    NULL,
    decision_reason        TEXT           NULL,
    decided_at             DATETIME(6)    NULL,
    penalty_posting_id     BIGINT         NULL,
    penalty_posted_at      DATETIME(6)    NULL,
    reversal_posting_id    BIGINT         NULL,
    reversed_at            DATETIME(6)    NULL,
    delisted_at            DATETIME(6)    NULL,
    CONSTRAINT uk_counterfeit_finding_reference UNIQUE (reference),
    CONSTRAINT uk_counterfeit_finding_request UNIQUE (channel, idempotency_key)
);
CREATE INDEX ix_counterfeit_finding_item ON counterfeit_finding (shop, order_number, sku, id);
CREATE INDEX ix_counterfeit_finding_unstarted ON counterfeit_finding (process_instance_key, recorded_at);

-- What happened to a finding, in order; a job delivered twice writes one entry (unique job key and event).
CREATE TABLE counterfeit_audit (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    finding_reference VARCHAR(20)   NOT NULL,
    at                DATETIME(6)   NOT NULL,
    actor             VARCHAR(100)  NOT NULL,
    event             VARCHAR(60)   NOT NULL,
    details           TEXT          NULL,
    job_key           BIGINT        NULL,
    CONSTRAINT uk_counterfeit_audit_job UNIQUE (job_key, event)
);
CREATE INDEX ix_counterfeit_audit_finding ON counterfeit_audit (finding_reference, id);

-- Wrong-return RTV cases (the rtv module owns these tables): the seller's RTV request for a returned order item, the
-- warehouse's pickup and on-site appeal, the photos taken there, and the case's append-only audit trail.
-- Portable SQL: MySQL 8.4 and MariaDB 11.4.
CREATE TABLE rtv_case (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference              VARCHAR(20)   NULL,
    shop                   VARCHAR(100)  NOT NULL,
    shop_name              VARCHAR(200)  NULL,
    seller_email           VARCHAR(254)  NOT NULL,
    country                VARCHAR(2)    NOT NULL,
    order_number           VARCHAR(40)   NOT NULL,
    sku                    VARCHAR(100)  NOT NULL,
    item_name              VARCHAR(300)  NULL,
    returned_at            DATETIME(6)   NULL,
    reason                 VARCHAR(1000) NULL,
    status                 VARCHAR(30)   NOT NULL,
    requested_at           DATETIME(6)   NOT NULL,
    channel                VARCHAR(60)   NULL,
    process_instance_key   BIGINT        NULL,
    pickup_date            DATE          NULL,
    pickup_place           VARCHAR(300)  NULL,
    pickup_due_at          DATETIME(6)   NULL,
    collected_at           DATETIME(6)   NULL,
    appealed               BOOLEAN       NULL,
    appeal_reference       VARCHAR(40)   NULL,
    appeal_note            VARCHAR(1000) NULL,
    claim_window_closes_at DATETIME(6)   NULL,
    claim_reference        VARCHAR(20)   NULL,
    closed_at              DATETIME(6)   NULL,
    CONSTRAINT uq_rtv_case_reference UNIQUE (reference),
    CONSTRAINT uq_rtv_case_appeal UNIQUE (appeal_reference)
);
CREATE INDEX ix_rtv_case_item ON rtv_case (order_number, sku);
CREATE INDEX ix_rtv_case_claim ON rtv_case (claim_reference);

CREATE TABLE rtv_photo (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rtv_case_id   BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_rtv_photo_case FOREIGN KEY (rtv_case_id) REFERENCES rtv_case (id)
);
CREATE INDEX ix_rtv_photo_case ON rtv_photo (rtv_case_id, id);

-- One entry per step; a job delivered again writes nothing new (unique per case, job and event).
CREATE TABLE rtv_audit (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rtv_case_id  BIGINT        NOT NULL,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    event        VARCHAR(40)   NOT NULL,
    details      VARCHAR(2000) NULL,
    job_key      BIGINT        NULL,
    CONSTRAINT fk_rtv_audit_case FOREIGN KEY (rtv_case_id) REFERENCES rtv_case (id),
    CONSTRAINT uq_rtv_audit_job UNIQUE (rtv_case_id, job_key, event)
);
CREATE INDEX ix_rtv_audit_case ON rtv_audit (rtv_case_id, id);

-- Category fields of a claim and its attachments.
CREATE TABLE claim_field (
    claim_id  BIGINT       NOT NULL,
    field     VARCHAR(40)  NOT NULL,
    value     TEXT         NOT NULL,
    PRIMARY KEY (claim_id, field),
    CONSTRAINT fk_claim_field_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);

CREATE TABLE claim_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id      BIGINT        NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    filename      VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    CONSTRAINT fk_claim_attachment_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_attachment_claim ON claim_attachment (claim_id);

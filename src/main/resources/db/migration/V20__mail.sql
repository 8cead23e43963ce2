-- The email channel: every mail to and from sellers (a claim's thread), the outbox that delivers mail to sellers,
-- attachments of sellers' mail, the processed-message ledger, the quarantine and the mailbox poller's lock.
-- Portable SQL: MySQL 8.4 and MariaDB 11.4.

-- One row per mail in a claim's thread. Message-IDs are stored without angle brackets.
CREATE TABLE mail_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_reference VARCHAR(20)   NOT NULL,
    direction       VARCHAR(12)   NOT NULL,
    kind            VARCHAR(30)   NULL,
    status          VARCHAR(12)   NOT NULL,
    message_id      VARCHAR(500)  NOT NULL,
    in_reply_to     VARCHAR(500)  NULL,
    references_ids  TEXT          NULL,
    from_address    VARCHAR(320)  NOT NULL,
    to_address      VARCHAR(320)  NOT NULL,
    reply_to        VARCHAR(320)  NULL,
    subject         VARCHAR(500)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NULL,
    created_at      DATETIME(6)   NOT NULL,
    -- replies: when the engine was told (null = still to publish)
    published_at    DATETIME(6)   NULL
);
CREATE INDEX ix_mail_message_claim ON mail_message (claim_reference, id);
CREATE INDEX ix_mail_message_message_id ON mail_message (message_id);
CREATE INDEX ix_mail_message_unpublished ON mail_message (status, published_at);

-- Mail to sellers waiting for (or done with) delivery. Written in the same transaction as the change that causes it.
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key  VARCHAR(200)  NOT NULL,
    mail_message_id  BIGINT        NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    claimed_by       VARCHAR(100)  NULL,
    claimed_until    DATETIME(6)   NULL,
    last_error       VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    CONSTRAINT uk_mail_outbox_key UNIQUE (idempotency_key),
    CONSTRAINT fk_mail_outbox_message FOREIGN KEY (mail_message_id) REFERENCES mail_message (id)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- Attachments of sellers' mail; a refused one keeps its name, type, size and the reason, not its content.
CREATE TABLE mail_attachment (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mail_message_id  BIGINT        NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    content_type     VARCHAR(100)  NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    content          LONGBLOB      NULL,
    rejection        VARCHAR(200)  NULL,
    CONSTRAINT fk_mail_attachment_message FOREIGN KEY (mail_message_id) REFERENCES mail_message (id)
);
CREATE INDEX ix_mail_attachment_message ON mail_attachment (mail_message_id);

-- Every mail read from the helpdesk mailbox, keyed by its Message-ID: a mail is handled once, however often it is
-- delivered or read.
CREATE TABLE mail_inbound (
    message_key     VARCHAR(500)  NOT NULL PRIMARY KEY,
    outcome         VARCHAR(30)   NOT NULL,
    claim_reference VARCHAR(20)   NULL,
    processed_at    DATETIME(6)   NOT NULL
);

-- Mail that could not be matched to a claim or accepted from its sender, kept whole for a supervisor.
CREATE TABLE mail_quarantine (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_key        VARCHAR(500)  NOT NULL,
    received_at        DATETIME(6)   NOT NULL,
    from_address       VARCHAR(320)  NULL,
    subject            VARCHAR(500)  NULL,
    reason             VARCHAR(30)   NOT NULL,
    detail             VARCHAR(500)  NULL,
    claim_reference    VARCHAR(20)   NULL,
    excerpt            TEXT          NULL,
    raw_message        LONGBLOB      NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    resolved_by        VARCHAR(100)  NULL,
    resolved_at        DATETIME(6)   NULL,
    assigned_reference VARCHAR(20)   NULL
);
CREATE INDEX ix_mail_quarantine_status ON mail_quarantine (status, id);

-- At most one application instance reads a mailbox at a time: the owner holds the row until locked_until.
CREATE TABLE mail_lock (
    name         VARCHAR(50)   NOT NULL PRIMARY KEY,
    owner        VARCHAR(100)  NULL,
    locked_until DATETIME(6)   NULL
);
INSERT INTO mail_lock (name, owner, locked_until) VALUES ('helpdesk-inbox', NULL, NULL);

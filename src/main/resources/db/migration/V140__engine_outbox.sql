-- Messages to the engine that must not be lost when it is down (module platform, ADR 0140): stored in the
-- transaction of what they announce, published after commit, published again by a sweep until the engine has them.
CREATE TABLE engine_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_name    VARCHAR(100)  NOT NULL,
    correlation_key VARCHAR(100)  NOT NULL,
    message_id      VARCHAR(200)  NOT NULL,
    ttl_ms          BIGINT        NOT NULL,
    variables       TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    published_at    DATETIME(6)   NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(500)  NULL,
    CONSTRAINT uq_engine_outbox_message UNIQUE (message_id)
);
CREATE INDEX ix_engine_outbox_pending ON engine_outbox (published_at, created_at);

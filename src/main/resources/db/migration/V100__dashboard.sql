-- The managers' dashboard (module dashboard, ADR 0100): read models of the claims' audit trail, kept up to date as
-- claim events commit. Portable SQL: MySQL 8.4 and MariaDB 11.4.

-- One row per claim: what later events need, and the open backlog (by team, age and response deadline).
CREATE TABLE dashboard_claim (
    reference         VARCHAR(20)   NOT NULL PRIMARY KEY,
    process           VARCHAR(60)   NOT NULL,
    category          VARCHAR(40)   NOT NULL,
    country           VARCHAR(2)    NOT NULL,
    -- '' until the claim is routed
    team              VARCHAR(100)  NOT NULL,
    submitted_at      DATETIME(6)   NOT NULL,
    first_response_at DATETIME(6)   NULL,
    response_from     DATETIME(6)   NULL,
    -- the response deadline now running; null while the seller has the ball or once closed
    response_due_at   DATETIME(6)   NULL,
    assignee          VARCHAR(100)  NULL,
    assigned_at       DATETIME(6)   NULL,
    closed_at         DATETIME(6)   NULL,
    outcome           VARCHAR(20)   NULL,
    is_open           BOOLEAN       NOT NULL
);
CREATE INDEX ix_dashboard_claim_backlog ON dashboard_claim (is_open, team, submitted_at, category, country, process);
CREATE INDEX ix_dashboard_claim_due ON dashboard_claim (is_open, response_due_at);

-- Daily counts per figure (opened, closed, first responses, breaches, tasks done, actions with their amounts, ...)
-- by process, category, country, team, agent ('' when not by agent) and currency ('' when not money).
CREATE TABLE dashboard_figure (
    day       DATE          NOT NULL,
    figure    VARCHAR(30)   NOT NULL,
    process   VARCHAR(60)   NOT NULL,
    category  VARCHAR(40)   NOT NULL,
    country   VARCHAR(2)    NOT NULL,
    team      VARCHAR(100)  NOT NULL,
    agent     VARCHAR(100)  NOT NULL,
    currency  VARCHAR(3)    NOT NULL,
    n         BIGINT        NOT NULL,
    amount    DECIMAL(18,2) NOT NULL,
    PRIMARY KEY (day, figure, process, category, country, team, agent, currency)
);
CREATE INDEX ix_dashboard_figure_figure ON dashboard_figure (figure, day, team, category, country, process, n);

-- Duration samples in working time (tenths of a working hour), counted per value: percentiles without the rows.
CREATE TABLE dashboard_duration (
    day       DATE          NOT NULL,
    figure    VARCHAR(30)   NOT NULL,
    process   VARCHAR(60)   NOT NULL,
    category  VARCHAR(40)   NOT NULL,
    country   VARCHAR(2)    NOT NULL,
    team      VARCHAR(100)  NOT NULL,
    agent     VARCHAR(100)  NOT NULL,
    currency  VARCHAR(3)    NOT NULL,
    tenths    BIGINT        NOT NULL,
    n         BIGINT        NOT NULL,
    PRIMARY KEY (day, figure, process, category, country, team, agent, currency, tenths)
);
CREATE INDEX ix_dashboard_duration_figure ON dashboard_duration (figure, day, tenths, n);

-- Jobs that failed with no retries left (an incident waits for a person), until the claim moves on.
CREATE TABLE dashboard_incident (
    job_key              BIGINT        NOT NULL PRIMARY KEY,
    job_type             VARCHAR(100)  NOT NULL,
    process_instance_key BIGINT        NOT NULL,
    element_id           VARCHAR(100)  NULL,
    claim_reference      VARCHAR(20)   NULL,
    error                VARCHAR(1000) NULL,
    failed_at            DATETIME(6)   NOT NULL,
    resolved_at          DATETIME(6)   NULL
);
CREATE INDEX ix_dashboard_incident_open ON dashboard_incident (resolved_at, failed_at);
CREATE INDEX ix_dashboard_incident_claim ON dashboard_incident (claim_reference);

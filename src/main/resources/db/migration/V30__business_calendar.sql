-- Business calendars (ADR 0030): only the days that differ from the normal week are stored; every other day is a
-- working day Monday to Friday and a rest day on Saturday and Sunday. Portable SQL: MySQL 8.4 and MariaDB 11.4.

-- A holiday (no work, even on a weekday) or a make-up working day (work, even on a weekend), per calendar.
CREATE TABLE calendar_day (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    calendar_id  VARCHAR(40)   NOT NULL,
    local_date   DATE          NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    -- 'admin', or the notice file that set it (e.g. cn-2026.json) with that notice's year
    source       VARCHAR(100)  NOT NULL,
    source_year  INT           NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_calendar_day UNIQUE (calendar_id, local_date)
);

-- Which notice files have been applied, so that each is applied once (a changed file, by its checksum, again).
CREATE TABLE calendar_notice (
    calendar_id  VARCHAR(40)   NOT NULL,
    notice_year  INT           NOT NULL,
    resource     VARCHAR(300)  NOT NULL,
    checksum     CHAR(64)      NOT NULL,
    day_count    INT           NOT NULL,
    loaded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (calendar_id, notice_year)
);

-- Every change an admin makes, append-only: who, when, what the day was before and after.
CREATE TABLE calendar_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    calendar_id  VARCHAR(40)   NOT NULL,
    local_date   DATE          NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    kind         VARCHAR(20)   NULL,
    name         VARCHAR(100)  NULL,
    previous     VARCHAR(200)  NULL,
    actor        VARCHAR(100)  NOT NULL,
    changed_at   DATETIME(6)   NOT NULL
);
CREATE INDEX ix_calendar_change_day ON calendar_change (calendar_id, local_date);

-- The dashboard's daily figures and duration samples, rolled up (ADR 0201): kept per day and per month (grain 'D' / 'M',
-- day = the month's first day), and for each of the 16 combinations of the page's four filters, a dimension left out
-- holding '*' (mask: 1 process, 2 category, 4 country, 8 team kept). A page reads its period's whole months and the days
-- around them, in the combination its filters name: a few thousand rows for any period, where the daily rows by every
-- dimension grew with the claims. Durations are counted per value rounded to two significant figures.

CREATE TABLE dashboard_rollup (
    mask      TINYINT       NOT NULL,
    process   VARCHAR(60)   NOT NULL,
    category  VARCHAR(40)   NOT NULL,
    country   VARCHAR(2)    NOT NULL,
    team      VARCHAR(100)  NOT NULL,
    grain     CHAR(1)       NOT NULL,
    day       DATE          NOT NULL,
    figure    VARCHAR(30)   NOT NULL,
    agent     VARCHAR(100)  NOT NULL,
    currency  VARCHAR(3)    NOT NULL,
    n         BIGINT        NOT NULL,
    amount    DECIMAL(18,2) NOT NULL,
    PRIMARY KEY (mask, process, category, country, team, grain, day, figure, agent, currency)
);
-- figures by process or by team (a dimension grouped, not filtered): the combination's rows by period
CREATE INDEX ix_dashboard_rollup_period ON dashboard_rollup (mask, grain, day, figure, n);

CREATE TABLE dashboard_rollup_time (
    mask      TINYINT       NOT NULL,
    figure    VARCHAR(30)   NOT NULL,
    process   VARCHAR(60)   NOT NULL,
    category  VARCHAR(40)   NOT NULL,
    country   VARCHAR(2)    NOT NULL,
    team      VARCHAR(100)  NOT NULL,
    grain     CHAR(1)       NOT NULL,
    day       DATE          NOT NULL,
    agent     VARCHAR(100)  NOT NULL,
    currency  VARCHAR(3)    NOT NULL,
    -- tenths of a working hour, to two significant figures
    tenths    BIGINT        NOT NULL,
    n         BIGINT        NOT NULL,
    PRIMARY KEY (mask, figure, process, category, country, team, grain, day, agent, currency, tenths)
);
-- handling times by team: the combination's rows by period
CREATE INDEX ix_dashboard_rollup_time_period ON dashboard_rollup_time (mask, figure, grain, day, n);

-- what the daily tables hold, rolled up
INSERT INTO dashboard_rollup (mask, process, category, country, team, grain, day, figure, agent, currency, n, amount)
SELECT m.mask,
       CASE WHEN m.mask & 1 > 0 THEN f.process ELSE '*' END,
       CASE WHEN m.mask & 2 > 0 THEN f.category ELSE '*' END,
       CASE WHEN m.mask & 4 > 0 THEN f.country ELSE '*' END,
       CASE WHEN m.mask & 8 > 0 THEN f.team ELSE '*' END,
       g.grain,
       CASE WHEN g.grain = 'M' THEN DATE_SUB(f.day, INTERVAL DAYOFMONTH(f.day) - 1 DAY) ELSE f.day END,
       f.figure, f.agent, f.currency, SUM(f.n), SUM(f.amount)
FROM dashboard_figure f
CROSS JOIN (SELECT 0 AS mask UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9
            UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14
            UNION ALL SELECT 15) m
CROSS JOIN (SELECT 'D' AS grain UNION ALL SELECT 'M') g
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

INSERT INTO dashboard_rollup_time (mask, figure, process, category, country, team, grain, day, agent, currency, tenths, n)
SELECT m.mask, d.figure,
       CASE WHEN m.mask & 1 > 0 THEN d.process ELSE '*' END,
       CASE WHEN m.mask & 2 > 0 THEN d.category ELSE '*' END,
       CASE WHEN m.mask & 4 > 0 THEN d.country ELSE '*' END,
       CASE WHEN m.mask & 8 > 0 THEN d.team ELSE '*' END,
       g.grain,
       CASE WHEN g.grain = 'M' THEN DATE_SUB(d.day, INTERVAL DAYOFMONTH(d.day) - 1 DAY) ELSE d.day END,
       d.agent, d.currency,
       CASE WHEN d.tenths < 100 THEN d.tenths
            WHEN d.tenths < 1000 THEN ROUND(d.tenths, -1)
            WHEN d.tenths < 10000 THEN ROUND(d.tenths, -2)
            WHEN d.tenths < 100000 THEN ROUND(d.tenths, -3)
            ELSE ROUND(d.tenths, -4) END,
       SUM(d.n)
FROM dashboard_duration d
CROSS JOIN (SELECT 0 AS mask UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9
            UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14
            UNION ALL SELECT 15) m
CROSS JOIN (SELECT 'D' AS grain UNION ALL SELECT 'M') g
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;

DROP TABLE dashboard_figure;
DROP TABLE dashboard_duration;

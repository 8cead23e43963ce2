-- The dashboard's figures and duration samples rolled up by month (ADR 0201), for each of the 16 combinations of the
-- page's four filters: a dimension left out holds '*' (mask: 1 process, 2 category, 4 country, 8 team kept). A page
-- reads its period's whole months here, in the combination its filters name, and only the days before and after them
-- from the daily tables of V100. Durations are counted per value rounded to two significant figures.

CREATE TABLE dashboard_rollup (
    mask      TINYINT       NOT NULL,
    process   VARCHAR(60)   NOT NULL,
    category  VARCHAR(40)   NOT NULL,
    country   VARCHAR(2)    NOT NULL,
    team      VARCHAR(100)  NOT NULL,
    -- the month's first day
    month     DATE          NOT NULL,
    figure    VARCHAR(30)   NOT NULL,
    agent     VARCHAR(100)  NOT NULL,
    currency  VARCHAR(3)    NOT NULL,
    n         BIGINT        NOT NULL,
    amount    DECIMAL(18,2) NOT NULL,
    PRIMARY KEY (mask, process, category, country, team, month, figure, agent, currency)
);
-- figures by process or by team (a dimension grouped, not filtered): the combination's rows by month
CREATE INDEX ix_dashboard_rollup_month ON dashboard_rollup (mask, month, figure, n);

CREATE TABLE dashboard_rollup_time (
    mask      TINYINT       NOT NULL,
    figure    VARCHAR(30)   NOT NULL,
    process   VARCHAR(60)   NOT NULL,
    category  VARCHAR(40)   NOT NULL,
    country   VARCHAR(2)    NOT NULL,
    team      VARCHAR(100)  NOT NULL,
    month     DATE          NOT NULL,
    agent     VARCHAR(100)  NOT NULL,
    currency  VARCHAR(3)    NOT NULL,
    -- tenths of a working hour, to two significant figures
    tenths    BIGINT        NOT NULL,
    n         BIGINT        NOT NULL,
    PRIMARY KEY (mask, figure, process, category, country, team, month, agent, currency, tenths)
);
-- handling times by team: the combination's rows by month
CREATE INDEX ix_dashboard_rollup_time_month ON dashboard_rollup_time (mask, figure, month, n);

-- what the daily tables hold, rolled up
INSERT INTO dashboard_rollup (mask, process, category, country, team, month, figure, agent, currency, n, amount)
SELECT m.mask,
       CASE WHEN m.mask & 1 > 0 THEN f.process ELSE '*' END,
       CASE WHEN m.mask & 2 > 0 THEN f.category ELSE '*' END,
       CASE WHEN m.mask & 4 > 0 THEN f.country ELSE '*' END,
       CASE WHEN m.mask & 8 > 0 THEN f.team ELSE '*' END,
       DATE_SUB(f.day, INTERVAL DAYOFMONTH(f.day) - 1 DAY),
       f.figure, f.agent, f.currency, SUM(f.n), SUM(f.amount)
FROM dashboard_figure f
CROSS JOIN (SELECT 0 AS mask UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9
            UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14
            UNION ALL SELECT 15) m
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

INSERT INTO dashboard_rollup_time (mask, figure, process, category, country, team, month, agent, currency, tenths, n)
SELECT m.mask, d.figure,
       CASE WHEN m.mask & 1 > 0 THEN d.process ELSE '*' END,
       CASE WHEN m.mask & 2 > 0 THEN d.category ELSE '*' END,
       CASE WHEN m.mask & 4 > 0 THEN d.country ELSE '*' END,
       CASE WHEN m.mask & 8 > 0 THEN d.team ELSE '*' END,
       DATE_SUB(d.day, INTERVAL DAYOFMONTH(d.day) - 1 DAY),
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
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

-- Teams are data (issue 17): an admin creates and renames them at /admin/teams. The id is the candidate group the
-- processes' user tasks name (bpmn/ClaimRouting.dmn, the BPMN files), so it never changes; the name is what people
-- read. Portable SQL: MySQL 8.4 and MariaDB 11.4.
CREATE TABLE team (
    id          VARCHAR(100) NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    calendar_id VARCHAR(50)  NOT NULL,
    CONSTRAINT uq_team_name UNIQUE (name)
);

-- the queues the processes already route to
INSERT INTO team (id, name, calendar_id) VALUES
    ('seller-support', 'Seller support', 'cn'),
    ('warehouse-claims', 'Warehouse claims', 'cn'),
    ('billing', 'Billing', 'cn'),
    ('brand-protection', 'Brand protection', 'cn'),
    ('warehouse', 'Warehouse pickups', 'cn');

-- Every change an admin makes to a user or a team: who, when, what, and the values before and after.
CREATE TABLE admin_audit (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    subject_kind VARCHAR(10)   NOT NULL,
    subject      VARCHAR(100)  NOT NULL,
    action       VARCHAR(100)  NOT NULL,
    before_value VARCHAR(1000) NULL,
    after_value  VARCHAR(1000) NULL
);
CREATE INDEX ix_admin_audit_subject ON admin_audit (subject_kind, subject, at);
CREATE INDEX ix_admin_audit_at ON admin_audit (at);

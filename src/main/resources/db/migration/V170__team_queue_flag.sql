-- The team queues (open, unassigned tasks per candidate group) kept up to date on the group rows, with the task's due
-- time and priority, so that a team's queue is an index range of its own rows, in the list's order, instead of every
-- task the team ever had (ADR 0170).
ALTER TABLE user_task_candidate_group
    ADD COLUMN queued   BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN due_at   DATETIME(6) NULL,
    ADD COLUMN priority INT         NOT NULL DEFAULT 50;

UPDATE user_task_candidate_group g JOIN user_task t ON t.job_key = g.job_key
SET g.queued = (t.state = 'OPEN' AND t.assignee IS NULL), g.due_at = t.due_at, g.priority = t.priority;

CREATE INDEX ix_candidate_group_queue ON user_task_candidate_group (group_id, queued, due_at, priority, job_key);

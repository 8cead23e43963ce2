-- The team queues (open, unassigned tasks per candidate group) kept up to date on the group rows, so that a team's
-- queue is an index range of its own rows instead of every task the team ever had (ADR 0170).
ALTER TABLE user_task_candidate_group ADD COLUMN queued BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE user_task_candidate_group g JOIN user_task t ON t.job_key = g.job_key
SET g.queued = TRUE
WHERE t.state = 'OPEN' AND t.assignee IS NULL;

CREATE INDEX ix_candidate_group_queue ON user_task_candidate_group (group_id, queued, job_key);

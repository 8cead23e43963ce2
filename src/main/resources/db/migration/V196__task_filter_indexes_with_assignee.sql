-- The list's filters on category, country or claim status within a queue (the team queue: unassigned; "mine": the
-- person's own) tested the assignee on each matching task row. At a million claims those rows do not fit in memory,
-- and an agent's "category + country" page waited seconds on the disk. With the assignee at the end of these indexes
-- the queue's condition is checked inside the index; only the page's 25 rows are read (ADR 0197).
DROP INDEX ix_user_task_open_category ON user_task;
CREATE INDEX ix_user_task_open_category ON user_task (state, category, country, subject_status, due_at, assignee);
DROP INDEX ix_user_task_open_country ON user_task;
CREATE INDEX ix_user_task_open_country ON user_task (state, country, subject_status, due_at, assignee);
DROP INDEX ix_user_task_open_status ON user_task;
CREATE INDEX ix_user_task_open_status ON user_task (state, subject_status, due_at, assignee);

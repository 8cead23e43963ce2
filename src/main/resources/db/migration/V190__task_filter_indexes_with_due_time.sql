-- The list's claim filters (category, country, claim status) combined with an SLA state or a due date: the due time
-- joins the end of their indexes, so such a count is answered inside the index instead of reading every matching task
-- row for its due time (docs/benchmarks/task-list.md, ADR 0190).
DROP INDEX ix_user_task_open_category ON user_task;
CREATE INDEX ix_user_task_open_category ON user_task (state, category, country, subject_status, due_at);
DROP INDEX ix_user_task_open_country ON user_task;
CREATE INDEX ix_user_task_open_country ON user_task (state, country, subject_status, due_at);

-- Why a task came back to its queue (e.g. the seller replied) and since when, from the task's variables
-- (tasks.TaskVariables.REOPENED_BY / REOPENED_AT), so that the lists can mark it and the home page count it (ADR 0180).
ALTER TABLE user_task
    ADD COLUMN reopened_by VARCHAR(40) NULL,
    ADD COLUMN reopened_at DATETIME(6) NULL;

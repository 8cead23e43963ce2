-- Job-based BPMN user tasks, projected from the engine's jobs (job key = task key).
CREATE TABLE user_task (
    job_key              BIGINT        NOT NULL PRIMARY KEY,
    process_instance_key BIGINT        NOT NULL,
    element_instance_key BIGINT        NOT NULL,
    process_id           VARCHAR(100)  NOT NULL,
    element_id           VARCHAR(100)  NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    claim_reference      VARCHAR(20)   NULL,
    assignee             VARCHAR(100)  NULL,
    due_at               DATETIME(6)   NULL,
    priority             INT           NOT NULL DEFAULT 50,
    form_id              VARCHAR(100)  NULL,
    state                VARCHAR(20)   NOT NULL,
    variables            TEXT          NULL,
    completion           TEXT          NULL,
    created_at           DATETIME(6)   NOT NULL,
    completed_at         DATETIME(6)   NULL,
    completed_by         VARCHAR(100)  NULL,
    version              BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_user_task_queue ON user_task (state, assignee, due_at);
CREATE INDEX ix_user_task_claim ON user_task (claim_reference, state);
CREATE INDEX ix_user_task_instance ON user_task (element_instance_key);

-- one row per candidate group, so team queues are an indexed join rather than a string search
CREATE TABLE user_task_candidate_group (
    job_key   BIGINT        NOT NULL,
    group_id  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (job_key, group_id),
    CONSTRAINT fk_candidate_group_task FOREIGN KEY (job_key) REFERENCES user_task (job_key)
);
CREATE INDEX ix_candidate_group ON user_task_candidate_group (group_id, job_key);

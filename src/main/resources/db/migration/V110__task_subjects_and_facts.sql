-- A task's subject (a claim, or another case such as an RTV case or a counterfeit finding) and the subject's facts
-- the task list filters on, kept on the task row: the list reads one module's table (docs/adr/0070).

ALTER TABLE user_task
    ADD COLUMN subject_type      VARCHAR(40)   NULL,
    ADD COLUMN subject_reference VARCHAR(40)   NULL,
    ADD COLUMN category          VARCHAR(40)   NULL,
    ADD COLUMN shop              VARCHAR(100)  NULL,
    ADD COLUMN shop_name         VARCHAR(200)  NULL,
    ADD COLUMN country           VARCHAR(8)    NULL,
    ADD COLUMN order_number      VARCHAR(40)   NULL,
    ADD COLUMN subject_status    VARCHAR(40)   NULL;

-- tasks recorded before: their claim's facts, once (the claims module keeps the status current from now on)
UPDATE user_task SET subject_type = 'claim', subject_reference = claim_reference WHERE claim_reference IS NOT NULL;
UPDATE user_task t JOIN claim c ON c.reference = t.subject_reference
SET t.category = c.category, t.shop = c.shop, t.shop_name = c.shop_name, t.country = c.country,
    t.order_number = c.order_number, t.subject_status = c.status
WHERE t.subject_type = 'claim';

DROP INDEX ix_user_task_claim ON user_task;
ALTER TABLE user_task DROP COLUMN claim_reference;

-- a subject's tasks (visibility, its open task, its history); also the reference prefix of the free text
CREATE INDEX ix_user_task_subject ON user_task (subject_reference, subject_type, state);
-- free text: prefixes of the order number, shop code and shop name
CREATE INDEX ix_user_task_order_number ON user_task (order_number);
CREATE INDEX ix_user_task_shop ON user_task (shop);
CREATE INDEX ix_user_task_shop_name ON user_task (shop_name);
-- filters on the subject's category, country and status count the open tasks from these
CREATE INDEX ix_user_task_open_category ON user_task (state, category, country, subject_status);
CREATE INDEX ix_user_task_open_country ON user_task (state, country, subject_status);
CREATE INDEX ix_user_task_open_status ON user_task (state, subject_status);

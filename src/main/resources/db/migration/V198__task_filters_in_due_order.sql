-- ADR 0200: a category + country or a country filter read in the list's order (due time, priority, then the key that
-- breaks ties), so that a page stops after its rows instead of sorting every match (category + country) or reading
-- the open tasks of every country in due order (country, with a team or SLA filter). The key is named because the
-- assignee follows it: the team queue's condition is checked in the index (as in V196) without breaking the order.
CREATE INDEX ix_user_task_open_category_due
    ON user_task (state, category, country, due_at, priority DESC, job_key, assignee);
CREATE INDEX ix_user_task_open_country_due ON user_task (state, country, due_at, priority DESC, job_key, assignee);

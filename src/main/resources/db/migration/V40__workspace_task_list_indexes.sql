-- The agents' task list (workspace module) reads open tasks joined with their claims, filtered and sorted.
-- These indexes keep it fast with 100,000 claims (docs/benchmarks/task-list.md). Portable: MySQL 8.4, MariaDB 11.4.

-- every queue ("all" for supervisors included) walks open tasks in the list's order (due time, then the higher
-- priority; or priority first) and stops after a page: no sort of all open tasks
CREATE INDEX ix_user_task_open_due ON user_task (state, due_at, priority DESC);
CREATE INDEX ix_user_task_open_priority ON user_task (state, priority DESC, due_at);

-- free text: an order number's or a shop's prefix finds the claim without scanning
CREATE INDEX ix_claim_order_number ON claim (order_number);
CREATE INDEX ix_claim_shop_name ON claim (shop_name);

-- filters on the claim's category, country and status count the matching claims' open tasks from these
CREATE INDEX ix_claim_category_country ON claim (category, country, status);
CREATE INDEX ix_claim_country_status ON claim (country, status);

-- When the seller will be reminded, stored when the process computes it, like every other deadline (ADR 0121).
ALTER TABLE rtv_case ADD COLUMN reminder_at DATETIME(6) NULL;
ALTER TABLE counterfeit_finding ADD COLUMN reminder_at DATETIME(6) NULL;

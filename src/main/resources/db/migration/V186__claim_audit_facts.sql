-- The facts a claim's step published with its audit entry (the team of `routed`, the assignee of `assigned`, the
-- amounts of `accepted`; ADR 0186), kept beside the entry so that the dashboard can be rebuilt from the trail.
-- One `key=value` per line, values URL-encoded. Entries written before this migration have none.
ALTER TABLE claim_audit ADD COLUMN facts VARCHAR(2000) NULL;

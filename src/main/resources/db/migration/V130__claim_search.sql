-- The claim search (/claims, ADR 0130): every claim, open or closed, filtered and sorted in the database.
-- Portable SQL: MySQL 8.4 and MariaDB 11.4.

-- when the claim reached its final status (accepted, rejected, auto-closed, invalid); null while it is open
ALTER TABLE claim ADD COLUMN closed_at DATETIME(6) NULL;
-- claims closed before: their last change was the closing step
UPDATE claim SET closed_at = updated_at WHERE status IN ('ACCEPTED', 'REJECTED', 'AUTO_CLOSED', 'INVALID');

-- the default order (newest first) and the "submitted between" filter read a page in index order
CREATE INDEX ix_claim_submitted ON claim (submitted_at, id);
-- "closed between" and the newest-closed order
CREATE INDEX ix_claim_closed ON claim (closed_at, id);
-- shop code prefix (the free text)
CREATE INDEX ix_claim_shop ON claim (shop);
-- "seller replied" / "seller asked": a claim's entries of one event
CREATE INDEX ix_claim_audit_event ON claim_audit (event, claim_id);

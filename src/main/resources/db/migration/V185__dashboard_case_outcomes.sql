-- The dashboard follows RTV cases and counterfeit findings too (ADR 0185): their outcomes have longer names
-- (e.g. FINDING_DOCUMENTS_LAPSED) than the claims' ones.
ALTER TABLE dashboard_claim MODIFY outcome VARCHAR(30) NULL;

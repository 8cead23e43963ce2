-- The deadlines ClaimHandling computes, stored on the claim when computed (docs/adr/0121): pages show these and never
-- recompute them. NULL until the process computed one.
ALTER TABLE claim
    ADD COLUMN response_due_at DATETIME(6) NULL,
    ADD COLUMN reply_due_at    DATETIME(6) NULL,
    ADD COLUMN reminder_at     DATETIME(6) NULL;

-- Quarantined mail is attached to a claim or discarded with a reason, kept for the record.
ALTER TABLE mail_quarantine ADD COLUMN resolution_note VARCHAR(500) NULL;

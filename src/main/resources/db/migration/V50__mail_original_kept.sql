-- A seller's mail is kept whole on its thread row: the original as received (raw .eml) and its whole text (quoted
-- history, signature and all), beside the extracted reply in body_text. LONG types: a mail may be up to
-- claimdesk.mail.inbound.max-message-size, and one line of a reply may be a megabyte.
ALTER TABLE mail_message ADD COLUMN raw_message LONGBLOB NULL;
ALTER TABLE mail_message ADD COLUMN whole_text LONGTEXT NULL;
ALTER TABLE mail_message MODIFY body_text LONGTEXT NOT NULL;

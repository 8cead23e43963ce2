package dev.claimdesk.mail.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every mail read from the helpdesk mailbox, by Message-ID: written in the transaction that stores the mail's effects,
 * so a mail delivered twice, or read again after a crash before it was flagged \Seen, is handled once.
 */
@Repository
public class InboundLedger {

    public enum Outcome {
        REPLY,
        NOT_ENGLISH,
        AUTO_REPLY,
        BOUNCE,
        QUARANTINED,
        DISMISSED
    }

    private final JdbcClient jdbc;

    public InboundLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean seen(String messageKey) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_inbound WHERE message_key = ?")
                        .param(messageKey)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Fails with a duplicate key if another reader recorded the same mail meanwhile (its transaction then rolls back). */
    public void record(String messageKey, Outcome outcome, String claimReference, Instant at) {
        jdbc.sql("INSERT INTO mail_inbound (message_key, outcome, claim_reference, processed_at) VALUES (?, ?, ?, ?)")
                .params(messageKey, outcome.name(), claimReference, MailStore.utc(at))
                .update();
    }

    public void update(String messageKey, Outcome outcome, String claimReference) {
        jdbc.sql("UPDATE mail_inbound SET outcome = ?, claim_reference = ? WHERE message_key = ?")
                .params(outcome.name(), claimReference, messageKey)
                .update();
    }

    public Optional<Outcome> outcome(String messageKey) {
        return jdbc.sql("SELECT outcome FROM mail_inbound WHERE message_key = ?")
                .param(messageKey)
                .query(String.class)
                .optional()
                .map(Outcome::valueOf);
    }
}

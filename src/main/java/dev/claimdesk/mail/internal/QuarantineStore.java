package dev.claimdesk.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mail that was not accepted as a reply, kept whole (raw) with the reason, until a supervisor assigns or dismisses it. */
@Repository
public class QuarantineStore {

    public enum State {
        OPEN,
        ASSIGNED,
        DISMISSED
    }

    public record Item(
            long id,
            String messageKey,
            Instant receivedAt,
            String from,
            String subject,
            QuarantineReason reason,
            String detail,
            String suggestedReference,
            String excerpt,
            State state,
            String resolvedBy,
            Instant resolvedAt,
            String assignedReference,
            String resolutionNote) {}

    private static final String COLUMNS = "id, message_key, received_at, from_address, subject, reason, detail, "
            + "claim_reference, excerpt, status, resolved_by, resolved_at, assigned_reference, resolution_note";

    private final JdbcClient jdbc;
    private final MailMetrics metrics;

    public QuarantineStore(JdbcClient jdbc, MailMetrics metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    public void insert(
            String messageKey,
            Instant receivedAt,
            String from,
            String subject,
            QuarantineReason reason,
            String detail,
            String suggestedReference,
            String excerpt,
            byte[] raw) {
        jdbc.sql("""
                        INSERT INTO mail_quarantine (message_key, received_at, from_address, subject, reason, detail,
                            claim_reference, excerpt, raw_message, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(
                        messageKey,
                        MailStore.utc(receivedAt),
                        MailStore.truncate(from, 320),
                        MailStore.truncate(subject, 500),
                        reason.name(),
                        MailStore.truncate(detail, 500),
                        suggestedReference,
                        MailStore.truncate(excerpt, 2000),
                        raw)
                .update();
        metrics.quarantined(reason);
    }

    public List<Item> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_quarantine WHERE status = 'OPEN' ORDER BY id DESC")
                .query(QuarantineStore::item)
                .list();
    }

    public List<Item> recentlyResolved(int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM mail_quarantine WHERE status <> 'OPEN' ORDER BY resolved_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query(QuarantineStore::item)
                .list();
    }

    public Optional<Item> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_quarantine WHERE id = ?")
                .param(id)
                .query(QuarantineStore::item)
                .optional();
    }

    public Optional<Item> findByMessageKey(String messageKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_quarantine WHERE message_key = ? ORDER BY id DESC LIMIT 1")
                .param(messageKey)
                .query(QuarantineStore::item)
                .optional();
    }

    public java.util.Optional<byte[]> raw(long id) {
        return jdbc.sql("SELECT raw_message FROM mail_quarantine WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Resolves an open item, with the supervisor's reason; false if someone else resolved it first. */
    public boolean resolve(long id, State state, String by, Instant at, String assignedReference, String note) {
        return jdbc.sql("""
                        UPDATE mail_quarantine SET status = ?, resolved_by = ?, resolved_at = ?, assigned_reference = ?,
                            resolution_note = ?
                        WHERE id = ? AND status = 'OPEN'""")
                        .params(
                                state.name(),
                                by,
                                MailStore.utc(at),
                                assignedReference,
                                MailStore.truncate(note, 500),
                                id)
                        .update()
                == 1;
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        return new Item(
                rs.getLong("id"),
                rs.getString("message_key"),
                MailStore.instant(rs, "received_at"),
                rs.getString("from_address"),
                rs.getString("subject"),
                QuarantineReason.valueOf(rs.getString("reason")),
                rs.getString("detail"),
                rs.getString("claim_reference"),
                rs.getString("excerpt"),
                State.valueOf(rs.getString("status")),
                rs.getString("resolved_by"),
                MailStore.instant(rs, "resolved_at"),
                rs.getString("assigned_reference"),
                rs.getString("resolution_note"));
    }
}

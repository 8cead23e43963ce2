package dev.claimdesk.mail.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mail to sellers waiting for delivery, one row per idempotency key. Rows are written in the transaction of the change
 * that causes the mail and taken by a sender with a conditional update (the claim), so several application instances
 * never send the same row at the same time. Due times and claims use the database's clock: one clock for every
 * instance.
 */
@Repository
public class Outbox {

    public enum State {
        PENDING,
        SENT,
        FAILED
    }

    private final JdbcClient jdbc;
    private final MailMetrics metrics;

    public Outbox(JdbcClient jdbc, MailMetrics metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    /** The Message-ID of the mail queued under this key, if any. */
    public Optional<String> messageIdFor(String idempotencyKey) {
        return jdbc.sql("""
                        SELECT m.message_id FROM mail_outbox o JOIN mail_message m ON m.id = o.mail_message_id
                        WHERE o.idempotency_key = ?""").param(idempotencyKey).query(String.class).optional();
    }

    public void insert(String idempotencyKey, long mailMessageId, Instant createdAt) {
        jdbc.sql("""
                        INSERT INTO mail_outbox (idempotency_key, mail_message_id, status, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, 'PENDING', 0, NOW(6), ?)""")
                .params(idempotencyKey, mailMessageId, MailStore.utc(createdAt))
                .update();
    }

    /** Rows due now and not held by a sender, oldest first. */
    public List<Long> due(int limit) {
        return jdbc.sql("""
                        SELECT id FROM mail_outbox
                        WHERE status = 'PENDING' AND next_attempt_at <= NOW(6)
                          AND (claimed_until IS NULL OR claimed_until < NOW(6))
                        ORDER BY id LIMIT ?""").param(limit).query(Long.class).list();
    }

    /** Takes the row for {@code owner} until the timeout; false when another sender has it or it is no longer due. */
    public boolean claim(long id, String owner, Duration timeout) {
        return jdbc.sql("""
                        UPDATE mail_outbox SET claimed_by = ?, claimed_until = DATE_ADD(NOW(6), INTERVAL ? MICROSECOND)
                        WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= NOW(6)
                          AND (claimed_until IS NULL OR claimed_until < NOW(6))""").params(owner, micros(timeout), id).update() == 1;
    }

    public record Row(long id, long mailMessageId, State state, int attempts, String lastError) {}

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT id, mail_message_id, status, attempts, last_error FROM mail_outbox WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Row(
                        rs.getLong(1), rs.getLong(2), State.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5)))
                .optional();
    }

    public Optional<Row> findByMailMessage(long mailMessageId) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE mail_message_id = ?")
                .param(mailMessageId)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    public void markSent(long id, Instant at) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = NULL,
                            claimed_by = NULL, claimed_until = NULL WHERE id = ?""").params(MailStore.utc(at), id).update();
        metrics.outbound("sent");
    }

    /** Counts the failed attempt and makes the row due again after the back-off. */
    public void markRetry(long id, String error, Duration backoff) {
        jdbc.sql("""
                        UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?,
                            next_attempt_at = DATE_ADD(NOW(6), INTERVAL ? MICROSECOND),
                            claimed_by = NULL, claimed_until = NULL WHERE id = ?""")
                .params(MailStore.truncate(error, 1000), micros(backoff), id)
                .update();
        metrics.outbound("retried");
    }

    public void markFailed(long id, String error) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ?,
                            claimed_by = NULL, claimed_until = NULL WHERE id = ?""").params(MailStore.truncate(error, 1000), id).update();
        metrics.outbound("failed");
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }
}

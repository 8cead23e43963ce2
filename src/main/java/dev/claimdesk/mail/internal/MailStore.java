package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.ThreadEntry;
import dev.claimdesk.mail.ThreadEntry.Direction;
import dev.claimdesk.mail.ThreadEntry.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The claims' threads: every mail to and from sellers, with the attachments of sellers' mail. Plain SQL on the
 * application's data source, so it joins the caller's transaction (JPA or not).
 */
@Repository
public class MailStore {

    private final JdbcClient jdbc;

    public MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A mail as stored, with the headers that thread it. */
    public record StoredMail(
            long id,
            String claimReference,
            Direction direction,
            MailKind kind,
            Status status,
            String messageId,
            String inReplyTo,
            List<String> references,
            String from,
            String to,
            String replyTo,
            String subject,
            String text,
            String html,
            Instant createdAt) {}

    public long insert(StoredMail mail) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mail_message (claim_reference, direction, kind, status, message_id, in_reply_to,
                            references_ids, from_address, to_address, reply_to, subject, body_text, body_html, created_at)
                        VALUES (:ref, :direction, :kind, :status, :messageId, :inReplyTo, :references, :from, :to,
                            :replyTo, :subject, :text, :html, :createdAt)""")
                .param("ref", mail.claimReference())
                .param("direction", mail.direction().name())
                .param("kind", mail.kind() == null ? null : mail.kind().name())
                .param("status", mail.status().name())
                .param("messageId", mail.messageId())
                .param("inReplyTo", mail.inReplyTo())
                .param("references", String.join(" ", mail.references()))
                .param("from", truncate(mail.from(), 320))
                .param("to", truncate(mail.to(), 320))
                .param("replyTo", mail.replyTo())
                .param("subject", truncate(mail.subject(), 500))
                .param("text", mail.text())
                .param("html", mail.html())
                .param("createdAt", utc(mail.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Keeps a seller's mail whole: the original as received and its whole text, beside the extracted reply. */
    public void keepOriginal(long id, byte[] raw, String wholeText) {
        jdbc.sql("UPDATE mail_message SET raw_message = ?, whole_text = ? WHERE id = ?")
                .params(raw, wholeText, id)
                .update();
    }

    /** A thread entry's texts and original, in full, for the entry's claim only. */
    public record Original(String claimReference, String text, String wholeText, byte[] raw) {}

    public Optional<Original> original(long id) {
        return jdbc.sql("SELECT claim_reference, body_text, whole_text, raw_message FROM mail_message WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Original(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    public Optional<StoredMail> findByMessageId(String messageId) {
        return jdbc.sql("SELECT * FROM mail_message WHERE message_id = ? ORDER BY id LIMIT 1")
                .param(messageId)
                .query(MailStore::storedMail)
                .optional();
    }

    public Optional<StoredMail> find(long id) {
        return jdbc.sql("SELECT * FROM mail_message WHERE id = ?")
                .param(id)
                .query(MailStore::storedMail)
                .optional();
    }

    /**
     * The Message-IDs of a claim's conversation, oldest first: what the next mail to the seller refers to, and what a
     * reply must refer to. Auto-replies are left out: nobody answers those.
     */
    public List<String> messageIds(String claimReference) {
        return jdbc.sql(
                        "SELECT message_id FROM mail_message WHERE claim_reference = ? AND status <> 'AUTO_REPLY' ORDER BY id")
                .param(claimReference)
                .query(String.class)
                .list();
    }

    public List<ThreadEntry> thread(String claimReference) {
        var attachments = jdbc
                .sql("""
                        SELECT a.id, a.mail_message_id, a.file_name, a.content_type, a.size_bytes, a.rejection
                        FROM mail_attachment a JOIN mail_message m ON m.id = a.mail_message_id
                        WHERE m.claim_reference = ? ORDER BY a.id""")
                .param(claimReference)
                .query((rs, n) -> Map.entry(
                        rs.getLong("mail_message_id"),
                        new ThreadEntry.Attachment(
                                rs.getLong("id"),
                                rs.getString("file_name"),
                                rs.getString("content_type"),
                                rs.getLong("size_bytes"),
                                rs.getString("rejection"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        // texts are read only as far as a page shows them: a reply may hold a megabyte on one line
        return jdbc.sql("""
                        SELECT id, direction, kind, status, message_id, from_address, to_address, subject, created_at,
                            SUBSTRING(body_text, 1, :shown) AS text_shown, CHAR_LENGTH(body_text) AS text_length,
                            SUBSTRING(whole_text, 1, :wholeShown) AS whole_shown,
                            CHAR_LENGTH(whole_text) AS whole_length, raw_message IS NOT NULL AS has_original
                        FROM mail_message WHERE claim_reference = :ref ORDER BY id""")
                .param("shown", ThreadEntry.TEXT_SHOWN)
                .param("wholeShown", ThreadEntry.WHOLE_SHOWN)
                .param("ref", claimReference)
                .query((rs, n) -> entry(rs, attachments))
                .list();
    }

    /** The latest mails to sellers across claims (the demo page). */
    public List<StoredMail> recentToSellers(int limit) {
        return jdbc.sql("SELECT * FROM mail_message WHERE direction = 'TO_SELLER' ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(MailStore::storedMail)
                .list();
    }

    public void updateStatus(long id, Status status) {
        jdbc.sql("UPDATE mail_message SET status = ? WHERE id = ?")
                .params(status.name(), id)
                .update();
    }

    public void insertAttachment(
            long mailId, String fileName, String contentType, long size, byte[] content, String rejection) {
        jdbc.sql("""
                        INSERT INTO mail_attachment (mail_message_id, file_name, content_type, size_bytes, content, rejection)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(mailId, truncate(fileName, 255), truncate(contentType, 100), size, content, rejection)
                .update();
    }

    public record AttachmentContent(String claimReference, String fileName, String contentType, byte[] content) {}

    public Optional<AttachmentContent> attachment(long id) {
        return jdbc.sql("""
                        SELECT m.claim_reference, a.file_name, a.content_type, a.content
                        FROM mail_attachment a JOIN mail_message m ON m.id = a.mail_message_id
                        WHERE a.id = ? AND a.content IS NOT NULL""")
                .param(id)
                .query((rs, n) ->
                        new AttachmentContent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /** Replies the engine has not been told about yet (it was unreachable, or the application stopped meanwhile). */
    public List<StoredMail> unpublishedReplies(int limit) {
        return jdbc.sql(
                        "SELECT * FROM mail_message WHERE status = 'REPLY' AND published_at IS NULL ORDER BY id LIMIT ?")
                .param(limit)
                .query(MailStore::storedMail)
                .list();
    }

    public void markPublished(long id, Instant at) {
        jdbc.sql("UPDATE mail_message SET published_at = ? WHERE id = ? AND published_at IS NULL")
                .params(utc(at), id)
                .update();
    }

    private static ThreadEntry entry(ResultSet rs, Map<Long, List<ThreadEntry.Attachment>> attachments)
            throws SQLException {
        long id = rs.getLong("id");
        var direction = Direction.valueOf(rs.getString("direction"));
        String kind = rs.getString("kind");
        return new ThreadEntry(
                id,
                direction,
                kind == null ? null : MailKind.valueOf(kind),
                Status.valueOf(rs.getString("status")),
                rs.getString("message_id"),
                rs.getString("from_address"),
                rs.getString("to_address"),
                rs.getString("subject"),
                new ThreadEntry.Text(rs.getString("text_shown"), rs.getLong("text_length")),
                rs.getString("whole_shown") == null
                        ? null
                        : new ThreadEntry.Text(rs.getString("whole_shown"), rs.getLong("whole_length")),
                rs.getBoolean("has_original"),
                instant(rs, "created_at"),
                direction == Direction.TO_SELLER ? List.of() : List.copyOf(attachments.getOrDefault(id, List.of())));
    }

    private static StoredMail storedMail(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        String references = rs.getString("references_ids");
        return new StoredMail(
                rs.getLong("id"),
                rs.getString("claim_reference"),
                Direction.valueOf(rs.getString("direction")),
                kind == null ? null : MailKind.valueOf(kind),
                Status.valueOf(rs.getString("status")),
                rs.getString("message_id"),
                rs.getString("in_reply_to"),
                references == null || references.isBlank() ? List.of() : Arrays.asList(references.split(" ")),
                rs.getString("from_address"),
                rs.getString("to_address"),
                rs.getString("reply_to"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                instant(rs, "created_at"));
    }

    /** Instants are stored as UTC wall time, as Hibernate stores them (hibernate.jdbc.time_zone = UTC). */
    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

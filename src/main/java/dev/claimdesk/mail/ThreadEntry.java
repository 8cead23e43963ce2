package dev.claimdesk.mail;

import java.time.Instant;
import java.util.List;

/**
 * One mail in a claim's thread, either direction.
 *
 * @param kind the template of a mail to the seller; null for mail from the seller
 * @param text the plain text: for a seller's mail, only what the seller wrote (quoted history and signature removed)
 */
public record ThreadEntry(
        long id,
        Direction direction,
        MailKind kind,
        Status status,
        String messageId,
        String from,
        String to,
        String subject,
        String text,
        Instant at,
        List<Attachment> attachments) {

    public enum Direction {
        TO_SELLER,
        FROM_SELLER
    }

    public enum Status {
        /** To the seller: waiting in the outbox (or being retried while the mail server is unreachable). */
        QUEUED,
        /** To the seller: accepted by the mail server. */
        SENT,
        /** To the seller: refused for good by the mail server (e.g. the address does not exist). */
        FAILED,
        /** From the seller: counted as the seller's reply. */
        REPLY,
        /** From the seller: not in English; the seller was asked to write again in English. Not counted. */
        NOT_ENGLISH,
        /** From the seller's mail system (out-of-office, auto-reply). Not counted. */
        AUTO_REPLY
    }

    /** An attachment of a seller's mail; {@code rejection} says why it was not kept (its content is then absent). */
    public record Attachment(long id, String fileName, String contentType, long size, String rejection) {

        public boolean kept() {
            return rejection == null;
        }
    }
}

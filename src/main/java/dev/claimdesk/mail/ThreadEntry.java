package dev.claimdesk.mail;

import java.time.Instant;
import java.util.List;

/**
 * One mail in a claim's thread, either direction, as a page shows it.
 *
 * @param kind the template of a mail to the seller; null for mail from the seller
 * @param text the plain text: for a seller's mail, only what the seller wrote (quoted history, quote headers and
 *     signature removed); at most {@link #TEXT_SHOWN} characters of it
 * @param whole a seller's whole mail as text (quoted history and all), at most {@link #WHOLE_SHOWN} characters; null
 *     for mail to the seller
 * @param original whether the mail as received (.eml) is kept
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
        Text text,
        Text whole,
        boolean original,
        Instant at,
        List<Attachment> attachments) {

    /** How much of a reply a page shows before "show all": enough for any real answer, small enough for the page. */
    public static final int TEXT_SHOWN = 5_000;
    /** How much of the whole mail a page shows before "show all". */
    public static final int WHOLE_SHOWN = 20_000;

    /**
     * The start of a text, as far as a page shows it, and its full length in characters.
     *
     * @param shown the text, cut after the limit
     */
    public record Text(String shown, long length) {

        public boolean cut() {
            return length > shown.length();
        }

        public boolean isEmpty() {
            return shown.isBlank();
        }
    }

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

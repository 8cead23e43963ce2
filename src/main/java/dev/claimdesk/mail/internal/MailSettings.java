package dev.claimdesk.mail.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the email channel ({@code claimdesk.mail.*}; the helpdesk address, SMTP and IMAP servers are the
 * platform's). Every one is listed with its default in the README.
 *
 * @param replyTokenSecret HMAC key of the reply tokens; required unless the mail server is embedded (then one is
 *     made up per JVM)
 */
@ConfigurationProperties("claimdesk.mail")
public record MailSettings(
        String replyTokenSecret,
        @DefaultValue("ClaimDesk Seller Support") String displayName,
        @DefaultValue Outbound outbound,
        @DefaultValue Inbound inbound) {

    /**
     * @param sendInterval how often the outbox is checked for mail due (mail is also sent right after it is queued)
     * @param initialBackoff wait before the first retry when the SMTP server cannot take a mail; doubles per attempt
     * @param maxBackoff the longest wait between two attempts
     * @param claimTimeout how long one instance owns a mail it is sending before another may take it over
     */
    public record Outbound(
            @DefaultValue("2s") Duration sendInterval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("10s") Duration initialBackoff,
            @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("2m") Duration claimTimeout) {}

    /**
     * @param pollInterval how often the helpdesk mailbox is read
     * @param replyMessageTtl how long the engine keeps a reply no process waits for yet
     * @param lockLease how long one instance holds the mailbox lock before another may take over
     */
    public record Inbound(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("20") int maxMessagesPerPoll,
            @DefaultValue("2m") Duration lockLease,
            @DefaultValue("10m") Duration replyMessageTtl,
            @DefaultValue("25MB") DataSize maxMessageSize,
            @DefaultValue Attachments attachments) {}

    /** Which attachments of sellers' mail are kept: by declared type and file extension, up to a size and count. */
    public record Attachments(
            @DefaultValue("10MB") DataSize maxSize,
            @DefaultValue("10") int maxCount,

            @DefaultValue({
                "application/pdf:pdf",
                "image/jpeg:jpg",
                "image/jpeg:jpeg",
                "image/png:png",
                "image/gif:gif",
                "image/webp:webp",
                "text/plain:txt",
                "text/csv:csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet:xlsx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document:docx"
            })
            List<String> allowedTypes) {}
}

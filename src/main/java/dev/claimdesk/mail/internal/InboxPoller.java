package dev.claimdesk.mail.internal;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.mail.ImapMailReceiver;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Reads the helpdesk mailbox: under the mailbox lock (one instance at a time), each unread mail is handled in its own
 * transaction and flagged \Seen only after that transaction has committed. A crash in between leaves the mail unread;
 * it is read again and recognised by its Message-ID, so its effects happen once. An empty mailbox logs nothing; an
 * unreachable one logs one warning until it answers again.
 */
@Component
public class InboxPoller {

    static final String LOCK_NAME = "helpdesk-inbox";
    private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);

    private final ImapMailReceiver receiver;
    private final InboundProcessor processor;
    private final MailboxLock lock;
    private final MailSettings.Inbound settings;
    private final long maxAttachmentBytes;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private volatile boolean failing;

    public InboxPoller(
            ImapMailReceiver receiver,
            InboundProcessor processor,
            MailboxLock lock,
            MailSettings settings,
            AttachmentPolicy attachments) {
        this.receiver = receiver;
        this.processor = processor;
        this.lock = lock;
        this.settings = settings.inbound();
        this.maxAttachmentBytes = attachments.maxBytes();
    }

    /** Handles the mailbox's unread mail; returns how many mails were handled (0 when another instance holds the lock). */
    public synchronized int poll() {
        if (!lock.tryAcquire(LOCK_NAME, owner, settings.lockLease())) {
            log.debug("Another instance is reading the helpdesk mailbox");
            return 0;
        }
        try {
            int handled = readMailbox();
            if (failing) {
                failing = false;
                log.info("Helpdesk mailbox readable again");
            }
            return handled;
        } catch (MessagingException | RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn("Cannot read the helpdesk mailbox (will keep trying quietly): {}", e.toString());
            } else {
                log.debug("Helpdesk mailbox still unreadable: {}", e.toString());
            }
            return 0;
        } finally {
            lock.release(LOCK_NAME, owner);
        }
    }

    private int readMailbox() throws MessagingException {
        Object[] received = receiver.receive();
        Closeable folder = null;
        int handled = 0;
        try {
            for (Object item : received) {
                var message = (Message<?>) item;
                folder = StaticMessageHeaderAccessor.getCloseableResource(message);
                handle((MimeMessage) message.getPayload());
                handled++;
            }
        } finally {
            closeQuietly(folder);
        }
        return handled;
    }

    private void handle(MimeMessage onServer) throws MessagingException {
        try {
            process(onServer);
        } catch (TransientDataAccessException
                | RecoverableDataAccessException
                | DataAccessResourceFailureException
                | CannotCreateTransactionException outage) {
            throw outage; // the database is away: the mail stays unread and is read again
        } catch (RuntimeException broken) {
            // a mail that breaks its own handling must not hold up the mail behind it: kept whole for a supervisor
            log.warn("Mail could not be handled; quarantined whole: {}", broken.toString());
            byte[] raw = raw(onServer);
            String detail = "could not be handled: " + broken;
            processor.quarantineUnreadable(
                    "sha256:" + InboundMail.sha256(raw),
                    raw,
                    QuarantineReason.UNREADABLE,
                    detail.length() > 400 ? detail.substring(0, 400) : detail);
        }
        // committed (an accepted reply was published on commit): only now may the mail leave the unread set
        onServer.setFlag(Flags.Flag.SEEN, true);
    }

    private InboundProcessor.Result process(MimeMessage onServer) throws MessagingException {
        if (onServer.getSize() > settings.maxMessageSize().toBytes()) {
            byte[] headers = headers(onServer);
            return processor.quarantineUnreadable(
                    key(onServer, headers), headers, QuarantineReason.TOO_LARGE, onServer.getSize() + " bytes");
        }
        byte[] raw = raw(onServer);
        InboundMail mail;
        try {
            mail = InboundMail.parse(raw, maxAttachmentBytes);
        } catch (InboundMail.UnreadableMail e) {
            return processor.quarantineUnreadable(
                    "sha256:" + InboundMail.sha256(raw), raw, QuarantineReason.UNREADABLE, e.getMessage());
        }
        return processor.process(mail);
    }

    private static byte[] raw(MimeMessage message) throws MessagingException {
        var out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Cannot read the mail", e);
        }
        return out.toByteArray();
    }

    private static byte[] headers(MimeMessage message) throws MessagingException {
        var text = new StringBuilder();
        var lines = message.getAllHeaderLines();
        while (lines.hasMoreElements()) {
            text.append(lines.nextElement()).append("\r\n");
        }
        return text.append("\r\n(body not kept: larger than the limit)\r\n")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String key(MimeMessage message, byte[] fallback) throws MessagingException {
        var ids = InboundMail.messageIds(message.getHeader("Message-ID"));
        return ids.isEmpty() ? "sha256:" + InboundMail.sha256(fallback) : ids.getFirst();
    }

    private static void closeQuietly(Closeable folder) {
        if (folder != null) {
            try {
                folder.close();
            } catch (IOException e) {
                log.debug("Closing the inbox folder: {}", e.toString());
            }
        }
    }
}

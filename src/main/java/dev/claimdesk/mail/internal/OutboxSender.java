package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.ThreadEntry.Status;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.FaultPoints;
import dev.claimdesk.platform.PlatformProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: takes each due row, sends it through SMTP and records the outcome. While the SMTP server is
 * unreachable a row is retried with doubling back-off (capped); a mail the server refuses for good (an address that
 * does not exist) is marked failed. SMTP is not transactional: if the application dies between the server accepting
 * a mail and the row being marked sent, the mail is sent again with the same Message-ID, which mail clients show once.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final MailStore store;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final AppClock clock;
    private final MailSettings.Outbound settings;
    private final String displayName;
    private final String helpdeskAddress;
    private final FaultPoints faults;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public OutboxSender(
            Outbox outbox,
            MailStore store,
            JavaMailSender mailSender,
            TransactionTemplate transactions,
            AppClock clock,
            MailSettings settings,
            PlatformProperties platform,
            FaultPoints faults) {
        this.outbox = outbox;
        this.faults = faults;
        this.store = store;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings.outbound();
        this.displayName = settings.displayName();
        this.helpdeskAddress = platform.mail().helpdeskAddress();
    }

    /** Sends every mail that is due; returns how many were accepted by the SMTP server. */
    public int sendDue() {
        int sent = 0;
        for (long id : outbox.due(settings.batchSize())) {
            if (outbox.claim(id, owner, settings.claimTimeout()) && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long outboxId) {
        var row = outbox.find(outboxId).orElseThrow();
        var mail = store.find(row.mailMessageId()).orElseThrow();
        try {
            mailSender.send(mimeMessage(mail));
        } catch (MailException e) {
            failed(row, e);
            return false;
        }
        faults.reach(FaultPoints.MAIL_HANDED_BEFORE_MARK);
        transactions.executeWithoutResult(tx -> {
            outbox.markSent(outboxId, clock.instant());
            store.updateStatus(mail.id(), Status.SENT);
        });
        if (row.attempts() > 0) {
            log.info("Mail {} to {} delivered after {} failed attempts", mail.messageId(), mail.to(), row.attempts());
        }
        return true;
    }

    private void failed(Outbox.Row row, MailException e) {
        String reason = reason(e);
        if (permanent(e)) {
            log.warn("Mail of outbox row {} refused for good, not retried: {}", row.id(), reason);
            transactions.executeWithoutResult(tx -> {
                outbox.markFailed(row.id(), reason);
                store.updateStatus(row.mailMessageId(), Status.FAILED);
            });
            return;
        }
        Duration backoff = backoff(row.attempts() + 1);
        // one warning when a mail starts failing, then quiet retries: a long SMTP outage must not flood the log
        if (row.attempts() == 0) {
            log.warn("SMTP server did not take mail of outbox row {} (will retry with back-off): {}", row.id(), reason);
        } else {
            log.debug(
                    "Attempt {} for outbox row {} failed, next in {}: {}",
                    row.attempts() + 1,
                    row.id(),
                    backoff,
                    reason);
        }
        outbox.markRetry(row.id(), reason, backoff);
    }

    /** initial, 2 x initial, 4 x initial, ... up to the maximum. */
    Duration backoff(int failedAttempts) {
        Duration next = settings.initialBackoff();
        for (int i = 1; i < failedAttempts && next.compareTo(settings.maxBackoff()) < 0; i++) {
            next = next.multipliedBy(2);
        }
        return next.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : next;
    }

    /** Refused for good: the message cannot be built, or the server rejected every recipient (5xx). */
    private static boolean permanent(MailException e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException failed
                    && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    private MimeMessage mimeMessage(MailStore.StoredMail mail) {
        try {
            var message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(helpdeskAddress, displayName, "UTF-8"));
            helper.setTo(mail.to());
            helper.setReplyTo(mail.replyTo());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            helper.setSentDate(Date.from(clock.instant()));
            // JavaMailSenderImpl keeps a Message-ID that is already set, so the stored one is the one sent
            message.setHeader("Message-ID", "<" + mail.messageId() + ">");
            if (mail.inReplyTo() != null) {
                message.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
            }
            if (!mail.references().isEmpty()) {
                message.setHeader(
                        "References",
                        mail.references().stream().map(id -> "<" + id + ">").collect(Collectors.joining(" ")));
            }
            if (mail.kind() != null && mail.kind().automatic()) {
                message.setHeader(
                        "Auto-Submitted", mail.kind() == MailKind.ENGLISH_REQUEST ? "auto-replied" : "auto-generated");
            }
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot build mail " + mail.messageId(), e);
        }
    }
}

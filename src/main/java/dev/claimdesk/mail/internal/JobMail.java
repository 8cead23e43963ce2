package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.OutgoingMail;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * What every send-mail worker does: queue the mail under the job's key, so that a job Zeebe delivers again (after a
 * timeout or a failed completion) finds its mail already queued and sends nothing twice; then tell the process the
 * mail's Message-ID and when it was queued (the seller's reply deadline counts from it).
 */
@Component
public class JobMail {

    private final Mailbox mailbox;
    private final MailStore store;

    public JobMail(Mailbox mailbox, MailStore store) {
        this.mailbox = mailbox;
        this.store = store;
    }

    @Transactional
    public Map<String, Object> queue(
            ActivatedJob job, String claimReference, MailKind kind, Map<String, Object> values) {
        String messageId = mailbox.queue(new OutgoingMail(
                required(claimReference, MailJobs.VAR_CLAIM_REFERENCE), kind, "job-" + job.getKey(), values));
        var queuedAt = store.findByMessageId(messageId).orElseThrow().createdAt();
        return Map.of(MailJobs.VAR_MAIL_MESSAGE_ID, messageId, MailJobs.VAR_MAIL_QUEUED_AT, queuedAt.toString());
    }

    /** A variable the model must provide: its absence is a modelling error, reported in the job's incident. */
    public static String required(String value, String variable) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalArgumentException("Process variable '" + variable + "' is missing or empty");
        }
        return value;
    }
}

package dev.claimdesk.mail.internal;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.OutgoingMail;
import dev.claimdesk.platform.FaultPoints;
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
    private final Claims claims;
    private final FaultPoints faults;

    public JobMail(Mailbox mailbox, MailStore store, Claims claims, FaultPoints faults) {
        this.mailbox = mailbox;
        this.store = store;
        this.claims = claims;
        this.faults = faults;
    }

    @Transactional
    public Map<String, Object> queue(
            ActivatedJob job, String claimReference, MailKind kind, Map<String, Object> values) {
        String messageId = mailbox.queue(new OutgoingMail(
                required(claimReference, MailJobs.VAR_CLAIM_REFERENCE), kind, "job-" + job.getKey(), values));
        var queuedAt = store.findByMessageId(messageId).orElseThrow().createdAt();
        claims.record(claimReference, "system", auditEvent(kind), "Message-ID " + messageId, job.getKey());
        faults.reachAfterCommit(FaultPoints.MAIL_QUEUED_BEFORE_COMPLETE);
        return Map.of(MailJobs.VAR_MAIL_MESSAGE_ID, messageId, MailJobs.VAR_MAIL_QUEUED_AT, queuedAt.toString());
    }

    /** How the claim's audit trail names the mail (written in the same transaction as the mail). */
    static String auditEvent(MailKind kind) {
        return switch (kind) {
            case CLAIM_ACKNOWLEDGEMENT -> "acknowledged";
            case INFO_REQUEST -> "info request sent";
            case REMINDER -> "reminded";
            case RESOLUTION -> "resolution sent";
            case AUTO_CLOSE_NOTICE -> "auto-close notice sent";
            case ENGLISH_REQUEST -> "english request sent";
            case COUNTERFEIT_NOTICE -> "counterfeit notice sent";
            case COUNTERFEIT_REMINDER -> "appeal reminder sent";
            case COUNTERFEIT_DOCUMENTS_REQUEST -> "documents requested";
            case COUNTERFEIT_DECISION -> "decision sent";
            case RTV_PICKUP_NOTICE -> "pickup notice sent";
            case RTV_UNCOLLECTED_NOTICE -> "uncollected notice sent";
            case RTV_APPEAL_REGISTERED -> "appeal notice sent";
            case RTV_CLAIM_WINDOW_REMINDER -> "claim window reminder sent";
            case RTV_APPEAL_LAPSED -> "lapse notice sent";
        };
    }

    /** A variable the model must provide: its absence is a modelling error, reported in the job's incident. */
    /**
     * The mail's values plus a number of working days it states, when the process carries it (a process without the
     * claim clocks gets the templates' wording without a number).
     */
    public static Map<String, Object> withDays(Map<String, Object> values, String key, Number days) {
        var all = new java.util.LinkedHashMap<>(values);
        if (days != null) {
            all.put(key, days.intValue());
        }
        return all;
    }

    public static String required(String value, String variable) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalArgumentException("Process variable '" + variable + "' is missing or empty");
        }
        return value;
    }
}

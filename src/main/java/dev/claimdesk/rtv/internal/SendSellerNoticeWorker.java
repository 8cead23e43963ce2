package dev.claimdesk.rtv.internal;

import dev.claimdesk.mail.MailKind;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.WrongReturnRtv;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * Emails the seller one of the RTV notices through the mail module's outbox, under the job's key: a job delivered
 * again sends nothing twice.
 */
@Component
public class SendSellerNoticeWorker {

    /** The notices the process model may name ({@code notice} input), each with its mail template. */
    enum Notice {
        PICKUP_NOTICE(MailKind.RTV_PICKUP_NOTICE, "pickup notice sent"),
        UNCOLLECTED_NOTICE(MailKind.RTV_UNCOLLECTED_NOTICE, "uncollected notice sent"),
        APPEAL_NOTICE(MailKind.RTV_APPEAL_REGISTERED, "appeal notice sent"),
        WINDOW_REMINDER(MailKind.RTV_CLAIM_WINDOW_REMINDER, RtvCaseAudited.WINDOW_REMINDER_SENT),
        LAPSE_NOTICE(MailKind.RTV_APPEAL_LAPSED, "lapse notice sent");

        final MailKind kind;
        /** How the case's audit trail names the mail. */
        final String event;

        Notice(MailKind kind, String event) {
            this.kind = kind;
            this.event = event;
        }
    }

    private final RtvService rtv;

    SendSellerNoticeWorker(RtvService rtv) {
        this.rtv = rtv;
    }

    @JobWorker(
            type = WrongReturnRtv.JOB_SEND_SELLER_NOTICE,
            fetchVariables = {WrongReturnRtv.VAR_RTV_REFERENCE, WrongReturnRtv.VAR_NOTICE})
    public void sendSellerNotice(
            ActivatedJob job,
            @Variable(name = WrongReturnRtv.VAR_RTV_REFERENCE) String reference,
            @Variable(name = WrongReturnRtv.VAR_NOTICE) String notice) {
        Notice chosen = Notice.valueOf(RtvJobs.required(notice, WrongReturnRtv.VAR_NOTICE));
        rtv.notifySeller(
                RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE), chosen.kind, chosen.event, job.getKey());
    }
}

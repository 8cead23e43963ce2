package dev.claimdesk.rtv.internal;

import dev.claimdesk.mail.MailKind;
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
        PICKUP_NOTICE(MailKind.RTV_PICKUP_NOTICE),
        UNCOLLECTED_NOTICE(MailKind.RTV_UNCOLLECTED_NOTICE),
        APPEAL_NOTICE(MailKind.RTV_APPEAL_REGISTERED),
        WINDOW_REMINDER(MailKind.RTV_CLAIM_WINDOW_REMINDER),
        LAPSE_NOTICE(MailKind.RTV_APPEAL_LAPSED);

        final MailKind kind;

        Notice(MailKind kind) {
            this.kind = kind;
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
        rtv.notifySeller(
                RtvJobs.required(reference, WrongReturnRtv.VAR_RTV_REFERENCE),
                Notice.valueOf(RtvJobs.required(notice, WrongReturnRtv.VAR_NOTICE)).kind,
                job.getKey());
    }
}

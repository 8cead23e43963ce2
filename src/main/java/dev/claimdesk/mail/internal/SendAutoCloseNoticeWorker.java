package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the seller that the claim was closed because no reply came within the reply period (claimdesk.claims.reply-working-days). */
@Component
public class SendAutoCloseNoticeWorker {

    private final JobMail jobMail;

    public SendAutoCloseNoticeWorker(JobMail jobMail) {
        this.jobMail = jobMail;
    }

    @JobWorker(
            type = MailJobs.SEND_AUTO_CLOSE_NOTICE,
            fetchVariables = {MailJobs.VAR_CLAIM_REFERENCE, MailJobs.VAR_REPLY_WORKING_DAYS})
    public Map<String, Object> sendAutoCloseNotice(
            ActivatedJob job,
            @Variable(name = MailJobs.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = MailJobs.VAR_REPLY_WORKING_DAYS) Number replyWorkingDays) {
        return jobMail.queue(
                job,
                claimReference,
                MailKind.AUTO_CLOSE_NOTICE,
                JobMail.withDays(Map.of(), "replyDays", replyWorkingDays));
    }
}

package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the seller that the claim was closed because no reply came within 3 working days. */
@Component
public class SendAutoCloseNoticeWorker {

    private final JobMail jobMail;

    public SendAutoCloseNoticeWorker(JobMail jobMail) {
        this.jobMail = jobMail;
    }

    @JobWorker(
            type = MailJobs.SEND_AUTO_CLOSE_NOTICE,
            fetchVariables = {MailJobs.VAR_CLAIM_REFERENCE})
    public Map<String, Object> sendAutoCloseNotice(
            ActivatedJob job, @Variable(name = MailJobs.VAR_CLAIM_REFERENCE) String claimReference) {
        return jobMail.queue(job, claimReference, MailKind.AUTO_CLOSE_NOTICE, Map.of());
    }
}

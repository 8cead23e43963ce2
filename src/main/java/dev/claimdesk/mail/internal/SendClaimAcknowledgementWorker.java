package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the seller that the claim has been received and when to expect an answer. */
@Component
public class SendClaimAcknowledgementWorker {

    private final JobMail jobMail;

    public SendClaimAcknowledgementWorker(JobMail jobMail) {
        this.jobMail = jobMail;
    }

    @JobWorker(
            type = MailJobs.SEND_CLAIM_ACKNOWLEDGEMENT,
            fetchVariables = {MailJobs.VAR_CLAIM_REFERENCE, MailJobs.VAR_RESPONSE_WORKING_DAYS})
    public Map<String, Object> sendClaimAcknowledgement(
            ActivatedJob job,
            @Variable(name = MailJobs.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = MailJobs.VAR_RESPONSE_WORKING_DAYS) Number responseWorkingDays) {
        return jobMail.queue(
                job,
                claimReference,
                MailKind.CLAIM_ACKNOWLEDGEMENT,
                JobMail.withDays(Map.of(), "responseDays", responseWorkingDays));
    }
}

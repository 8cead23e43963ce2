package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the seller the decision on the claim: mail-templates/resolution.* words each outcome in its own template. */
@Component
public class SendResolutionWorker {

    private final JobMail jobMail;

    public SendResolutionWorker(JobMail jobMail) {
        this.jobMail = jobMail;
    }

    @JobWorker(
            type = MailJobs.SEND_RESOLUTION,
            fetchVariables = {MailJobs.VAR_CLAIM_REFERENCE, MailJobs.VAR_DECISION})
    public Map<String, Object> sendResolution(
            ActivatedJob job,
            @Variable(name = MailJobs.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = MailJobs.VAR_DECISION) Map<String, Object> decision) {
        if (decision == null || !(decision.get("outcome") instanceof String)) {
            throw new IllegalArgumentException("Process variable '" + MailJobs.VAR_DECISION + "' lacks an outcome");
        }
        return jobMail.queue(job, claimReference, MailKind.RESOLUTION, decision);
    }
}

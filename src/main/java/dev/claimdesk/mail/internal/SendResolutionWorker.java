package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the seller the decision on the claim, as the agent wrote it. */
@Component
public class SendResolutionWorker {

    private final JobMail jobMail;

    public SendResolutionWorker(JobMail jobMail) {
        this.jobMail = jobMail;
    }

    @JobWorker(
            type = MailJobs.SEND_RESOLUTION,
            fetchVariables = {MailJobs.VAR_CLAIM_REFERENCE, MailJobs.VAR_RESOLUTION})
    public Map<String, Object> sendResolution(
            ActivatedJob job,
            @Variable(name = MailJobs.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = MailJobs.VAR_RESOLUTION) String resolution) {
        return jobMail.queue(
                job,
                claimReference,
                MailKind.RESOLUTION,
                Map.of("resolution", JobMail.required(resolution, MailJobs.VAR_RESOLUTION)));
    }
}

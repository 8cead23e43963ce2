package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Asks the seller for what the agent needs; the seller's reply deadline counts from this mail. */
@Component
public class SendInfoRequestWorker {

    private final JobMail jobMail;

    public SendInfoRequestWorker(JobMail jobMail) {
        this.jobMail = jobMail;
    }

    @JobWorker(
            type = MailJobs.SEND_INFO_REQUEST,
            fetchVariables = {MailJobs.VAR_CLAIM_REFERENCE, MailJobs.VAR_QUESTION, MailJobs.VAR_REPLY_WORKING_DAYS})
    public Map<String, Object> sendInfoRequest(
            ActivatedJob job,
            @Variable(name = MailJobs.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = MailJobs.VAR_QUESTION) String question,
            @Variable(name = MailJobs.VAR_REPLY_WORKING_DAYS) Number replyWorkingDays) {
        return jobMail.queue(
                job,
                claimReference,
                MailKind.INFO_REQUEST,
                JobMail.withDays(
                        Map.of("question", JobMail.required(question, MailJobs.VAR_QUESTION)),
                        "replyDays",
                        replyWorkingDays));
    }
}

package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reminds the seller of an unanswered question before the claim is closed for silence. */
@Component
public class SendReminderWorker {

    private final JobMail jobMail;

    public SendReminderWorker(JobMail jobMail) {
        this.jobMail = jobMail;
    }

    @JobWorker(
            type = MailJobs.SEND_REMINDER,
            fetchVariables = {MailJobs.VAR_CLAIM_REFERENCE, MailJobs.VAR_QUESTION, MailJobs.VAR_REPLY_DUE})
    public Map<String, Object> sendReminder(
            ActivatedJob job,
            @Variable(name = MailJobs.VAR_CLAIM_REFERENCE) String claimReference,
            @Variable(name = MailJobs.VAR_QUESTION) String question,
            @Variable(name = MailJobs.VAR_REPLY_DUE) String replyDue) {
        return jobMail.queue(job, claimReference, MailKind.REMINDER, reminderValues(question, replyDue));
    }

    /** The due date is optional: without it the reminder just asks for a reply soon. */
    private static Map<String, Object> reminderValues(String question, String replyDue) {
        var values = new HashMap<String, Object>();
        values.put("question", JobMail.required(question, MailJobs.VAR_QUESTION));
        values.put("replyDue", replyDue);
        return values;
    }
}

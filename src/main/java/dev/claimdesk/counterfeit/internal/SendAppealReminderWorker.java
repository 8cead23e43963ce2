package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reminds the seller a working day before the appeal deadline, or before the deadline for a requested document. */
@Component
public class SendAppealReminderWorker {

    static final String APPEAL_TEXT =
            "We have not received an appeal from you. To appeal, raise a counterfeit claim with"
                    + " the brand authorization and the authenticity statement, or reply to the notice with both attached.";
    static final String DOCUMENTS_TEXT =
            "We are still waiting for the document we asked for. Please reply to our" + " request with it attached.";

    private final FindingSteps steps;

    public SendAppealReminderWorker(FindingSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = CounterfeitAppeal.JOB_SEND_REMINDER,
            fetchVariables = {CounterfeitAppeal.VAR_FINDING_REFERENCE, CounterfeitAppeal.VAR_REMINDER_OF, "dueAt"})
    public void sendReminder(
            ActivatedJob job,
            @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference,
            @Variable(name = CounterfeitAppeal.VAR_REMINDER_OF) String reminderOf,
            @Variable(name = "dueAt") String dueAt) {
        boolean documents = "documents".equals(reminderOf);
        String due = steps.readable(OffsetDateTime.parse(dueAt).toInstant());
        steps.inTransaction(() -> {
            var finding = steps.finding(reference);
            steps.mail(
                    job,
                    finding,
                    MailKind.COUNTERFEIT_REMINDER,
                    Map.of("reminderText", documents ? DOCUMENTS_TEXT : APPEAL_TEXT, "dueText", due));
            steps.audit(
                    finding,
                    job,
                    documents ? FindingAudited.DOCUMENTS_REMINDER_SENT : FindingAudited.APPEAL_REMINDER_SENT,
                    "Due " + due);
        });
    }
}

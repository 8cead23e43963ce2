package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Asks the seller for a missing or unreadable document. The deadline counts from the mail (queued once per job), so a
 * job delivered again states and returns the same date.
 */
@Component
public class RequestDocumentsWorker {

    private final FindingSteps steps;
    private final BusinessCalendar calendar;

    public RequestDocumentsWorker(FindingSteps steps, BusinessCalendar calendar) {
        this.steps = steps;
        this.calendar = calendar;
    }

    @JobWorker(
            type = CounterfeitAppeal.JOB_REQUEST_DOCUMENTS,
            fetchVariables = {
                CounterfeitAppeal.VAR_FINDING_REFERENCE,
                CounterfeitAppeal.VAR_MISSING_DOCUMENTS,
                CounterfeitAppeal.VAR_DOCUMENTS_WORKING_DAYS
            })
    public Map<String, Object> requestDocuments(
            ActivatedJob job,
            @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference,
            @Variable(name = CounterfeitAppeal.VAR_MISSING_DOCUMENTS) String missing,
            @Variable(name = CounterfeitAppeal.VAR_DOCUMENTS_WORKING_DAYS) int workingDays) {
        return steps.inTransaction(() -> {
            var finding = steps.finding(reference);
            var provisional = calendar.dueFromNow(workingDays);
            var queuedAt = steps.mail(
                    job,
                    finding,
                    MailKind.COUNTERFEIT_DOCUMENTS_REQUEST,
                    Map.of("question", missing, "dueText", steps.readable(provisional)));
            var due = calendar.addWorkingDays(queuedAt, workingDays);
            steps.store().set(reference, "documents_due_at", due);
            steps.store().status(reference, FindingStatus.WAITING_FOR_DOCUMENTS);
            steps.audit(finding, job, FindingAudited.DOCUMENTS_REQUESTED, missing);
            return Map.<String, Object>of(
                    "documentsRequestedAt",
                    queuedAt.toString(),
                    CounterfeitAppeal.VAR_DOCUMENTS_DUE_AT,
                    calendar.timerDate(due));
        });
    }
}

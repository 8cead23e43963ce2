package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.mail.MailKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Emails the seller the finding's notice with the appeal deadline, and opens the appeal window on the finding. */
@Component
public class SendNoticeWorker {

    private final FindingSteps steps;

    public SendNoticeWorker(FindingSteps steps) {
        this.steps = steps;
    }

    @JobWorker(
            type = CounterfeitAppeal.JOB_SEND_NOTICE,
            fetchVariables = {CounterfeitAppeal.VAR_FINDING_REFERENCE, CounterfeitAppeal.VAR_APPEAL_DUE_AT})
    public void sendNotice(
            ActivatedJob job,
            @Variable(name = CounterfeitAppeal.VAR_FINDING_REFERENCE) String reference,
            @Variable(name = CounterfeitAppeal.VAR_APPEAL_DUE_AT) String appealDueAt) {
        var due = OffsetDateTime.parse(appealDueAt).toInstant();
        steps.inTransaction(() -> sendTo(job, steps.finding(reference), due));
    }

    private void sendTo(ActivatedJob job, Finding finding, Instant due) {
        String reference = finding.reference();
        var queuedAt = steps.mail(
                job,
                finding,
                MailKind.COUNTERFEIT_NOTICE,
                Map.of(
                        "findingReason", finding.reason(),
                        "appealDue", steps.readable(due),
                        "penaltyPosted", finding.penaltyPostingId() != null));
        if (finding.noticeSentAt() == null) {
            steps.store().set(reference, "notice_sent_at", queuedAt);
            steps.store().set(reference, "appeal_due_at", due);
        }
        if (finding.status() == FindingStatus.RECORDED) {
            steps.store().status(reference, FindingStatus.NOTIFIED); // an appeal may have come before the notice
        }
        steps.audit(finding, job, FindingAudited.NOTICE_SENT, "Appeal deadline " + steps.readable(due));
    }
}

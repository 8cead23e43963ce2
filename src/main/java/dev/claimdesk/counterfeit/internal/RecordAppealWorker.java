package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.ThreadEntry;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The seller appealed (a counterfeit claim, or a reply to the notice), or sent the document the reviewer asked for: the
 * finding goes (back) to review. A reply counts with whatever it carries; the reviewer judges the documents.
 */
@Component
public class RecordAppealWorker {

    private final FindingSteps steps;
    private final Mailbox mailbox;

    public RecordAppealWorker(FindingSteps steps, Mailbox mailbox) {
        this.steps = steps;
        this.mailbox = mailbox;
    }

    @JobWorker(
            type = CounterfeitAppeal.JOB_RECORD_APPEAL,
            fetchVariables = {
                CounterfeitAppeal.VAR_FINDING_REFERENCE,
                MailJobs.VAR_SELLER_REPLY_ID,
                MailJobs.VAR_SELLER_REPLIED_AT
            })
    public void recordAppeal(ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        String reference = (String) variables.get(CounterfeitAppeal.VAR_FINDING_REFERENCE);
        steps.inTransaction(() -> record(job, steps.finding(reference), variables));
    }

    private void record(ActivatedJob job, Finding finding, Map<String, Object> variables) {
        var store = steps.store();
        String reference = finding.reference();
        boolean documents = finding.status() == FindingStatus.WAITING_FOR_DOCUMENTS;
        boolean byClaim = !documents && "claim".equals(finding.appealChannel());
        String details;
        if (byClaim) {
            details = "Claim " + finding.appealClaimReference();
        } else {
            long replyId = ((Number) variables.get(MailJobs.VAR_SELLER_REPLY_ID)).longValue();
            details = "Reply by email with " + attachments(reference, replyId);
            if (!documents && finding.appealChannel() == null) {
                store.set(reference, "appeal_channel", "email");
                store.set(reference, "appealed_at", Instant.parse((String)
                        variables.get(MailJobs.VAR_SELLER_REPLIED_AT)));
            }
        }
        store.status(reference, FindingStatus.IN_REVIEW);
        steps.audit(
                finding, job, documents ? FindingAudited.DOCUMENTS_RECEIVED : FindingAudited.APPEAL_RECEIVED, details);
    }

    private String attachments(String reference, long replyId) {
        var files = mailbox.thread(reference).stream()
                .filter(e -> e.id() == replyId)
                .flatMap(e -> e.attachments().stream())
                .filter(ThreadEntry.Attachment::kept)
                .map(ThreadEntry.Attachment::fileName)
                .toList();
        return files.isEmpty() ? "no attachment" : files.size() + " attachment(s): " + String.join(", ", files);
    }
}

package dev.claimdesk.workspace.web;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimDetails;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.ThreadEntry;
import dev.claimdesk.tasks.Reopened;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.SlaState;
import dev.claimdesk.workspace.internal.ClaimFacts;
import dev.claimdesk.workspace.internal.HistoryWords;
import dev.claimdesk.workspace.internal.SlaClock;
import dev.claimdesk.workspace.internal.TaskForms;
import dev.claimdesk.workspace.internal.TaskPanel;
import dev.claimdesk.workspace.internal.TeamNames;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything the claim view shows, gathered from the modules' APIs: the claim, its order and bill data, its mail
 * thread, its audit trail, its tasks, and the open task with its form.
 */
@Component
class ClaimPage {

    /** A claim field as the page lists it; code (API requests and responses) keeps its line breaks. */
    record FieldLine(String label, String value, boolean code) {}

    /** The seller was asked for information: when, and by when the reply is due (docs/domain.md rule 4). */
    record Waiting(Instant askedAt, Instant replyDue, Instant remindAt) {}

    private final Claims claims;
    private final Tasks tasks;
    private final Mailbox mailbox;
    private final ClaimFacts facts;
    private final TaskForms forms;
    private final SlaClock sla;
    private final Findings findings;

    private final dev.claimdesk.rtv.RtvCases rtvCases;
    private final TeamNames teamNames;

    ClaimPage(
            Claims claims,
            Tasks tasks,
            Mailbox mailbox,
            ClaimFacts facts,
            TaskForms forms,
            SlaClock sla,
            Findings findings,
            dev.claimdesk.rtv.RtvCases rtvCases,
            TeamNames teamNames) {
        this.teamNames = teamNames;
        this.findings = findings;
        this.rtvCases = rtvCases;
        this.claims = claims;
        this.tasks = tasks;
        this.mailbox = mailbox;
        this.facts = facts;
        this.forms = forms;
        this.sla = sla;
    }

    /** The claim, if it exists and the person may see it (404 / 403 otherwise). */
    ClaimDetails visibleClaim(String reference, Worker worker) {
        ClaimDetails claim = claims.details(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No claim " + reference + "."));
        if (!tasks.mayView(claim.summary().reference(), worker)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Claim " + reference + " is handled by another team.");
        }
        return claim;
    }

    void fill(
            Model model,
            ClaimDetails claim,
            Worker worker,
            Map<String, List<String>> submitted,
            Map<String, String> errors,
            String formError) {
        String reference = claim.summary().reference();
        List<ThreadEntry> thread = mailbox.thread(reference);
        model.addAttribute("claim", claim);
        model.addAttribute("summary", claim.summary());
        model.addAttribute("fields", fields(claim));
        model.addAttribute("facts", facts.of(claim));
        // a wrong-return claim is verified against the RTV case its appeal reference names
        var rtvCase = rtvCases.byClaim(reference);
        model.addAttribute("rtvCase", rtvCase.orElse(null));
        model.addAttribute(
                "rtvPhotos", rtvCase.map(r -> rtvCases.photos(r.reference())).orElse(List.of()));
        model.addAttribute("entries", thread);
        model.addAttribute("history", HistoryWords.of(claims.history(reference), teamNames.forPage()));
        List<TaskView> claimTasks = tasks.historyOf(TaskSubject.claim(reference));
        model.addAttribute("claimTasks", claimTasks);
        model.addAttribute("marks", marks(claim, claimTasks));
        model.addAttribute("waiting", waiting(claim, thread));
        model.addAttribute(
                "panel",
                tasks.openTaskOf(TaskSubject.claim(reference), worker)
                        .map(t -> TaskPanel.of(t, worker, sla, forms, submitted, errors, formError))
                        .orElse(null));
        model.addAttribute("zone", sla.zone());
        if (claim.category() == ClaimCategory.COUNTERFEIT_APPEAL) {
            // the agent sees whether the claim appeals a finding, or that no finding exists for the item
            model.addAttribute(
                    "finding",
                    findings.latestFor(
                                    claim.summary().shop(),
                                    claim.fields().get(ClaimField.ORDER_NUMBER),
                                    claim.fields().get(ClaimField.SKU))
                            .orElse(null));
        }
    }

    private static List<FieldLine> fields(ClaimDetails claim) {
        return claim.category().fields().stream()
                .filter(f -> claim.fields().get(f) != null)
                .map(f -> new FieldLine(f.label(), f.display(claim.fields().get(f)), f.type() == ClaimField.Type.CODE))
                .toList();
    }

    /**
     * What changed, for the page's top: the open task came back because the seller replied (and since when), the
     * first-response deadline is today.
     */
    record Marks(Instant sellerRepliedAt, String sellerRepliedAgo, boolean dueToday) {

        public boolean sellerReplied() {
            return sellerRepliedAgo != null;
        }
    }

    private Marks marks(ClaimDetails claim, List<TaskView> claimTasks) {
        Reopened reopened = claimTasks.stream()
                .filter(TaskView::isOpen)
                .reduce((first, second) -> second)
                .map(TaskView::reopened)
                .filter(Reopened::bySellerReply)
                .orElse(null);
        Instant responseDue =
                claim.deadlines() == null ? null : claim.deadlines().responseDueAt();
        boolean dueToday = claim.summary().status().isOpen()
                && claim.summary().status() != ClaimStatus.WAITING_FOR_SELLER
                && sla.state(responseDue) == SlaState.DUE_TODAY;
        return new Marks(
                reopened == null ? null : reopened.at(),
                reopened == null ? null : (reopened.at() == null ? "" : sla.ago(reopened.at())),
                dueToday);
    }

    /** The seller's reply deadline as the process computed and stored it (ADR 121); null while it has not yet. */
    private static Waiting waiting(ClaimDetails claim, List<ThreadEntry> thread) {
        if (claim.summary().status() != ClaimStatus.WAITING_FOR_SELLER) {
            return null;
        }
        var deadlines = claim.deadlines();
        return thread.stream()
                .filter(e -> e.kind() == MailKind.INFO_REQUEST)
                .max(Comparator.comparing(ThreadEntry::at))
                .map(e -> new Waiting(e.at(), deadlines.replyDueAt(), deadlines.reminderAt()))
                .orElse(null);
    }
}

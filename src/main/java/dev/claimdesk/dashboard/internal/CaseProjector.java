package dev.claimdesk.dashboard.internal;

import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.Decision;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.WrongReturnRtv;
import java.time.Instant;

/**
 * Turns the audit entries of RTV cases and counterfeit findings into the same figures as claims (ADR 0185): opened,
 * closed with the process's own outcome, resolution time in working hours, the deadline now running (for "due today"
 * and the backlog), deadlines met and missed, reminders and penalties. Met and missed are read from the entry's word
 * (a collected pickup, a claim raised, an appeal received; an uncollected or lapsed case, no appeal): the processes'
 * timers enforce the deadlines, so the word is the verdict. Only fields that are set once are read from the case, so
 * the live projection and a rebuild from the stored trail give the same figures.
 */
final class CaseProjector {

    /** Cases have no claim category: the category filter narrows claims only. */
    static final String NO_CATEGORY = "";

    private final Projector projector;

    CaseProjector(Projector projector) {
        this.projector = projector;
    }

    void apply(TrackedClaim tracked, RtvCaseAudited event, Projector.Sink sink) {
        RtvCase rtv = event.rtvCase();
        open(tracked, event.process(), rtv.country(), WrongReturnRtv.WAREHOUSE_GROUP, rtv.requestedAt(), sink);
        Instant at = event.entry().at();
        switch (event.entry().event()) {
            case RtvCaseAudited.PICKUP_SCHEDULED -> tracked.responseDueAt = rtv.pickupDueAt();
            case RtvCaseAudited.APPEAL_REGISTERED -> tracked.responseDueAt = rtv.claimWindowClosesAt();
            case RtvCaseAudited.COLLECTED, RtvCaseAudited.CLAIM_RAISED ->
                deadline(tracked, at, Figure.DEADLINE_MET, sink);
            case RtvCaseAudited.WINDOW_REMINDER_SENT -> count(tracked, at, Figure.REMINDED, sink);
            case RtvCaseAudited.CLOSED_UNCOLLECTED -> {
                deadline(tracked, at, Figure.DEADLINE_MISSED, sink);
                projector.close(tracked, at, Figure.RTV_UNCOLLECTED, sink);
            }
            case RtvCaseAudited.APPEAL_LAPSED -> {
                deadline(tracked, at, Figure.DEADLINE_MISSED, sink);
                projector.close(tracked, at, Figure.RTV_APPEAL_LAPSED, sink);
            }
            case RtvCaseAudited.CLOSED_NO_APPEAL -> projector.close(tracked, at, Figure.RTV_CLOSED_NO_APPEAL, sink);
            case RtvCaseAudited.CLAIM_ACCEPTED -> projector.close(tracked, at, Figure.RTV_COMPENSATED, sink);
            case RtvCaseAudited.CLAIM_NOT_ACCEPTED -> projector.close(tracked, at, Figure.RTV_CLAIM_REJECTED, sink);
            default -> {
                // photos, mails: no figure
            }
        }
    }

    void apply(TrackedClaim tracked, FindingAudited event, Projector.Sink sink) {
        Finding finding = event.finding();
        open(tracked, event.process(), finding.country(), CounterfeitAppeal.TEAM, finding.recordedAt(), sink);
        Instant at = event.entry().at();
        switch (event.entry().event()) {
            case FindingAudited.NOTICE_SENT -> tracked.responseDueAt = finding.appealDueAt();
            case FindingAudited.DOCUMENTS_REQUESTED -> tracked.responseDueAt = finding.documentsDueAt();
            case FindingAudited.APPEAL_RECEIVED, FindingAudited.APPEALED_BY_CLAIM, FindingAudited.DOCUMENTS_RECEIVED ->
                deadline(tracked, at, Figure.DEADLINE_MET, sink);
            case FindingAudited.APPEAL_REMINDER_SENT, FindingAudited.DOCUMENTS_REMINDER_SENT ->
                count(tracked, at, Figure.REMINDED, sink);
            case FindingAudited.DECIDED -> decided(tracked, at, finding.decision(), sink);
            case FindingAudited.PENALTY_POSTED ->
                projector.money(tracked, at, Figure.PENALTY, finding.penaltyAmount(), finding.currency(), sink);
            case FindingAudited.PENALTY_REVERSED ->
                projector.money(
                        tracked, at, Figure.PENALTY_REVERSED, finding.penaltyAmount(), finding.currency(), sink);
            default -> {
                // mails, delisting: no figure
            }
        }
    }

    private void decided(TrackedClaim tracked, Instant at, Decision decision, Projector.Sink sink) {
        if (decision == null) {
            return; // a decision entry always follows the stored decision; nothing to count without one
        }
        Figure outcome = switch (decision) {
            case NO_APPEAL -> Figure.FINDING_NO_APPEAL;
            case UPHELD -> Figure.FINDING_UPHELD;
            case DOCUMENTS_LAPSED -> Figure.FINDING_DOCUMENTS_LAPSED;
            case OVERTURNED -> Figure.FINDING_OVERTURNED;
        };
        if (decision == Decision.NO_APPEAL || decision == Decision.DOCUMENTS_LAPSED) {
            deadline(tracked, at, Figure.DEADLINE_MISSED, sink);
        }
        projector.close(tracked, at, outcome, sink);
    }

    private void open(
            TrackedClaim tracked, String process, String country, String team, Instant openedAt, Projector.Sink sink) {
        if (tracked.submittedAt != null) {
            return;
        }
        tracked.process = process;
        tracked.category = NO_CATEGORY;
        tracked.country = country == null ? "" : country;
        tracked.team = team;
        tracked.submittedAt = openedAt;
        tracked.responseFrom = openedAt;
        count(tracked, openedAt, Figure.OPENED, sink);
    }

    /** A deadline kept or missed; the case waits on none until the process sets the next. */
    private void deadline(TrackedClaim tracked, Instant at, Figure verdict, Projector.Sink sink) {
        count(tracked, at, verdict, sink);
        tracked.responseDueAt = null;
    }

    private void count(TrackedClaim tracked, Instant at, Figure figure, Projector.Sink sink) {
        Projector.count(sink, tracked, projector.key(tracked, at, figure));
    }
}

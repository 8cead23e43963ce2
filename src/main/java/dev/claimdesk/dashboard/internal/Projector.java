package dev.claimdesk.dashboard.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.ClaimEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Turns one claim's audit events into the dashboard's daily figures and duration samples. Pure logic over the claim's
 * {@link TrackedClaim} state: the live listener and the bulk history load both use it, so the figures mean the same
 * either way. Every figure is dated by the team's local day of the event.
 */
final class Projector {

    /** Where the figures go: counts (with an amount for money) and duration samples. */
    interface Sink {
        void count(Key key, long n, BigDecimal amount);

        void duration(Key key, long workingMinutes);
    }

    /** The dimensions a figure is kept by; {@code agent} and {@code currency} are empty when they do not apply. */
    record Key(
            LocalDate day,
            Figure figure,
            String process,
            String category,
            String country,
            String team,
            String agent,
            String currency) {}

    private final BusinessCalendar calendar;
    private final int responseWorkingDays;

    Projector(BusinessCalendar calendar, int responseWorkingDays) {
        this.calendar = calendar;
        this.responseWorkingDays = responseWorkingDays;
    }

    void apply(TrackedClaim claim, ClaimEvent event, Sink sink) {
        if (claim.submittedAt == null) {
            claim.process = event.process();
            claim.category = event.category().name();
            claim.country = event.country();
            claim.submittedAt = event.submittedAt();
            claim.responseFrom = event.submittedAt();
            claim.responseDueAt = calendar.addWorkingDays(event.submittedAt(), responseWorkingDays);
            count(sink, claim, key(claim, event.submittedAt(), Figure.OPENED));
        }
        Instant at = event.at();
        switch (event.event()) {
            case ClaimEvent.ROUTED -> routed(claim, event.fact(ClaimEvent.FACT_TEAM), sink);
            case ClaimEvent.ASSIGNED -> {
                claim.assignee = event.fact(ClaimEvent.FACT_ASSIGNEE);
                claim.assignedAt = at;
            }
            case ClaimEvent.DECIDED -> taskDone(claim, event, sink);
            case ClaimEvent.INFO_REQUESTED -> {
                firstResponse(claim, at, sink);
                count(sink, claim, key(claim, at, Figure.INFO_REQUESTED));
                claim.responseDueAt = null;
            }
            case ClaimEvent.REMINDED -> count(sink, claim, key(claim, at, Figure.REMINDED));
            case ClaimEvent.SELLER_REPLIED -> {
                count(sink, claim, key(claim, at, Figure.SELLER_REPLIED));
                claim.responseFrom = at;
                claim.responseDueAt = calendar.addWorkingDays(at, responseWorkingDays);
            }
            case ClaimEvent.SLA_BREACHED -> count(sink, claim, key(claim, at, Figure.SLA_BREACHED));
            case ClaimEvent.ACCEPTED -> {
                firstResponse(claim, at, sink);
                actions(claim, event, sink);
                close(claim, at, Figure.ACCEPTED, sink);
            }
            case ClaimEvent.REJECTED -> {
                firstResponse(claim, at, sink);
                close(claim, at, Figure.REJECTED, sink);
            }
            case ClaimEvent.INVALID -> {
                firstResponse(claim, at, sink);
                close(claim, at, Figure.INVALID, sink);
            }
            case ClaimEvent.AUTO_CLOSED -> close(claim, at, Figure.AUTO_CLOSED, sink);
            default -> {
                // other steps (validated, acknowledged, mails) change no figure
            }
        }
    }

    /** The claim was opened before its team was known: its "opened" moves from no team to its team. */
    private void routed(TrackedClaim claim, String team, Sink sink) {
        if (team == null || team.equals(claim.team)) {
            return;
        }
        sink.count(key(claim, claim.submittedAt, Figure.OPENED), -1, null);
        claim.team = team;
        count(sink, claim, key(claim, claim.submittedAt, Figure.OPENED));
    }

    private void firstResponse(TrackedClaim claim, Instant at, Projector.Sink sink) {
        if (claim.firstResponseAt != null) {
            return;
        }
        claim.firstResponseAt = at;
        Key key = key(claim, at, Figure.FIRST_RESPONSE);
        count(sink, claim, key);
        sink.duration(key, WorkingTime.minutes(calendar, claim.submittedAt, at));
        if (at.isAfter(calendar.addWorkingDays(claim.submittedAt, responseWorkingDays))) {
            count(sink, claim, key(claim, at, Figure.FIRST_RESPONSE_LATE));
        }
    }

    private void taskDone(TrackedClaim claim, ClaimEvent event, Sink sink) {
        String agent = event.actor();
        Instant from = claim.assignedAt != null && agent.equals(claim.assignee) ? claim.assignedAt : claim.responseFrom;
        Key done = new Key(
                day(event.at()), Figure.TASK_DONE, claim.process, claim.category, claim.country, claim.team, agent, "");
        sink.count(done, 1, null);
        sink.duration(done, WorkingTime.minutes(calendar, from, event.at()));
        if (claim.responseDueAt != null && event.at().isAfter(claim.responseDueAt)) {
            sink.count(
                    new Key(
                            done.day(),
                            Figure.TASK_LATE,
                            claim.process,
                            claim.category,
                            claim.country,
                            claim.team,
                            agent,
                            ""),
                    1,
                    null);
        }
        claim.assignee = null;
        claim.assignedAt = null;
    }

    private void actions(TrackedClaim claim, ClaimEvent event, Sink sink) {
        if (event.fact(ClaimEvent.FACT_ITEM_CANCELLED) != null) {
            count(sink, claim, key(claim, event.at(), Figure.ITEM_CANCELLED));
        }
        money(
                claim,
                event,
                Figure.ADJUSTMENT,
                ClaimEvent.FACT_ADJUSTMENT_AMOUNT,
                ClaimEvent.FACT_ADJUSTMENT_CURRENCY,
                sink);
        money(claim, event, Figure.PENALTY, ClaimEvent.FACT_PENALTY_AMOUNT, ClaimEvent.FACT_PENALTY_CURRENCY, sink);
    }

    private void money(
            TrackedClaim claim, ClaimEvent event, Figure figure, String amountFact, String currencyFact, Sink sink) {
        String amount = event.fact(amountFact);
        if (amount != null) {
            money(claim, event.at(), figure, new BigDecimal(amount), event.fact(currencyFact), sink);
        }
    }

    /** An amount posted, counted per currency. */
    void money(TrackedClaim claim, Instant at, Figure figure, BigDecimal amount, String currency, Sink sink) {
        Key base = key(claim, at, figure);
        sink.count(
                new Key(
                        base.day(),
                        figure,
                        base.process(),
                        base.category(),
                        base.country(),
                        base.team(),
                        "",
                        currency == null ? "" : currency),
                1,
                amount);
    }

    void close(TrackedClaim claim, Instant at, Figure outcome, Sink sink) {
        if (claim.closedAt != null) {
            return;
        }
        claim.closedAt = at;
        claim.outcome = outcome.name();
        claim.responseDueAt = null;
        count(sink, claim, key(claim, at, Figure.CLOSED));
        count(sink, claim, key(claim, at, outcome));
        Key resolved = key(claim, at, Figure.RESOLVED);
        count(sink, claim, resolved);
        sink.duration(resolved, WorkingTime.minutes(calendar, claim.submittedAt, at));
    }

    static void count(Sink sink, TrackedClaim claim, Key key) {
        sink.count(key, 1, null);
    }

    Key key(TrackedClaim claim, Instant at, Figure figure) {
        return new Key(day(at), figure, claim.process, claim.category, claim.country, claim.team, "", "");
    }

    LocalDate day(Instant at) {
        return at.atZone(calendar.zone()).toLocalDate();
    }
}

package dev.claimdesk.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the dashboard page shows for one filter. */
public record DashboardView(
        DashboardFilter filter,
        List<DayCount> days,
        long opened,
        long closed,
        Backlog backlog,
        Sla sla,
        SellerReplies replies,
        Durations durations,
        Outcomes outcomes,
        List<OutcomeRow> outcomeRows,
        Deadlines deadlines,
        List<ProcessRow> processes,
        Actions actions,
        List<HandlingRow> teams,
        List<HandlingRow> agents,
        List<Incident> incidents) {

    public record DayCount(LocalDate day, long opened, long closed) {}

    /** Open claims now, by age in working days and by team queue. */
    public record Backlog(long total, List<String> ages, List<Long> byAge, List<QueueRow> queues) {}

    /** @param byAge one count per age bucket, in the order of {@link Backlog#ages()} */
    public record QueueRow(String team, long total, List<Long> byAge) {}

    /**
     * @param firstResponses first answers given in the period; {@code onTime} within the deadline
     * @param breaches response deadlines the engine marked missed in the period
     * @param dueToday open claims whose response deadline ends today
     */
    public record Sla(long firstResponses, long onTime, long late, long breaches, long dueToday) {
        public Double onTimePercent() {
            return firstResponses == 0 ? null : 100.0 * onTime / firstResponses;
        }
    }

    public record SellerReplies(long asked, long reminded, long replied, long autoClosed) {
        /** Auto-closed among the questions that ended (replied or auto-closed). */
        public Double autoCloseRate() {
            long ended = replied + autoClosed;
            return ended == 0 ? null : 100.0 * autoClosed / ended;
        }
    }

    /** In working hours; null when nothing was measured. */
    public record Durations(
            long firstResponses,
            Double firstResponseP50,
            Double firstResponseP90,
            long resolved,
            Double resolutionP50,
            Double resolutionP90) {}

    public record Outcomes(long accepted, long rejected, long autoClosed, long invalid) {}

    /** One outcome of the filtered process, with its label and where its cases are listed. */
    public record OutcomeRow(String label, long count, String link) {}

    /**
     * The deadlines of RTV cases and counterfeit findings (ADR 0185): kept (a pickup or a claim in its window, an
     * appeal or a document in time) or missed (uncollected, lapsed, no appeal), reminders sent, and open cases whose
     * deadline ends today.
     */
    public record Deadlines(long met, long missed, long reminded, long dueToday) {
        public Double metPercent() {
            return met + missed == 0 ? null : 100.0 * met / (met + missed);
        }
    }

    /**
     * One process over the period (shown when no process is chosen): its volumes, open cases now, and its deadlines
     * kept and missed (claims: first answers within the response deadline, and response deadlines missed).
     */
    public record ProcessRow(
            String process, String label, String link, long opened, long closed, long open, long met, long missed) {}

    public record Actions(long itemsCancelled, List<Money> adjustments, List<Money> penalties, List<Money> reversals) {}

    public record Money(String currency, long count, BigDecimal amount) {}

    /** A job that failed with no retries left, waiting for a person. */
    public record Incident(
            long jobKey,
            String jobType,
            long processInstanceKey,
            String elementId,
            String claimReference,
            String error,
            java.time.Instant failedAt) {}

    /** Per team ({@code agent} null) or per agent: tasks done, the median handling time, tasks done late. */
    public record HandlingRow(String team, String agent, long tasksDone, Double medianHours, long late) {}
}

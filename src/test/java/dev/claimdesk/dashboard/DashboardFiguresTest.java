package dev.claimdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.dashboard.internal.DashboardFilter;
import dev.claimdesk.dashboard.internal.DashboardQuery;
import dev.claimdesk.dashboard.internal.DashboardView;
import dev.claimdesk.platform.JobFailed;
import dev.claimdesk.support.ClaimDeskTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every figure of the dashboard against a fixture computed by hand, on the team's calendar (cn, Asia/Shanghai): the
 * National Day holidays (1-7 October 2026), the make-up working day of Saturday 10 October, the Mid-Autumn holiday of
 * Sunday 27 September, and the period's first and last local days. The fixture's claims carry a process name of their
 * own, so the figures of other tests' claims (same database) never mix in.
 *
 * <pre>
 * A  BILL_BREAKDOWN KE billing      submitted Wed 30.09 16:00; ann takes it 08.10 09:00, accepts 11:00 with a credit of
 *                                   25.50 KES. First response = resolution = 8 h (30.09) + 0 (holidays) + 11 h = 19 h,
 *                                   on time (due end of Sat 10.10). Handling 2 h.
 * B  SEKO_WAREHOUSE NG warehouse    submitted Fri 09.10 20:00; bob takes it 12.10 08:00, asks the seller 10:00: first
 *                                   response 4 h + 24 h (Sat 10.10, make-up day) + 0 (Sun) + 10 h = 38 h, on time.
 *                                   Reminded 14.10, auto-closed 15.10 (after the first period).
 * C  CANCEL_WRONG_ORDER NG support  submitted Mon 28.09 10:00, due end of Thu 08.10; breach marked 09.10 00:00; ann
 *                                   rejects 09.10 10:30: 14 + 24 + 24 + 0 + 24 + 10.5 = 96.5 h, late. Handling 1.5 h,
 *                                   after the deadline.
 * D  BILL_DELAYED KE billing        submitted Sun 27.09 23:30 (a holiday, before the period); carl accepts 28.09
 *                                   00:30: 0.5 h (the holiday does not count).
 * E  COUNTERFEIT NG counterfeit     submitted 12.10 23:59:59 (the period's last day), open.
 * F  COUNTERFEIT NG (not routed)    submitted 13.10 00:00 (the day after the period), open.
 * G  BILL_DELAYED KE billing        submitted 3 working days before today, open: its answer is due today.
 * </pre>
 */
@ClaimDeskTest
class DashboardFiguresTest {

    static final LocalDate FROM = LocalDate.of(2026, 9, 28);
    static final LocalDate TO = LocalDate.of(2026, 10, 12);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DashboardQuery query;

    @Autowired
    BusinessCalendar calendar;

    String process;

    @BeforeEach
    void fixture() {
        process = "Fixture-" + UUID.randomUUID().toString().substring(0, 8);
        var a = claim("A", ClaimCategory.BILL_BREAKDOWN, "KE", "2026-09-30T16:00");
        a.step("2026-09-30T16:00", "system", ClaimEvent.ROUTED, Map.of(ClaimEvent.FACT_TEAM, "billing"));
        a.step("2026-10-08T09:00", "ann", ClaimEvent.ASSIGNED, Map.of(ClaimEvent.FACT_ASSIGNEE, "ann"));
        a.step("2026-10-08T11:00", "ann", ClaimEvent.DECIDED, Map.of());
        a.step(
                "2026-10-08T11:00",
                "ann",
                ClaimEvent.ACCEPTED,
                Map.of(ClaimEvent.FACT_ADJUSTMENT_AMOUNT, "25.50", ClaimEvent.FACT_ADJUSTMENT_CURRENCY, "KES"));

        var b = claim("B", ClaimCategory.SEKO_WAREHOUSE, "NG", "2026-10-09T20:00");
        b.step("2026-10-09T20:00", "system", ClaimEvent.ROUTED, Map.of(ClaimEvent.FACT_TEAM, "warehouse-claims"));
        b.step("2026-10-12T08:00", "bob", ClaimEvent.ASSIGNED, Map.of(ClaimEvent.FACT_ASSIGNEE, "bob"));
        b.step("2026-10-12T10:00", "bob", ClaimEvent.DECIDED, Map.of());
        b.step("2026-10-12T10:00", "bob", ClaimEvent.INFO_REQUESTED, Map.of());
        b.step("2026-10-14T09:00", "system", ClaimEvent.REMINDED, Map.of());
        b.step("2026-10-15T23:59:59.999", "system", ClaimEvent.AUTO_CLOSED, Map.of());

        var c = claim("C", ClaimCategory.CANCEL_WRONG_ORDER, "NG", "2026-09-28T10:00");
        c.step("2026-09-28T10:00", "system", ClaimEvent.ROUTED, Map.of(ClaimEvent.FACT_TEAM, "seller-support"));
        c.step("2026-10-09T00:00", "system", ClaimEvent.SLA_BREACHED, Map.of());
        c.step("2026-10-09T09:00", "ann", ClaimEvent.ASSIGNED, Map.of(ClaimEvent.FACT_ASSIGNEE, "ann"));
        c.step("2026-10-09T10:30", "ann", ClaimEvent.DECIDED, Map.of());
        c.step("2026-10-09T10:30", "ann", ClaimEvent.REJECTED, Map.of());

        var d = claim("D", ClaimCategory.BILL_DELAYED_RECEIVABLES, "KE", "2026-09-27T23:30");
        d.step("2026-09-27T23:30", "system", ClaimEvent.ROUTED, Map.of(ClaimEvent.FACT_TEAM, "billing"));
        d.step("2026-09-28T00:30", "carl", ClaimEvent.DECIDED, Map.of());
        d.step("2026-09-28T00:30", "carl", ClaimEvent.ACCEPTED, Map.of());

        var e = claim("E", ClaimCategory.COUNTERFEIT_APPEAL, "NG", "2026-10-12T23:59:59");
        e.step("2026-10-12T23:59:59", "system", ClaimEvent.ROUTED, Map.of(ClaimEvent.FACT_TEAM, "counterfeit"));

        claim("F", ClaimCategory.COUNTERFEIT_APPEAL, "NG", "2026-10-13T00:00");

        // other tests move the application clock: "today" may be a rest day, when nothing can be due today
        LocalDate today = query.today();
        gIsDueToday = calendar.isWorkingDay(today);
        if (gIsDueToday) {
            LocalDate submitted = today.minusDays(1);
            while (!calendar.addWorkingDays(submitted, 3).equals(today)) {
                submitted = submitted.minusDays(1);
            }
            var g = claim("G", ClaimCategory.BILL_DELAYED_RECEIVABLES, "KE", submitted + "T12:00");
            g.step(submitted + "T12:00", "system", ClaimEvent.ROUTED, Map.of(ClaimEvent.FACT_TEAM, "billing"));
        }
    }

    boolean gIsDueToday;

    @Test
    void everyFigureOfThePeriodMatchesTheHandComputedFixture() {
        DashboardView view = query.load(filter(FROM, TO, Map.of()));

        assertThat(view.opened())
                .as("A, B, C, E (D the day before, F the day after)")
                .isEqualTo(4);
        assertThat(view.closed()).as("A, C, D").isEqualTo(3);
        assertThat(view.days()).hasSize(15);
        assertThat(view.days().getFirst()).isEqualTo(new DashboardView.DayCount(FROM, 1, 1));
        assertThat(view.days().getLast()).isEqualTo(new DashboardView.DayCount(TO, 1, 0));
        assertThat(dayOf(view, "2026-10-08"))
                .isEqualTo(new DashboardView.DayCount(LocalDate.parse("2026-10-08"), 0, 1));

        assertThat(view.sla()).as("G is due today").isEqualTo(new DashboardView.Sla(4, 3, 1, 1, gIsDueToday ? 1 : 0));
        assertThat(view.sla().onTimePercent()).isEqualTo(75.0);

        assertThat(view.replies()).isEqualTo(new DashboardView.SellerReplies(1, 0, 0, 0));
        assertThat(view.replies().autoCloseRate()).isNull();

        assertThat(view.durations())
                .as("first responses 0.5, 19, 38, 96.5 h; resolutions 0.5, 19, 96.5 h (nearest rank)")
                .isEqualTo(new DashboardView.Durations(4, 19.0, 96.5, 3, 19.0, 96.5));

        assertThat(view.outcomes()).isEqualTo(new DashboardView.Outcomes(2, 1, 0, 0));
        assertThat(view.actions().itemsCancelled()).isZero();
        assertThat(view.actions().adjustments())
                .containsExactly(new DashboardView.Money("KES", 1, new BigDecimal("25.50")));
        assertThat(view.actions().penalties()).isEmpty();

        assertThat(view.agents())
                .containsExactly(
                        new DashboardView.HandlingRow("billing", "ann", 1, 2.0, 0),
                        new DashboardView.HandlingRow("billing", "carl", 1, 0.5, 0),
                        new DashboardView.HandlingRow("seller-support", "ann", 1, 1.5, 1),
                        new DashboardView.HandlingRow("warehouse-claims", "bob", 1, 2.0, 0));
        assertThat(view.teams())
                .containsExactly(
                        new DashboardView.HandlingRow("billing", null, 2, 0.5, 0),
                        new DashboardView.HandlingRow("seller-support", null, 1, 1.5, 1),
                        new DashboardView.HandlingRow("warehouse-claims", null, 1, 2.0, 0));
    }

    @Test
    void theBacklogAndTodaysDeadlinesAreCountedFromTheOpenClaimsNow() {
        DashboardView view = query.load(filter(FROM, TO, Map.of()));

        long g = gIsDueToday ? 1 : 0;
        assertThat(view.backlog().total()).as("E, F, G").isEqualTo(2 + g);
        assertThat(view.backlog().byAge()).containsExactly(0L, 0L, g, 0L, 2L);
        var queues = new java.util.ArrayList<>(List.of(new DashboardView.QueueRow("", 1, List.of(0L, 0L, 0L, 0L, 1L))));
        if (gIsDueToday) {
            queues.add(new DashboardView.QueueRow("billing", 1, List.of(0L, 0L, 1L, 0L, 0L)));
        }
        queues.add(new DashboardView.QueueRow("counterfeit", 1, List.of(0L, 0L, 0L, 0L, 1L)));
        assertThat(view.backlog().queues()).containsExactlyElementsOf(queues);
        assertThat(view.sla().dueToday()).as("G").isEqualTo(g);
    }

    @Test
    void theNextPeriodStartsTheDayAfterTheLastOne() {
        DashboardView view = query.load(filter(TO.plusDays(1), LocalDate.of(2026, 10, 16), Map.of()));

        assertThat(view.opened()).as("F").isEqualTo(1);
        assertThat(view.closed()).as("B").isEqualTo(1);
        assertThat(view.replies()).isEqualTo(new DashboardView.SellerReplies(0, 1, 0, 1));
        assertThat(view.replies().autoCloseRate()).isEqualTo(100.0);
        assertThat(view.outcomes()).isEqualTo(new DashboardView.Outcomes(0, 0, 1, 0));
        assertThat(view.durations().resolutionP50())
                .as("B: 38 h to the question, then 12.10 10:00 -> 15.10 23:59:59.999 = 14 + 24 + 24 + 23.99 h")
                .isEqualTo(123.9);
    }

    @Test
    void aPeriodWithWholeMonthsReadsTheSameFiguresAsItsDays() {
        // 20.9-31.10: its days in September and the whole of October (month rows); its first half is days only, its
        // second (13.10-31.10) October less its first 12 days
        DashboardView whole = query.load(filter(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 31), Map.of()));
        DashboardView first = query.load(filter(LocalDate.of(2026, 9, 20), TO, Map.of()));
        DashboardView rest = query.load(filter(TO.plusDays(1), LocalDate.of(2026, 10, 31), Map.of()));

        assertThat(whole.opened()).isEqualTo(first.opened() + rest.opened()).isPositive();
        assertThat(whole.closed()).isEqualTo(first.closed() + rest.closed()).isPositive();
        assertThat(whole.sla().firstResponses())
                .isEqualTo(first.sla().firstResponses() + rest.sla().firstResponses());
        assertThat(whole.replies().autoClosed())
                .isEqualTo(first.replies().autoClosed() + rest.replies().autoClosed());
        assertThat(whole.durations().resolved())
                .isEqualTo(first.durations().resolved() + rest.durations().resolved());
        assertThat(whole.durations().resolutionP90())
                .as("B's 123.9 h is the longest")
                .isEqualTo(120.0);
        assertThat(whole.teams().stream()
                        .mapToLong(DashboardView.HandlingRow::tasksDone)
                        .sum())
                .isEqualTo(first.teams().stream()
                                .mapToLong(DashboardView.HandlingRow::tasksDone)
                                .sum()
                        + rest.teams().stream()
                                .mapToLong(DashboardView.HandlingRow::tasksDone)
                                .sum());
        assertThat(whole.days()).hasSize(42);
        assertThat(dayOf(whole, "2026-10-15").closed())
                .isEqualTo(dayOf(rest, "2026-10-15").closed());
    }

    @Test
    void aPeriodReadAsMostOfAMonthLessItsOtherDaysLeavesOutWhatHappenedOnThem() {
        // 9.10-31.10: 23 of October's 31 days, read as October's month rows less 1.10-8.10 (A's answer on 8.10)
        DashboardView view = query.load(filter(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 31), Map.of()));

        assertThat(view.opened()).as("B, E, F").isEqualTo(3);
        assertThat(view.closed()).as("C, B").isEqualTo(2);
        assertThat(view.sla())
                .as("B on time, C late")
                .isEqualTo(new DashboardView.Sla(2, 1, 1, 1, gIsDueToday ? 1 : 0));
        assertThat(view.replies()).isEqualTo(new DashboardView.SellerReplies(1, 1, 0, 1));
        assertThat(view.outcomes()).as("A's acceptance left out").isEqualTo(new DashboardView.Outcomes(0, 1, 1, 0));
        assertThat(view.actions().adjustments())
                .as("A's credit subtracted: no KES row of nothing")
                .isEmpty();
        assertThat(view.durations())
                .as("first responses 38 and 96.5 h, resolutions 96.5 and 123.9 h, to two significant figures;"
                        + " A's 19 h left out")
                .isEqualTo(new DashboardView.Durations(2, 38.0, 97.0, 2, 97.0, 120.0));
        assertThat(view.agents())
                .as("ann's billing task (A, 8.10) left out, with its row")
                .containsExactly(
                        new DashboardView.HandlingRow("seller-support", "ann", 1, 1.5, 1),
                        new DashboardView.HandlingRow("warehouse-claims", "bob", 1, 2.0, 0));
        assertThat(view.teams())
                .containsExactly(
                        new DashboardView.HandlingRow("seller-support", null, 1, 1.5, 1),
                        new DashboardView.HandlingRow("warehouse-claims", null, 1, 2.0, 0));
        assertThat(view.days()).hasSize(23);
        assertThat(view.days().getFirst()).isEqualTo(new DashboardView.DayCount(LocalDate.parse("2026-10-09"), 1, 1));
    }

    @Test
    void filtersNarrowEveryFigure() {
        DashboardView billing = query.load(filter(FROM, TO, Map.of("team", "billing")));
        assertThat(billing.opened()).as("A").isEqualTo(1);
        assertThat(billing.closed()).as("A, D").isEqualTo(2);
        assertThat(billing.sla()).isEqualTo(new DashboardView.Sla(2, 2, 0, 0, gIsDueToday ? 1 : 0));
        assertThat(billing.agents())
                .extracting(DashboardView.HandlingRow::agent)
                .containsExactly("ann", "carl");
        assertThat(billing.backlog().total()).as("G").isEqualTo(gIsDueToday ? 1 : 0);

        DashboardView ng = query.load(filter(FROM, TO, Map.of("country", "ng", "category", "cancel-wrong-order")));
        assertThat(ng.opened()).as("C").isEqualTo(1);
        assertThat(ng.outcomes()).isEqualTo(new DashboardView.Outcomes(0, 1, 0, 0));
        assertThat(ng.actions().adjustments()).isEmpty();
        assertThat(ng.durations().firstResponseP50()).isEqualTo(96.5);
    }

    @Test
    void aJobThatFailsForGoodIsListedUntilItsClaimMovesOn() {
        String reference = process + "-A";
        long jobKey = Math.abs(UUID.randomUUID().getMostSignificantBits());
        var failure = new JobFailed(
                jobKey,
                "billing-post-adjustment",
                42L,
                "Task_PostAdjustment",
                reference,
                0,
                "bill service down",
                Instant.now());
        events.publishEvent(failure);
        events.publishEvent(failure);
        events.publishEvent(new JobFailed(
                jobKey + 1,
                "billing-post-adjustment",
                42L,
                "Task_PostAdjustment",
                reference,
                2,
                "retrying",
                Instant.now()));

        var listed = query.load(filter(FROM, TO, Map.of())).incidents().stream()
                .filter(i -> reference.equals(i.claimReference()))
                .toList();
        assertThat(listed).singleElement().satisfies(i -> {
            assertThat(i.jobKey()).isEqualTo(jobKey);
            assertThat(i.error()).isEqualTo("bill service down");
            assertThat(i.jobType()).isEqualTo("billing-post-adjustment");
        });

        claims.get("A").step("2026-10-20T10:00", "system", "validated", Map.of());
        assertThat(query.load(filter(FROM, TO, Map.of())).incidents())
                .noneMatch(i -> reference.equals(i.claimReference()));
    }

    DashboardFilter filter(LocalDate from, LocalDate to, Map<String, String> more) {
        Map<String, String> params = new HashMap<>(more);
        params.put("from", from.toString());
        params.put("to", to.toString());
        params.put("process", process);
        return DashboardFilter.from(params, query.today());
    }

    static DashboardView.DayCount dayOf(DashboardView view, String day) {
        return view.days().stream()
                .filter(d -> d.day().equals(LocalDate.parse(day)))
                .findFirst()
                .orElseThrow();
    }

    final Map<String, FixtureClaim> claims = new HashMap<>();

    FixtureClaim claim(String name, ClaimCategory category, String country, String submitted) {
        var claim = new FixtureClaim(process + "-" + name, category, country, at(submitted));
        claim.step(submitted, "seller", ClaimEvent.SUBMITTED, Map.of());
        claims.put(name, claim);
        return claim;
    }

    /** One claim of the fixture; each step is published as the claims module publishes it. */
    final class FixtureClaim {
        final String reference;
        final ClaimCategory category;
        final String country;
        final Instant submittedAt;

        FixtureClaim(String reference, ClaimCategory category, String country, Instant submittedAt) {
            this.reference = reference;
            this.category = category;
            this.country = country;
            this.submittedAt = submittedAt;
        }

        void step(String at, String actor, String event, Map<String, String> facts) {
            events.publishEvent(new ClaimEvent(
                    reference, process, category, country, submittedAt, at(at), actor, event, null, facts));
        }
    }

    /** A local date-time in the team's zone (Asia/Shanghai, +08:00). */
    static Instant at(String local) {
        return OffsetDateTime.parse(local + (local.length() == 16 ? ":00" : "") + "+08:00")
                .toInstant();
    }
}

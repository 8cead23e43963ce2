package dev.claimdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.Decision;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingEvent;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.dashboard.internal.DashboardFilter;
import dev.claimdesk.dashboard.internal.DashboardQuery;
import dev.claimdesk.dashboard.internal.DashboardView;
import dev.claimdesk.dashboard.internal.DashboardView.Money;
import dev.claimdesk.dashboard.internal.DashboardView.OutcomeRow;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.RtvEntry;
import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.rtv.WrongReturnRtv;
import dev.claimdesk.support.ClaimDeskTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The dashboard's RTV and counterfeit figures (ADR 0185) against a fixture computed by hand on the team's calendar
 * (cn, Asia/Shanghai): National Day (1-7 October 2026), the make-up working day Saturday 10 October, the period
 * 28.09-12.10 and its edges. The fixture's cases are of a country no shop has (XQ), so other tests' cases never mix
 * in; each step is published as the rtv and counterfeit modules publish it.
 *
 * <pre>
 * R1 RTV  requested Wed 30.09 16:00, pickup scheduled, collected Fri 09.10 10:00 (kept), appeal registered, claim
 *         raised Mon 12.10 11:00 (kept), claim accepted 12.10 20:00: compensated after
 *         8 h (30.09) + 0 (1-7.10) + 24 (8.10) + 24 (9.10) + 24 (Sat 10.10, make-up) + 0 (Sun) + 20 = 100 h.
 *         Reminder of the claim window sent 14.10 (after the period).
 * R2 RTV  requested Mon 28.09 00:00 (the period's first instant), pickup due end of 09.10, closed uncollected Sat
 *         10.10 00:00 (missed): 24 + 24 + 24 + 0 + 24 + 24 = 120 h.
 * R3 RTV  requested 12.10 23:59:59 (the period's last second), pickup due at the end of today: open, due today.
 * R4 RTV  requested Tue 13.10 00:00 (the day after the period), open.
 * F1 CFN  recorded Fri 09.10 20:00, notice with the penalty (2,500 NGN posted), reminder 12.10 09:00, appeal 10:00
 *         (kept), documents asked 11:00 and received 15:00 (kept), overturned 16:00 (penalty reversed 16:30):
 *         4 h + 24 (Sat 10.10, make-up) + 0 (Sun) + 16 = 44 h.
 * F2 CFN  recorded Wed 30.09 23:00, notice, no appeal: decided Thu 08.10 12:00 (missed), 1,000 NGN posted:
 *         1 h + 0 (1-7.10) + 12 = 13 h.
 * </pre>
 */
@ClaimDeskTest
class DashboardCaseFiguresTest {

    static final LocalDate FROM = LocalDate.of(2026, 9, 28);
    static final LocalDate TO = LocalDate.of(2026, 10, 12);
    static final String COUNTRY = "XQ";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DashboardQuery query;

    @Autowired
    BusinessCalendar calendar;

    final String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase();

    @Test
    void rtvAndCounterfeitFiguresMatchTheHandComputedFixture() {
        Instant endOfToday = calendar.endOf(query.today());
        Instant pickupDue1 = at("2026-10-12T23:59:59");
        var r1 = rtv("R1", "2026-09-30T16:00", pickupDue1, at("2026-10-16T23:59:59"));
        r1.step("2026-09-30T16:00", RtvCaseAudited.REQUESTED);
        r1.step("2026-09-30T17:00", RtvCaseAudited.PICKUP_SCHEDULED);
        r1.step("2026-10-09T10:00", "photo added");
        r1.step("2026-10-09T10:00", RtvCaseAudited.COLLECTED);
        r1.step("2026-10-09T10:00", RtvCaseAudited.APPEAL_REGISTERED);
        r1.step("2026-10-12T11:00", RtvCaseAudited.CLAIM_RAISED);
        r1.step("2026-10-12T20:00", RtvCaseAudited.CLAIM_ACCEPTED);
        r1.step("2026-10-14T09:00", RtvCaseAudited.WINDOW_REMINDER_SENT);
        var r2 = rtv("R2", "2026-09-28T00:00", at("2026-10-09T23:59:59"), null);
        r2.step("2026-09-28T00:00", RtvCaseAudited.REQUESTED);
        r2.step("2026-09-28T09:00", RtvCaseAudited.PICKUP_SCHEDULED);
        r2.step("2026-10-10T00:00", RtvCaseAudited.CLOSED_UNCOLLECTED);
        var r3 = rtv("R3", "2026-10-12T23:59:59", endOfToday, null);
        r3.step("2026-10-12T23:59:59", RtvCaseAudited.REQUESTED);
        r3.step("2026-10-12T23:59:59", RtvCaseAudited.PICKUP_SCHEDULED);
        rtv("R4", "2026-10-13T00:00", null, null).step("2026-10-13T00:00", RtvCaseAudited.REQUESTED);

        var f1 = finding("F1", "2026-10-09T20:00", "2500", Decision.OVERTURNED);
        f1.step("2026-10-09T20:00", FindingAudited.RECORDED);
        f1.step("2026-10-09T20:00", FindingAudited.PENALTY_POSTED);
        f1.step("2026-10-09T20:00", FindingAudited.NOTICE_SENT);
        f1.step("2026-10-12T09:00", FindingAudited.APPEAL_REMINDER_SENT);
        f1.step("2026-10-12T10:00", FindingAudited.APPEAL_RECEIVED);
        f1.step("2026-10-12T11:00", FindingAudited.DOCUMENTS_REQUESTED);
        f1.step("2026-10-12T15:00", FindingAudited.DOCUMENTS_RECEIVED);
        f1.step("2026-10-12T16:00", FindingAudited.DECIDED);
        f1.step("2026-10-12T16:30", FindingAudited.PENALTY_REVERSED);
        var f2 = finding("F2", "2026-09-30T23:00", "1000", Decision.NO_APPEAL);
        f2.step("2026-09-30T23:00", FindingAudited.RECORDED);
        f2.step("2026-09-30T23:00", FindingAudited.NOTICE_SENT);
        f2.step("2026-10-08T12:00", FindingAudited.DECIDED);
        f2.step("2026-10-08T12:00", FindingAudited.PENALTY_POSTED);

        DashboardView rtv = query.load(filter(FROM, TO, WrongReturnRtv.PROCESS_ID));
        assertThat(rtv.opened()).as("R1, R2, R3 (R4 the day after)").isEqualTo(3);
        assertThat(rtv.closed()).as("R1, R2").isEqualTo(2);
        assertThat(rtv.days().getFirst()).isEqualTo(new DashboardView.DayCount(FROM, 1, 0));
        assertThat(rtv.days().getLast()).isEqualTo(new DashboardView.DayCount(TO, 1, 1));
        assertThat(DashboardFiguresTest.dayOf(rtv, "2026-10-10"))
                .isEqualTo(new DashboardView.DayCount(LocalDate.parse("2026-10-10"), 0, 1));
        assertThat(rtv.deadlines())
                .as("R1 collected and claimed in time, R2 uncollected; R3 due today")
                .isEqualTo(new DashboardView.Deadlines(2, 1, 0, 1));
        assertThat(rtv.deadlines().metPercent()).isEqualTo(200.0 / 3);
        assertThat(rtv.outcomeRows())
                .containsExactly(
                        new OutcomeRow(RtvStatus.COMPENSATED.label(), 1, "/rtv"),
                        new OutcomeRow(RtvStatus.CLAIM_REJECTED.label(), 0, "/rtv"),
                        new OutcomeRow(RtvStatus.CLOSED_NO_APPEAL.label(), 0, "/rtv"),
                        new OutcomeRow(RtvStatus.UNCOLLECTED.label(), 1, "/rtv"),
                        new OutcomeRow(RtvStatus.APPEAL_LAPSED.label(), 0, "/rtv"));
        assertThat(rtv.durations())
                .as("resolutions 100 and 120 working hours (nearest rank)")
                .isEqualTo(new DashboardView.Durations(0, null, null, 2, 100.0, 120.0));
        assertThat(rtv.backlog().total()).as("R3, R4").isEqualTo(2);
        assertThat(rtv.backlog().queues())
                .containsExactly(
                        new DashboardView.QueueRow(WrongReturnRtv.WAREHOUSE_GROUP, 2, List.of(0L, 0L, 0L, 0L, 2L)));
        assertThat(rtv.processes()).as("shown for all processes only").isEmpty();

        DashboardView cfn = query.load(filter(FROM, TO, CounterfeitAppeal.PROCESS_ID));
        assertThat(cfn.opened()).isEqualTo(2);
        assertThat(cfn.closed()).isEqualTo(2);
        assertThat(cfn.deadlines())
                .as("F1's appeal and documents in time, F2 no appeal")
                .isEqualTo(new DashboardView.Deadlines(2, 1, 1, 0));
        assertThat(cfn.outcomeRows())
                .containsExactly(
                        new OutcomeRow(Decision.NO_APPEAL.label(), 1, "/findings"),
                        new OutcomeRow(Decision.UPHELD.label(), 0, "/findings"),
                        new OutcomeRow(Decision.DOCUMENTS_LAPSED.label(), 0, "/findings"),
                        new OutcomeRow(Decision.OVERTURNED.label(), 1, "/findings"));
        assertThat(cfn.durations())
                .as("resolutions 13 and 44 working hours")
                .isEqualTo(new DashboardView.Durations(0, null, null, 2, 13.0, 44.0));
        assertThat(cfn.actions().penalties()).containsExactly(new Money("NGN", 2, new BigDecimal("3500.00")));
        assertThat(cfn.actions().reversals()).containsExactly(new Money("NGN", 1, new BigDecimal("2500.00")));
        assertThat(cfn.backlog().total()).isZero();

        DashboardView all = query.load(filter(FROM, TO, null));
        assertThat(all.opened()).isEqualTo(5);
        assertThat(all.processes())
                .containsExactly(
                        new DashboardView.ProcessRow(
                                "ClaimHandling", "Claim handling", link("ClaimHandling"), 0, 0, 0, 0, 0),
                        new DashboardView.ProcessRow(
                                WrongReturnRtv.PROCESS_ID,
                                "Wrong-return RTV",
                                link(WrongReturnRtv.PROCESS_ID),
                                3,
                                2,
                                2,
                                2,
                                1),
                        new DashboardView.ProcessRow(
                                CounterfeitAppeal.PROCESS_ID,
                                "Counterfeit findings",
                                link(CounterfeitAppeal.PROCESS_ID),
                                2,
                                2,
                                0,
                                2,
                                1));

        DashboardView next = query.load(filter(TO.plusDays(1), LocalDate.of(2026, 10, 16), WrongReturnRtv.PROCESS_ID));
        assertThat(next.opened()).as("R4").isEqualTo(1);
        assertThat(next.closed()).isZero();
        assertThat(next.deadlines().reminded()).as("R1's window reminder").isEqualTo(1);
    }

    static String link(String process) {
        return "/dashboard?from=" + FROM + "&to=" + TO + "&process=" + process + "&country=" + COUNTRY;
    }

    DashboardFilter filter(LocalDate from, LocalDate to, String process) {
        Map<String, String> params = new HashMap<>();
        params.put("from", from.toString());
        params.put("to", to.toString());
        params.put("country", COUNTRY);
        if (process != null) {
            params.put("process", process);
        }
        return DashboardFilter.from(params, query.today());
    }

    /** An RTV case of the fixture; each step is published with the case as it ends (its fields are set once). */
    FixtureRtv rtv(String name, String requested, Instant pickupDueAt, Instant claimWindowClosesAt) {
        return new FixtureRtv(new RtvCase(
                "RTV-" + run + "-" + name,
                "fixture-shop",
                "Fixture shop",
                "seller@example.com",
                COUNTRY,
                "XQ-1",
                "SKU-1",
                "Lamp",
                null,
                null,
                RtvStatus.REQUESTED,
                at(requested),
                null,
                null,
                null,
                pickupDueAt,
                null,
                null,
                null,
                null,
                claimWindowClosesAt,
                null,
                null,
                null));
    }

    final class FixtureRtv {
        final RtvCase rtvCase;

        FixtureRtv(RtvCase rtvCase) {
            this.rtvCase = rtvCase;
        }

        void step(String at, String event) {
            events.publishEvent(new RtvCaseAudited(rtvCase, new RtvEntry(at(at), "system", event, null)));
        }
    }

    FixtureFinding finding(String name, String recorded, String penalty, Decision decision) {
        return new FixtureFinding(new Finding(
                "CFN-" + run + "-" + name,
                "fixture-shop",
                "Fixture shop",
                "seller@example.com",
                COUNTRY,
                "XQ-2",
                "SKU-2",
                new BigDecimal(penalty),
                "NGN",
                "counterfeit",
                "test purchase",
                decision.penalises() ? FindingStatus.PENALISED : FindingStatus.OVERTURNED,
                "brand",
                at(recorded),
                null,
                at(recorded),
                at("2026-10-13T23:59:59"),
                null,
                null,
                null,
                at("2026-10-14T23:59:59"),
                decision,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    final class FixtureFinding {
        final Finding finding;

        FixtureFinding(Finding finding) {
            this.finding = finding;
        }

        void step(String at, String event) {
            events.publishEvent(new FindingAudited(finding, new FindingEvent(at(at), "system", event, null)));
        }
    }

    static Instant at(String local) {
        return DashboardFiguresTest.at(local);
    }
}

package dev.claimdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.CounterfeitFixtures;
import dev.claimdesk.counterfeit.Decision;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.counterfeit.PastFinding;
import dev.claimdesk.dashboard.internal.DashboardFilter;
import dev.claimdesk.dashboard.internal.DashboardQuery;
import dev.claimdesk.dashboard.internal.DashboardView;
import dev.claimdesk.demo.DemoCaseHistory;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.rtv.PastRtvCase;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvFixtures;
import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.rtv.WrongReturnRtv;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.tasks.Tasks;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's made-up past of RTV cases and counterfeit findings (issue 12: no chart is empty on a fresh start): every
 * way the processes end, deadlines kept and missed; stored through the modules' history imports, it gives each
 * process's figures for the dashboard's default period (opened and closed per day, deadlines, outcomes, time to close),
 * and with the demo's live cases beside it (one RTV request, findings waiting for an appeal) a backlog by age.
 */
@ClaimDeskTest
class DashboardDemoHistoryTest {

    @Autowired
    DemoCaseHistory history;

    @Autowired
    DashboardQuery query;

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    RtvCases rtvCases;

    @Autowired
    Findings findings;

    @Autowired
    Tasks tasks;

    @Autowired
    ClaimIntake intake;

    @Autowired
    Orders orders;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePastHasEveryOutcomeAndKeptAndMissedDeadlines() {
        List<PastRtvCase> rtv = history.pastRtvCases(new Random(1), 300, 90);
        List<PastFinding> cfn = history.pastFindings(new Random(1), 200, 90);

        assertThat(rtv).hasSizeGreaterThan(250);
        assertThat(rtv)
                .extracting(c -> c.rtvCase().status())
                .as("each way an RTV case closes")
                .containsAll(Arrays.stream(RtvStatus.values())
                        .filter(s -> !s.isOpen())
                        .toList());
        assertThat(rtv).allSatisfy(c -> {
            assertThat(c.trail().getFirst().event()).isEqualTo(RtvCaseAudited.REQUESTED);
            assertThat(c.trail()).isSortedAccordingTo(Comparator.comparing(e -> e.at()));
            assertThat(c.rtvCase().closedAt())
                    .isBeforeOrEqualTo(c.trail().getLast().at());
        });
        assertThat(rtv.stream().filter(c -> c.rtvCase().collectedAt() != null))
                .as("collected by the pickup deadline")
                .allMatch(c -> !c.rtvCase().collectedAt().isAfter(c.rtvCase().pickupDueAt()));
        assertThat(rtv.stream().filter(c -> c.rtvCase().status() == RtvStatus.COMPENSATED))
                .as("claims raised within the claim window")
                .allMatch(c -> raised(c).isBefore(c.rtvCase().claimWindowClosesAt()));

        assertThat(cfn).hasSizeGreaterThan(170);
        assertThat(cfn)
                .extracting(f -> f.finding().decision())
                .as("each decision")
                .containsAll(List.of(Decision.values()));
        assertThat(cfn).allSatisfy(f -> assertThat(f.trail()).isSortedAccordingTo(Comparator.comparing(e -> e.at())));
        assertThat(cfn.stream().filter(f -> f.finding().appealedAt() != null))
                .as("appeals within the appeal deadline")
                .allMatch(f -> f.finding().appealedAt().isBefore(f.finding().appealDueAt()));
    }

    @Test
    void eachProcessHasFiguresForTheDefaultPeriodOnTheDemoData() {
        DashboardView rtvBefore = load(WrongReturnRtv.PROCESS_ID);
        DashboardView cfnBefore = load(CounterfeitAppeal.PROCESS_ID);

        assertThat(history.seedRtvCases(300, 90, done -> {})).isGreaterThan(250);
        assertThat(history.seedFindings(200, 90, done -> {})).isGreaterThan(170);
        // the demo's live cases: one RTV request waiting for the warehouse, a finding waiting for the appeal
        new RtvFixtures(rtvCases, tasks, intake, jdbc).request();
        new CounterfeitFixtures(orders, findings, intake).recordNotified();

        for (var before : List.of(rtvBefore, cfnBefore)) {
            DashboardView after = load(before.filter().process());
            String process = before.filter().process();
            assertThat(after.opened() - before.opened())
                    .as(process + ": about a third of 90 days' cases opened in the last 30")
                    .isGreaterThan(25);
            assertThat(after.closed() - before.closed()).as(process + " closed").isGreaterThan(25);
            assertThat(after.days().stream().filter(d -> d.opened() > 0).count())
                    .as(process + ": days with cases opened")
                    .isGreaterThan(12);
            assertThat(after.days().stream().filter(d -> d.closed() > 0).count())
                    .as(process + ": days with cases closed")
                    .isGreaterThan(12);
            assertThat(after.backlog().total()).as(process + ": the live cases").isPositive();
            assertThat(after.deadlines().met() - before.deadlines().met())
                    .as(process + ": deadlines kept")
                    .isGreaterThan(10);
            assertThat(after.deadlines().missed() - before.deadlines().missed())
                    .as(process + ": deadlines missed")
                    .isGreaterThan(3);
            assertThat(after.deadlines().reminded() - before.deadlines().reminded())
                    .as(process + ": reminders")
                    .isPositive();
            for (int i = 0; i < after.outcomeRows().size(); i++) {
                assertThat(after.outcomeRows().get(i).count()
                                - before.outcomeRows().get(i).count())
                        .as(process + ": " + after.outcomeRows().get(i).label())
                        .isPositive();
            }
            assertThat(after.durations().resolved() - before.durations().resolved())
                    .as(process + ": resolution times")
                    .isGreaterThan(25);
            assertThat(after.durations().resolutionP50()).isPositive();
            assertThat(after.durations().resolutionP90())
                    .isGreaterThanOrEqualTo(after.durations().resolutionP50());
        }
        DashboardView penalties = load(CounterfeitAppeal.PROCESS_ID);
        assertThat(penalties.actions().penalties())
                .as("penalties posted per currency")
                .hasSizeGreaterThan(3);
        DashboardView all = load(null);
        assertThat(all.processes())
                .filteredOn(row -> List.of(WrongReturnRtv.PROCESS_ID, CounterfeitAppeal.PROCESS_ID)
                        .contains(row.process()))
                .hasSize(2)
                .allMatch(row -> row.opened() > 0 && row.closed() > 0 && row.met() > 0 && row.missed() > 0);
    }

    private static Instant raised(PastRtvCase c) {
        return c.trail().stream()
                .filter(e -> e.event().equals(RtvCaseAudited.CLAIM_RAISED))
                .findFirst()
                .orElseThrow()
                .at();
    }

    private DashboardView load(String process) {
        return query.load(DashboardFilter.from(process == null ? Map.of() : Map.of("process", process), query.today()));
    }
}

package dev.claimdesk.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.claims.PastClaim;
import dev.claimdesk.counterfeit.CounterfeitFixtures;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.demo.DemoCaseHistory;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvFixtures;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ClaimFixtures;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.Tasks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild from the stored trails (ADR 0187) gives the figures the live projection gave: the dashboard's tables are
 * read, rebuilt and read again on the projection thread (no live step in between), and must be equal row for row.
 * Rows that tests made up without a trail behind them (fixtures published as events, bulk-inserted benchmark rows)
 * are left out of the comparison: a rebuild rightly drops them. The history holds at least a live claim, an imported
 * past claim with its facts (team, assignee, credit), an RTV case and a counterfeit finding whose notice went out, and
 * imported past RTV cases and findings (the demo's).
 */
@ClaimDeskTest
class DashboardRebuildTest {

    /** What tests made up without a stored trail: DashboardFiguresTest, DashboardCaseFiguresTest, DashboardPageTest. */
    static final String STORED_ONLY =
            " WHERE process NOT LIKE 'Fixture-%' AND process NOT LIKE 'Export-%' AND country <> 'XQ'";

    @Autowired
    DashboardRebuild rebuild;

    @Autowired
    DashboardProjection projection;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Claims claims;

    @Autowired
    RtvCases rtvCases;

    @Autowired
    Tasks tasks;

    @Autowired
    ClaimIntake intake;

    @Autowired
    Findings findings;

    @Autowired
    Orders orders;

    @Autowired
    Users users;

    @Autowired
    DemoCaseHistory demo;

    @LocalServerPort
    int port;

    @Test
    void aRebuildFromTheTrailsGivesTheFiguresTheLiveProjectionGave() {
        String live = claims.submit(ClaimFixtures.cancelWrongOrder("shenzhen-gadgets"), "seller");
        Instant past = Instant.now().minus(20, ChronoUnit.DAYS);
        String imported = claims.importHistory(List.of(new PastClaim(
                        ClaimCategory.BILL_BREAKDOWN,
                        "nairobi-naturals",
                        "Nairobi Naturals",
                        "seller@example.com",
                        "KE",
                        "api",
                        Map.of(),
                        past,
                        false,
                        List.of(
                                new PastClaim.Step(past, "seller", ClaimEvent.SUBMITTED, "via api", Map.of()),
                                new PastClaim.Step(
                                        past,
                                        "system",
                                        ClaimEvent.ROUTED,
                                        "billing",
                                        Map.of(ClaimEvent.FACT_TEAM, "billing")),
                                new PastClaim.Step(
                                        past.plusSeconds(3600),
                                        "billing",
                                        ClaimEvent.ASSIGNED,
                                        "billing",
                                        Map.of(ClaimEvent.FACT_ASSIGNEE, "billing")),
                                new PastClaim.Step(
                                        past.plusSeconds(7200), "billing", ClaimEvent.DECIDED, null, Map.of()),
                                new PastClaim.Step(
                                        past.plusSeconds(7200),
                                        "billing",
                                        ClaimEvent.ACCEPTED,
                                        "credit",
                                        Map.of(
                                                ClaimEvent.FACT_ADJUSTMENT_AMOUNT,
                                                "12.50",
                                                ClaimEvent.FACT_ADJUSTMENT_CURRENCY,
                                                "KES"))))))
                .getFirst();
        RtvCase rtv = new RtvFixtures(rtvCases, tasks, intake, jdbc).request();
        String finding = new CounterfeitFixtures(orders, findings, intake)
                .recordNotified()
                .reference();
        // the demo's past of RTV cases and findings, imported in bulk
        List<String> pastCases =
                new java.util.ArrayList<>(rtvCases.importHistory(demo.pastRtvCases(new java.util.Random(3), 30, 60)));
        pastCases.addAll(findings.importHistory(demo.pastFindings(new java.util.Random(3), 30, 60)));
        assertThat(tracked(pastCases.toArray(String[]::new))).isEqualTo(pastCases.size());
        await().atMost(ProcessTestHarness.TIMEOUT).until(() -> tracked(live, imported, rtv.reference(), finding) == 4);

        // a step that commits between the two reads (another test's process still moving) is tried again
        Tables before = null;
        Tables after = null;
        for (int attempt = 0; attempt < 3 && (before == null || !before.equals(after)); attempt++) {
            Tables[] read = new Tables[2];
            projection.exclusively(() -> {
                read[0] = tables();
                rebuild.rebuild();
                read[1] = tables();
            });
            before = read[0];
            after = read[1];
        }
        assertThat(after.claims()).as("claims and cases tracked").isEqualTo(before.claims());
        assertThat(after.figures()).as("daily figures").isEqualTo(before.figures());
        assertThat(after.durations()).as("duration samples").isEqualTo(before.durations());
        assertThat(tracked(live, imported, rtv.reference(), finding)).isEqualTo(4);
        assertThat(tracked(pastCases.toArray(String[]::new))).isEqualTo(pastCases.size());
        assertThat(jdbc.queryForObject("SELECT team FROM dashboard_claim WHERE reference = ?", String.class, imported))
                .as("the routed team, from the facts kept with the trail")
                .isEqualTo("billing");
        assertThat(after.figures())
                .anyMatch(row -> row.contains("ADJUSTMENT") && row.contains("KES") && row.contains("12.50"));
        assertThat(after.figures()).anyMatch(row -> row.contains("WrongReturnRtv") && row.contains("OPENED"));
        assertThat(after.figures()).anyMatch(row -> row.contains("CounterfeitAppeal") && row.contains("OPENED"));
    }

    @Test
    void onlyAnAdminRebuildsWithTheFormsTokenAndSeesItsProgress() {
        users.saveUser("rebuild-admin", "Ria Admin", "pw-rebuild", Set.of(Role.ADMIN), Set.of());
        users.saveUser("rebuild-manager", "Rob Manager", "pw-rebuild", Set.of(Role.MANAGER), Set.of());
        var manager = BackOffice.signIn(port, "rebuild-manager", "pw-rebuild");
        assertThat(manager.get("/dashboard/rebuild").statusCode()).isEqualTo(403);
        assertThat(manager.get("/dashboard").body()).doesNotContain("rebuild-link");

        var admin = BackOffice.signIn(port, "rebuild-admin", "pw-rebuild");
        assertThat(admin.get("/dashboard").body()).contains("rebuild-link");
        var page = admin.get("/dashboard/rebuild");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(admin.postWithoutToken("/dashboard/rebuild", Map.of()).statusCode())
                .as("a forged post")
                .isEqualTo(403);
        var unconfirmed = admin.post("/dashboard/rebuild", page.body(), Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(302);
        assertThat(admin.get("/dashboard/rebuild").body()).contains("Nothing was started");
        assertThat(rebuild.progress().startedBy()).as("not started").isNotEqualTo("rebuild-admin");
        var started = admin.post("/dashboard/rebuild", page.body(), Map.of("confirm", "yes"));
        assertThat(started.statusCode()).as("redirected to the progress").isEqualTo(302);
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> !rebuild.progress().running());
        assertThat(rebuild.progress().error()).isNull();
        assertThat(rebuild.progress().startedBy()).isEqualTo("rebuild-admin");
        assertThat(rebuild.progress().claims()).isPositive();
        assertThat(admin.get("/dashboard/rebuild").body()).contains("Done", "Claims replayed");
    }

    record Tables(
            List<String> claims,
            List<String> figures,
            List<String> durations,
            List<String> monthlyFigures,
            List<String> monthlyDurations) {}

    Tables tables() {
        return new Tables(
                rows("SELECT * FROM dashboard_claim" + STORED_ONLY + " ORDER BY reference"),
                rows("SELECT * FROM dashboard_figure" + STORED_ONLY
                        + " ORDER BY day, figure, process, category, country, team, agent, currency"),
                rows("SELECT * FROM dashboard_duration" + STORED_ONLY
                        + " ORDER BY day, figure, process, category, country, team, agent, currency, tenths"),
                // the monthly roll-up's rows by every dimension (mask 15; the others are sums, mixed with other tests')
                rows("SELECT * FROM dashboard_rollup" + STORED_ONLY
                        + " AND mask = 15 ORDER BY month, figure, process, category, country, team, agent, currency"),
                rows("SELECT * FROM dashboard_rollup_time" + STORED_ONLY + " AND mask = 15"
                        + " ORDER BY month, figure, process, category, country, team, agent, currency, tenths"));
    }

    List<String> rows(String sql) {
        return jdbc.query(sql, (rs, i) -> {
            var row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(rs.getMetaData().getColumnLabel(c))
                        .append('=')
                        .append(rs.getString(c))
                        .append(' ');
            }
            return row.toString();
        });
    }

    int tracked(String... references) {
        int n = 0;
        for (String reference : references) {
            n += jdbc.queryForObject(
                    "SELECT COUNT(*) FROM dashboard_claim WHERE reference = ?", Integer.class, reference);
        }
        return n;
    }
}

package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimHit;
import dev.claimdesk.claims.ClaimHits;
import dev.claimdesk.claims.ClaimSearch;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.claims.PastClaim;
import dev.claimdesk.claims.PastClaim.Step;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The claim search over real HTTP: every claim open or closed, each filter, the counts, the order, the CSV, the links
 * of the dashboard's figures, and the claim view's visibility rule (agents find the claims of their teams' tasks only;
 * supervisors find all).
 */
@ClaimDeskTest
class ClaimSearchTest {

    private static final Pattern ROW = Pattern.compile("data-claim=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Claims claims;

    WorkspaceFixtures fixtures;
    String shop;
    String team;
    String agent;
    String outsider;
    String supervisor;
    String accepted;
    String waiting;
    String rejectedLate;
    String live;
    LocalDate acceptedClosedDay;

    @BeforeEach
    void claimsOpenAndClosed(@Autowired CamundaClient client, @Autowired Tasks tasks, @Autowired Users users) {
        fixtures = new WorkspaceFixtures(client, tasks, claims, users);
        shop = WorkspaceFixtures.unique("srch");
        team = WorkspaceFixtures.unique("team");
        agent = fixtures.agent(team);
        outsider = fixtures.agent(WorkspaceFixtures.unique("team"));
        supervisor = fixtures.supervisor();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant tenDaysAgo = now.minus(Duration.ofDays(10));
        Instant closed = now.minus(Duration.ofDays(8));
        acceptedClosedDay = closed.atZone(WorkspaceFixtures.SHANGHAI).toLocalDate();
        List<String> refs = claims.importHistory(List.of(
                past(
                        "NG",
                        tenDaysAgo,
                        false,
                        step(tenDaysAgo, ClaimEvent.SUBMITTED),
                        step(tenDaysAgo.plusSeconds(60), ClaimEvent.INFO_REQUESTED),
                        step(tenDaysAgo.plusSeconds(3600), ClaimEvent.SELLER_REPLIED),
                        step(closed, ClaimEvent.ACCEPTED)),
                past(
                        "NG",
                        now.minus(Duration.ofDays(2)),
                        false,
                        step(now.minus(Duration.ofDays(2)), ClaimEvent.SUBMITTED),
                        step(now.minus(Duration.ofDays(1)), ClaimEvent.INFO_REQUESTED)),
                past(
                        "KE",
                        now.minus(Duration.ofDays(20)),
                        true,
                        step(now.minus(Duration.ofDays(20)), ClaimEvent.SUBMITTED),
                        step(now.minus(Duration.ofDays(12)), ClaimEvent.REJECTED))));
        accepted = refs.get(0);
        waiting = refs.get(1);
        rejectedLate = refs.get(2);
        live = fixtures.cancelWrongOrder(shop, "NG", WorkspaceFixtures.unique("ORD"));
        fixtures.workTask(live, team, now.plus(Duration.ofDays(3)), 50);
    }

    @Test
    void aSupervisorFindsEveryClaimOpenOrClosedWithCountsAndEachFilter() {
        // (the counts: one badge per status found, e.g. "Accepted 1")
        var session = signIn(supervisor);

        var all = session.get("/claims?q=" + shop);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(rows(all.body())).as("newest first").containsExactly(live, waiting, accepted, rejectedLate);
        assertThat(all.body())
                .contains("1–4 of 4")
                .contains("Waiting for seller")
                .contains("Cancel wrong orders")
                .contains("Deadline missed")
                .doesNotContain("WAITING_FOR_SELLER")
                .doesNotContain("CANCEL_WRONG_ORDER");
        assertThat(all.body()).containsPattern("data-status=\"accepted\">\\s*<span>Accepted</span>\\s*<span[^>]*>1<");

        // the live claim's own process decides its status (its order is made up: invalid); the bill claims' is fixed
        String bills = "/claims?q=" + shop + "&category=bill-breakdown";
        assertThat(rows(session.get(bills + "&status=closed").body()))
                .containsExactlyInAnyOrder(accepted, rejectedLate);
        assertThat(rows(session.get(bills + "&status=open").body())).containsExactly(waiting);
        assertThat(rows(session.get("/claims?q=" + shop + "&status=waiting-for-seller")
                        .body()))
                .containsExactly(waiting);
        assertThat(rows(session.get("/claims?q=" + shop + "&replied=true").body()))
                .containsExactly(accepted);
        assertThat(rows(session.get("/claims?q=" + shop + "&asked=true").body()))
                .containsExactlyInAnyOrder(accepted, waiting);
        assertThat(rows(session.get("/claims?q=" + shop + "&sla=breached").body()))
                .containsExactly(rejectedLate);
        assertThat(rows(session.get("/claims?q=" + shop + "&country=ke").body()))
                .containsExactly(rejectedLate);
        assertThat(rows(session.get("/claims?q=" + shop + "&category=bill-breakdown")
                        .body()))
                .containsExactlyInAnyOrder(accepted, waiting, rejectedLate);
        assertThat(rows(session.get("/claims?q=" + shop + "&team=" + team).body()))
                .containsExactly(live);
        assertThat(rows(session.get("/claims?q=" + shop + "&closedFrom=" + acceptedClosedDay + "&closedTo="
                                + acceptedClosedDay)
                        .body()))
                .containsExactly(accepted);
        assertThat(rows(session.get("/claims?q=" + shop + "&sort=oldest").body()))
                .containsExactly(rejectedLate, accepted, waiting, live);
        assertThat(rows(session.get("/claims?q=" + live).body())).containsExactly(live);
    }

    @Test
    void theDashboardsFigureLinksOpenTheClaimsBehindThem() {
        var session = signIn(supervisor);

        // "Accepted" of the dashboard's outcomes: closed as accepted in the period
        var outcome = session.get("/claims?q=" + shop + "&from=" + acceptedClosedDay + "&to=" + acceptedClosedDay
                + "&status=accepted&process=ClaimHandling");
        assertThat(rows(outcome.body())).containsExactly(accepted);
        assertThat(outcome.body()).contains("The claim search has no &quot;process&quot; filter");
        // "Closed" of a day: every claim closed that day
        LocalDate rejectedDay = LocalDate.now(WorkspaceFixtures.SHANGHAI).minusDays(12);
        assertThat(rows(session.get("/claims?q=" + shop + "&from=" + rejectedDay.minusDays(1) + "&to="
                                + rejectedDay.plusDays(1) + "&closed=true")
                        .body()))
                .containsExactly(rejectedLate);
        // "Deadlines missed" and "Opened": by the day submitted
        LocalDate today = LocalDate.now(WorkspaceFixtures.SHANGHAI);
        assertThat(rows(session.get("/claims?q=" + shop + "&from=" + today.minusDays(30) + "&to=" + today
                                + "&slaBreached=true")
                        .body()))
                .containsExactly(rejectedLate);
        assertThat(rows(session.get(
                                "/claims?q=" + shop + "&from=" + today.minusDays(3) + "&to=" + today + "&opened=true")
                        .body()))
                .containsExactlyInAnyOrder(live, waiting);

        var malformed = session.get("/claims?q=" + shop + "&category=nonsense&from=yesterday");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body())
                .contains("Unknown category &quot;nonsense&quot;")
                .contains("&quot;yesterday&quot; is not a date");
        assertThat(rows(malformed.body())).hasSize(4);
    }

    @Test
    void aCountStopsAtItsCapAndThenShowsNoCountsPerStatus() {
        var search =
                new ClaimSearch(shop, null, null, null, Set.of(), null, null, null, null, null, false, false, null);
        var boss = new Worker(supervisor, Set.of(), true);

        ClaimHits exact = claims.search(search, boss, 0, 2, 4);
        assertThat(exact.totalIsLowerBound()).isFalse();
        assertThat(exact.totalText()).isEqualTo("4");
        assertThat(exact.pagesText()).isEqualTo("2");
        assertThat(exact.byStatus().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(4);

        // 4 matches, counted up to 3: "2+" in all, and paging goes on while pages are full
        ClaimHits capped = claims.search(search, boss, 0, 2, 2);
        assertThat(capped.rows()).extracting(ClaimHit::reference).containsExactly(live, waiting);
        assertThat(capped.total()).isEqualTo(3);
        assertThat(capped.totalIsLowerBound()).isTrue();
        assertThat(capped.totalText()).isEqualTo("2+");
        assertThat(capped.pagesText()).isEqualTo("1+");
        assertThat(capped.hasNext()).isTrue();
        ClaimHits second = claims.search(search, boss, 1, 2, 2);
        assertThat(second.rows()).extracting(ClaimHit::reference).containsExactly(accepted, rejectedLate);
        assertThat(second.pages()).isEqualTo(2);

        // the page with the default cap of 10,000: exact, with the counts per status
        var page = signIn(supervisor).get("/claims?q=" + shop).body();
        assertThat(page).contains("1–4 of 4").contains("id=\"status-counts\"").doesNotContain("status-counts-capped");
    }

    @Test
    void anAgentFindsOnlyTheClaimsOfTheirTeamsTasks() {
        var mine = signIn(agent).get("/claims?q=" + shop);
        assertThat(rows(mine.body())).containsExactly(live);
        assertThat(mine.body()).contains("the claims you may open");

        var other = signIn(outsider).get("/claims?q=" + shop);
        assertThat(rows(other.body())).isEmpty();
        assertThat(other.body()).contains("No claims match these filters.");
        assertThat(signIn(outsider).get("/claims/export.csv?q=" + shop).body().lines())
                .as("the export follows the same rule")
                .hasSize(1);
    }

    @Test
    void theCsvHasEveryMatchWithLabels() {
        var csv = signIn(supervisor).get("/claims/export.csv?q=" + shop + "&category=bill-breakdown&status=closed");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("reference,category,shop,");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .startsWith(accepted + ",Bill problem: bill breakdown," + shop)
                .contains(",Accepted,no,");
        assertThat(lines.get(2)).startsWith(rejectedLate + ",").contains(",Rejected,yes,");
    }

    /** In chromium at 1280 px: one search finds a closed claim and one waiting for the seller; the page fits. */
    @Test
    void inTheBrowserOneSearchFindsAClosedClaimAndAWaitingOne() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(supervisor, WorkspaceFixtures.PASSWORD);
            browser.click(By.id("nav-claims"));
            browser.waitFor(By.id("filters"));
            browser.driver.findElement(By.id("f-q")).sendKeys(shop);
            browser.click(By.id("apply-filters"));
            browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("q=" + shop));

            assertThat(status(browser, accepted)).isEqualTo("Accepted");
            assertThat(status(browser, waiting)).isEqualTo("Waiting for seller");
            assertThat(browser.driver.findElement(By.id("claims-count")).getText())
                    .isEqualTo("1–4 of 4");
            Long width = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
            assertThat(width).as("the page fits a 1280 px window").isLessThanOrEqualTo(1280);
            browser.screenshot("claim-search");

            browser.click(By.id("f-replied"));
            browser.click(By.id("apply-filters"));
            browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("replied=true"));
            assertThat(browser.driver.findElements(By.cssSelector("#claims tbody tr")))
                    .extracting(row -> row.getAttribute("data-claim"))
                    .containsExactly(accepted);
            browser.click(By.cssSelector("a.claim-link"));
            browser.waitUntil(() -> browser.driver.getCurrentUrl().endsWith("/claims/" + accepted));
        }
    }

    private static String status(Browser browser, String reference) {
        return browser.driver
                .findElement(By.cssSelector("tr[data-claim='" + reference + "'] .claim-status"))
                .getText();
    }

    private BackOffice signIn(String user) {
        return BackOffice.signIn(port, user, WorkspaceFixtures.PASSWORD);
    }

    private static List<String> rows(String page) {
        List<String> found = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private PastClaim past(String country, Instant submitted, boolean breached, Step... trail) {
        return new PastClaim(
                ClaimCategory.BILL_BREAKDOWN,
                shop,
                "Search Shop " + shop,
                "seller@" + shop + ".example",
                country,
                "test",
                Map.of(
                        ClaimField.STATEMENT_PERIOD, "2026-09",
                        ClaimField.TRADE_TYPE, "COMMISSION",
                        ClaimField.AMOUNT, "10.00"),
                submitted,
                breached,
                List.of(trail));
    }

    private static Step step(Instant at, String event) {
        return new Step(at, "test", event, event, Map.of());
    }
}

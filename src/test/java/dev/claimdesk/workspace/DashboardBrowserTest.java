package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.counterfeit.CounterfeitFixtures;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.demo.DemoCaseHistory;
import dev.claimdesk.demo.DemoHistory;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvFixtures;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ClaimFixtures;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' dashboard in a real browser (chromium) on the demo's made-up past plus a live claim: every chart is
 * drawn, a filter narrows it (in the URL), a figure leads to the claims behind it in the task list, and a table
 * downloads as CSV; each process chosen draws every chart with data. Screenshots under target/screenshots/ (looked at
 * when the page changes).
 */
@ClaimDeskTest
class DashboardBrowserTest {

    static final List<String> CHARTS = List.of(
            "chart-days",
            "chart-backlog",
            "chart-sla",
            "chart-replies",
            "chart-durations",
            "chart-outcomes",
            "chart-teams");

    @LocalServerPort
    int port;

    @Autowired
    DemoHistory history;

    @Autowired
    DemoCaseHistory caseHistory;

    @Autowired
    Claims claims;

    @Autowired
    Tasks tasks;

    @Autowired
    Users users;

    @Autowired
    RtvCases rtvCases;

    @Autowired
    Findings findings;

    @Autowired
    Orders orders;

    @Autowired
    ClaimIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerReadsTheChartsFiltersFollowsAFigureAndDownloadsACsv() throws Exception {
        assertThat(history.seed(600, 90)).as("closed claims of the demo's past").isGreaterThan(500);
        String live = claims.submit(ClaimFixtures.cancelWrongOrder("shenzhen-gadgets"), "seller");
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(live).isPresent());
        String manager = WorkspaceFixtures.unique("manager");
        users.saveUser(
                manager, "Mia Manager", WorkspaceFixtures.PASSWORD, Set.of(Role.MANAGER, Role.SUPERVISOR), Set.of());

        browser.signIn(manager, WorkspaceFixtures.PASSWORD);
        browser.click(By.id("nav-dashboard"));
        browser.waitFor(By.id("chart-days"));
        browser.waitUntil(() -> CHARTS.stream().allMatch(this::drawn));
        assertThat(browser.driver.findElements(By.cssSelector(".chart-empty")))
                .as("no chart is empty")
                .isEmpty();
        assertThat(Integer.parseInt(text("opened-total"))).isGreaterThan(100);
        assertThat(text("sla-percent")).endsWith("%");
        browser.screenshot("dashboard");

        new Select(browser.driver.findElement(By.id("f-category"))).selectByVisibleText("Cancel wrong orders");
        browser.click(By.id("apply"));
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("category=cancel-wrong-order"));
        browser.waitUntil(() -> drawn("chart-days"));
        assertThat(new Select(browser.driver.findElement(By.id("f-category")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Cancel wrong orders");
        browser.screenshot("dashboard-filtered");

        String csvLink = browser.driver
                .findElement(By.cssSelector("a[href*='/dashboard/export/days.csv']"))
                .getAttribute("href");
        assertThat(csvLink).contains("category=cancel-wrong-order");
        String csv = (String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                csvLink);
        Path file = Path.of("target", "screenshots", "dashboard-days.csv");
        Files.writeString(file, csv);
        assertThat(csv.lines().findFirst()).hasValue("day,opened,closed");
        assertThat(csv.lines().count()).as("a header and the period's 30 days").isEqualTo(31);

        browser.click(By.id("backlog-total"));
        browser.waitFor(By.id("tasks"));
        assertThat(browser.driver.getCurrentUrl()).contains("/tasks?queue=all", "category=cancel-wrong-order");
        browser.waitUntil(() -> browser.driver.findElements(By.cssSelector("#tasks tbody tr")).stream()
                .anyMatch(row -> live.equals(row.getAttribute("data-claim"))));
        browser.screenshot("dashboard-to-task-list");
    }

    /**
     * RTV cases and counterfeit findings (ADR 0185): the process filter narrows the page to their own figures, deadlines
     * and outcomes, whose figures lead to their lists; all processes shows a table per process.
     */
    @Test
    void aManagerChoosesTheRtvAndCounterfeitProcesses() {
        var rtv = new RtvFixtures(rtvCases, tasks, intake, jdbc).request();
        String finding = new CounterfeitFixtures(orders, findings, intake)
                .recordNotified()
                .reference();
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> rtvCases.find(rtv.reference()).orElseThrow().processInstanceKey() != null);
        String manager = WorkspaceFixtures.unique("manager");
        users.saveUser(manager, "Max Manager", WorkspaceFixtures.PASSWORD, Set.of(Role.MANAGER), Set.of());

        browser.signIn(manager, WorkspaceFixtures.PASSWORD);
        browser.go("/dashboard");
        browser.waitFor(By.id("table-processes"));
        assertThat(browser.driver.findElements(By.cssSelector("#table-processes tbody tr")))
                .extracting(row -> row.getAttribute("data-process"))
                .contains("ClaimHandling", "WrongReturnRtv", "CounterfeitAppeal");
        browser.screenshot("dashboard-all-processes");

        new Select(browser.driver.findElement(By.id("f-process"))).selectByVisibleText("Wrong-return RTV");
        browser.click(By.id("apply"));
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("process=WrongReturnRtv"));
        browser.waitFor(By.id("section-deadlines"));
        browser.waitUntil(() -> drawn("chart-days") && drawn("chart-backlog"));
        assertThat(Integer.parseInt(text("opened-total"))).isPositive();
        assertThat(Integer.parseInt(text("backlog-total"))).isPositive();
        assertThat(browser.driver.findElements(By.id("section-replies")))
                .as("claims only")
                .isEmpty();
        assertThat(browser.driver.findElement(By.id("table-outcomes")).getText())
                .contains("Claim accepted: compensated", "Closed: goods never collected");
        browser.screenshot("dashboard-rtv");
        browser.click(By.id("backlog-total"));
        browser.waitUntil(() -> browser.driver.getCurrentUrl().endsWith("/rtv"));
        assertThat(browser.driver.getPageSource()).contains(rtv.reference());

        browser.go("/dashboard?process=CounterfeitAppeal");
        browser.waitFor(By.id("section-deadlines"));
        browser.waitUntil(() -> drawn("chart-days"));
        assertThat(Integer.parseInt(text("opened-total"))).isPositive();
        assertThat(new Select(browser.driver.findElement(By.id("f-process")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Counterfeit findings");
        assertThat(browser.driver.findElement(By.id("table-outcomes")).getText())
                .contains("Appeal accepted: no penalty", "No appeal in time");
        browser.screenshot("dashboard-counterfeit");
    }

    /**
     * Issue 12's "no chart is empty on a fresh start", for every process: on the demo's past (claims, RTV cases and
     * findings) and its live cases (a claim in a queue, an RTV request, a finding waiting for the appeal), each value of
     * the process filter draws every chart of its page with data in its datasets. A screenshot per process.
     */
    @Test
    void everyProcessChosenDrawsEveryChartWithData() {
        assertThat(history.seed(300, 30)).as("closed claims of the demo's past").isGreaterThan(200);
        assertThat(caseHistory.seedRtvCases(300, 90, done -> {})).isGreaterThan(250);
        assertThat(caseHistory.seedFindings(200, 90, done -> {})).isGreaterThan(170);
        String live = claims.submit(ClaimFixtures.cancelWrongOrder("shenzhen-gadgets"), "seller");
        new RtvFixtures(rtvCases, tasks, intake, jdbc).request();
        new CounterfeitFixtures(orders, findings, intake).recordNotified();
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(live).isPresent());
        String manager = WorkspaceFixtures.unique("manager");
        users.saveUser(manager, "Pia Manager", WorkspaceFixtures.PASSWORD, Set.of(Role.MANAGER), Set.of());

        browser.signIn(manager, WorkspaceFixtures.PASSWORD);
        browser.go("/dashboard");
        browser.waitFor(By.id("f-process"));
        List<String> values = new Select(browser.driver.findElement(By.id("f-process")))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertThat(values).containsExactly("", "ClaimHandling", "WrongReturnRtv", "CounterfeitAppeal");
        for (String value : values) {
            new Select(browser.driver.findElement(By.id("f-process"))).selectByValue(value);
            browser.click(By.id("apply"));
            browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("process=" + value)
                    && new Select(browser.driver.findElement(By.id("f-process")))
                            .getFirstSelectedOption()
                            .getAttribute("value")
                            .equals(value)
                    && !browser.driver
                            .findElements(By.cssSelector("canvas[data-drawn=true]"))
                            .isEmpty());
            String process = value.isEmpty() ? "all-processes" : value;
            assertThat(browser.driver.findElements(By.cssSelector(".chart-empty")))
                    .as(process + ": no chart says it has nothing to chart")
                    .isEmpty();
            @SuppressWarnings("unchecked")
            var charts = (Map<String, Boolean>) browser.driver.executeScript("const seen = {};"
                    + "document.querySelectorAll('canvas').forEach(c => {"
                    + "  const chart = Chart.getChart(c);"
                    + "  seen[c.id] = !!chart && chart.data.datasets.length > 0"
                    + "    && chart.data.datasets.some(d => d.data.some(v => v));"
                    + "});"
                    + "return seen;");
            assertThat(charts).as(process + ": the page's charts").hasSizeGreaterThanOrEqualTo(5);
            assertThat(charts)
                    .as(process + ": every chart's datasets have data")
                    .doesNotContainValue(false);
            browser.screenshot("dashboard-process-" + process);
        }
    }

    boolean drawn(String canvas) {
        return browser.driver
                        .findElements(By.cssSelector("#" + canvas + "[data-drawn=true]"))
                        .size()
                == 1;
    }

    String text(String id) {
        return browser.driver.findElement(By.id(id)).getText().strip();
    }
}
